//! The one place that performs HTTP requests and decodes JSON.

use serde::de::DeserializeOwned;

use super::config::{ApiConfig, Endpoint};
use super::envelope::{Envelope, Sourced};
use super::error::ApiError;

/// Decodes an envelope body into typed data, or the error it carries.
pub fn decode_envelope<T: DeserializeOwned>(body: &str) -> Result<Sourced<T>, ApiError> {
    let mut deserializer = serde_json::Deserializer::from_str(body);
    let envelope: Envelope<T> =
        serde_path_to_error::deserialize(&mut deserializer).map_err(|err| ApiError::Decode {
            path: err.path().to_string(),
            message: err.inner().to_string(),
        })?;
    match (envelope.data, envelope.fault) {
        (_, Some(fault)) => Err(ApiError::Source {
            source: envelope.source,
            fault,
        }),
        (Some(data), None) => Ok(Sourced {
            source: envelope.source,
            data,
        }),
        (None, None) => Err(ApiError::Decode {
            path: "data".to_owned(),
            message: "neither data nor fejl".to_owned(),
        }),
    }
}

/// Reads one endpoint.
pub(crate) async fn get<T: DeserializeOwned>(
    config: &ApiConfig,
    endpoint: Endpoint,
) -> Result<Sourced<T>, ApiError> {
    let url = config.url(&endpoint);
    let response = gloo_net::http::Request::get(&url)
        .send()
        .await
        .map_err(|err| ApiError::Network(err.to_string()))?;
    if !response.ok() {
        return Err(ApiError::Http(response.status()));
    }
    let body = response
        .text()
        .await
        .map_err(|err| ApiError::Network(err.to_string()))?;
    decode_envelope(&body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Thing {
        navn: String,
        antal: u32,
    }

    const SOURCE: &str = r#""kilde":{"myndighed":"CPR-kontoret","cvr":"12345678","register":"CPR","hentet":"2026-11-24T06:00:00+01:00"}"#;

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
    }

    #[test]
    fn malformed_json_is_a_decode_error() {
        assert!(matches!(
            decode_envelope::<Thing>("{\"kilde\": "),
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
            Err(ApiError::Decode { .. })
        ));
    }
}
