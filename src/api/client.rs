//! The client: reads an endpoint through its transport and decodes the JSON.

use std::rc::Rc;

use serde::de::DeserializeOwned;

use super::config::ApiConfig;
use super::envelope::Sourced;
use super::error::ApiError;
use super::json_path::path_at;
use super::source_table::Endpoint;
use super::transport::{Http, Transport};

/// Decodes a body as `T`, reporting the JSON path where decoding failed. The path is found
/// only on failure (see [`path_at`]), so each model's decoder is compiled once. Text from data
/// never carries a bidirectional embedding, override or isolate control (see
/// [`without_bidi_controls`]).
pub fn decode<T: DeserializeOwned>(body: &str) -> Result<T, ApiError> {
    let body = without_bidi_controls(body);
    serde_json::from_str(&body).map_err(|err| decode_error(&body, &err))
}

/// The controls that change the direction of the text after them until they are closed
/// (LRE, RLE, PDF, LRO, RLO; LRI, RLI, FSI, PDI): one left open in a name from data would turn
/// the app's own text around it ("Hentet fra Digital Post kl. 07.02" read backwards). Text in
/// Arabic or Hebrew needs none of them: it keeps its own direction, and the views isolate it.
const BIDI_CONTROLS: [char; 9] = [
    '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}',
    '\u{2069}',
];

/// `body` without bidirectional controls, written as characters or as JSON escapes (`\u202e`).
/// Never inlined: [`decode`] has one copy per model, and this would otherwise be in each.
#[inline(never)]
pub fn without_bidi_controls(body: &str) -> std::borrow::Cow<'_, str> {
    let escaped = |rest: &str| {
        rest.get(..6).is_some_and(|e| {
            let code = e.to_ascii_lowercase();
            matches!(
                code.as_str(),
                "\\u202a"
                    | "\\u202b"
                    | "\\u202c"
                    | "\\u202d"
                    | "\\u202e"
                    | "\\u2066"
                    | "\\u2067"
                    | "\\u2068"
                    | "\\u2069"
            )
        })
    };
    if !body.contains(BIDI_CONTROLS)
        && !body
            .match_indices("\\u20")
            .any(|(i, _)| escaped(&body[i..]))
    {
        return std::borrow::Cow::Borrowed(body);
    }
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(c) = rest.chars().next() {
        // Escapes are read two characters at a time, so an escaped backslash (`\\`) before
        // `u202e` is kept as text.
        if c == '\\' && escaped(rest) {
            rest = &rest[6..];
        } else if c == '\\' && rest.len() > 1 {
            out.push_str(&rest[..2]);
            rest = &rest[2..];
        } else {
            if !BIDI_CONTROLS.contains(&c) {
                out.push(c);
            }
            rest = &rest[c.len_utf8()..];
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A decode error naming the path and the problem (without serde's "at line … column …").
#[inline(never)]
fn decode_error(body: &str, err: &serde_json::Error) -> ApiError {
    let message = err.to_string();
    let message = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(text, _)| text)
        .to_owned();
    ApiError::Decode {
        path: path_at(body, err.line(), err.column()),
        message,
    }
}

/// A persona's fixture from `public/api/v1/mock/`, decoded (for the crate's unit tests).
#[cfg(test)]
pub(crate) fn fixture<T: DeserializeOwned>(persona: &str, endpoint: &str) -> Sourced<T> {
    let path = format!(
        "{}/public/api/v1/mock/{persona}/{endpoint}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{path}: {err}"));
    decode_envelope(&text).unwrap_or_else(|err| panic!("{path}: {err}"))
}

/// Decodes an envelope body into typed data, or the error it carries.
///
/// The envelope is read once for every model, with its data left as raw JSON ([`RawEnvelope`]);
/// only the data is read as `T`. So the first view carries one copy of the envelope's reader,
/// not one per model.
pub fn decode_envelope<T: DeserializeOwned>(body: &str) -> Result<Sourced<T>, ApiError> {
    let body = without_bidi_controls(body);
    let envelope = raw_envelope(&body)?;
    match (envelope.data, envelope.fault) {
        (_, Some(fault)) => Err(ApiError::Source {
            source: Box::new(envelope.source),
            fault,
        }),
        (Some(data), None) => Ok(Sourced {
            source: envelope.source,
            data: serde_json::from_str(data.get()).map_err(|err| data_error(data.get(), &err))?,
        }),
        (None, None) => Err(ApiError::NoData),
    }
}

/// The envelope with its data as raw JSON.
#[derive(serde::Deserialize)]
struct RawEnvelope<'a> {
    #[serde(rename = "kilde")]
    source: super::envelope::SourceInfo,
    #[serde(borrow)]
    data: Option<&'a serde_json::value::RawValue>,
    #[serde(rename = "fejl")]
    fault: Option<super::envelope::SourceFault>,
}

#[inline(never)]
fn raw_envelope(body: &str) -> Result<RawEnvelope<'_>, ApiError> {
    serde_json::from_str(body).map_err(|err| decode_error(body, &err))
}

/// A decode error inside the envelope's data, its path from the envelope's root (`data.antal`).
#[inline(never)]
fn data_error(data: &str, err: &serde_json::Error) -> ApiError {
    match decode_error(data, err) {
        ApiError::Decode { path, message } => ApiError::Decode {
            path: match path.as_str() {
                "." | "" => "data".to_owned(),
                inner if inner.starts_with('[') => format!("data{inner}"),
                inner => format!("data.{inner}"),
            },
            message,
        },
        other => other,
    }
}

/// A configured client: where the API is, and the transport requests go through.
#[derive(Clone)]
pub struct Client {
    pub config: ApiConfig,
    pub transport: Rc<dyn Transport>,
}

impl Client {
    /// A client that reads over the network.
    pub fn new(config: ApiConfig) -> Client {
        Client {
            config,
            transport: Rc::new(Http),
        }
    }

    /// The body of `endpoint`'s answer, not yet decoded (a reader of the source table's
    /// `fetch` module decodes it).
    pub async fn body(&self, endpoint: &Endpoint) -> Result<String, ApiError> {
        if let (Some(on_behalf), Some(source)) = (&self.config.on_behalf, endpoint.source()) {
            if !on_behalf.covers(source) {
                return Err(ApiError::OutOfScope);
            }
        }
        self.transport
            .get(
                self.config.url(endpoint),
                endpoint.source(),
                self.config.timeout_ms,
            )
            .await
    }
}

/// Reads one enveloped endpoint.
pub(crate) async fn get<T: DeserializeOwned>(
    client: &Client,
    endpoint: Endpoint,
) -> Result<Sourced<T>, ApiError> {
    decode_envelope(&client.body(&endpoint).await?)
}

/// Reads one endpoint that has no envelope (the mock's persona index).
pub(crate) async fn get_plain<T: DeserializeOwned>(
    client: &Client,
    endpoint: Endpoint,
) -> Result<T, ApiError> {
    decode(&client.body(&endpoint).await?)
}

#[cfg(test)]
mod tests {
    use super::without_bidi_controls;

    #[test]
    fn bidi_controls_from_data_are_removed_as_characters_and_as_escapes() {
        assert_eq!(
            without_bidi_controls("{\"a\":\"Digital\u{202E}Post\"}"),
            "{\"a\":\"DigitalPost\"}"
        );
        assert_eq!(
            without_bidi_controls(r#"{"a":"x\u202Ey\u2066z"}"#),
            r#"{"a":"xyz"}"#
        );
        // An escaped backslash before "u202e" is text, not an escape.
        assert_eq!(
            without_bidi_controls(r#"{"a":"\\u202e"}"#),
            r#"{"a":"\\u202e"}"#
        );
        assert_eq!(
            without_bidi_controls(r#"{"a":"\\\u202e"}"#),
            r#"{"a":"\\"}"#
        );
        // Text in another script keeps its letters, and nothing else changes.
        let hebrew = r#"{"navn":"שלום \u00e6 \"q\""}"#;
        assert_eq!(without_bidi_controls(hebrew), hebrew);
        let decoded: serde_json::Value =
            serde_json::from_str(&without_bidi_controls("{\"a\":\"\u{202E}1\u{202C}\"}")).unwrap();
        assert_eq!(decoded["a"], "1");
    }

    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Thing {
        navn: String,
        antal: u32,
    }

    const SOURCE: &str = r#""kilde":{"myndighed":"CPR-kontoret","cvr":"12345678","register":"CPR","hentet":"2026-11-24T06:00:00+01:00","kontakt":{"navn":"Borgerservice, Vejle Kommune","web":"https://www.vejle.dk"}}"#;

    #[test]
    fn decodes_data_with_its_source() {
        let body = format!(r#"{{{SOURCE},"data":{{"navn":"Åse","antal":2}},"fejl":null}}"#);
        let ok = decode_envelope::<Thing>(&body).unwrap();
        assert_eq!(
            ok.data,
            Thing {
                navn: "Åse".into(),
                antal: 2
            }
        );
        assert_eq!(ok.source.register, "CPR");
    }

    #[test]
    fn decode_error_names_the_failing_path() {
        let body = format!(r#"{{{SOURCE},"data":{{"navn":"Åse","antal":"to"}},"fejl":null}}"#);
        match decode_envelope::<Thing>(&body) {
            Err(ApiError::Decode { path, .. }) => assert_eq!(path, "data.antal"),
            other => panic!("expected a decode error, got {other:?}"),
        }
        let list =
            format!(r#"{{{SOURCE},"data":[{{"navn":"A","antal":1}},{{"navn":"B"}}],"fejl":null}}"#);
        match decode_envelope::<Vec<Thing>>(&list) {
            Err(ApiError::Decode { path, message }) => {
                assert_eq!(path, "data[1]");
                assert!(message.contains("antal"), "{message}");
            }
            other => panic!("expected a decode error, got {other:?}"),
        }
    }

    #[test]
    fn malformed_json_is_a_decode_error() {
        assert!(matches!(
            decode_envelope::<Thing>("{\"kilde\": "),
            Err(ApiError::Decode { .. })
        ));
        assert!(matches!(
            decode_envelope::<Thing>("<html>Not found</html>"),
            Err(ApiError::Decode { .. })
        ));
    }

    #[test]
    fn source_fault_becomes_a_source_error() {
        let body = format!(
            r#"{{{SOURCE},"data":null,"fejl":{{"kode":"KILDE_UTILGAENGELIG","tekst":"CPR svarer ikke"}}}}"#
        );
        match decode_envelope::<Thing>(&body) {
            Err(ApiError::Source { fault, source }) => {
                assert_eq!(fault.code, "KILDE_UTILGAENGELIG");
                assert_eq!(source.authority, "CPR-kontoret");
            }
            other => panic!("expected a source error, got {other:?}"),
        }
    }

    #[test]
    fn envelope_without_data_or_fault_is_rejected() {
        let body = format!(r#"{{{SOURCE},"data":null,"fejl":null}}"#);
        assert!(matches!(
            decode_envelope::<Thing>(&body),
            Err(ApiError::NoData)
        ));
    }
}
