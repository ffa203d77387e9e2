//! The one place that performs HTTP requests and decodes JSON.

use futures::future::{select, Either};
use gloo_timers::future::TimeoutFuture;
use serde::de::DeserializeOwned;

use super::config::{ApiConfig, Endpoint};
use super::envelope::{Envelope, Sourced};
use super::error::ApiError;
use super::faults::{corrupt, Failure};

/// Decodes a body as `T`, reporting the JSON path where decoding failed.
pub fn decode<T: DeserializeOwned>(body: &str) -> Result<T, ApiError> {
    let mut deserializer = serde_json::Deserializer::from_str(body);
    serde_path_to_error::deserialize(&mut deserializer).map_err(|err| ApiError::Decode {
        path: err.path().to_string(),
        message: err.inner().to_string(),
    })
}

/// Decodes an envelope body into typed data, or the error it carries.
pub fn decode_envelope<T: DeserializeOwned>(body: &str) -> Result<Sourced<T>, ApiError> {
    let envelope: Envelope<T> = decode(body)?;
    match (envelope.data, envelope.fault) {
        (_, Some(fault)) => Err(ApiError::Source {
            source: Box::new(envelope.source),
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

/// Reads one endpoint's body, applying the configured faults and time limit.
async fn get_body(config: &ApiConfig, endpoint: &Endpoint) -> Result<String, ApiError> {
    let plan = endpoint
        .source()
        .map(|source| config.faults.plan(source))
        .unwrap_or_default();
    if plan.latency_ms > 0 {
        TimeoutFuture::new(plan.latency_ms).await;
    }
    match plan.failure {
        Failure::Http500 => return Err(ApiError::Http(500)),
        Failure::Timeout => {
            TimeoutFuture::new(config.timeout_ms).await;
            return Err(ApiError::Timeout);
        }
        Failure::None | Failure::Malformed => {}
    }
    let url = config.url(endpoint);
    let request = Box::pin(async move {
        let response = gloo_net::http::Request::get(&url)
            .send()
            .await
            .map_err(|err| ApiError::Network(err.to_string()))?;
        if let Some(error) = ApiError::from_status(response.status()) {
            return Err(error);
        }
        response
            .text()
            .await
            .map_err(|err| ApiError::Network(err.to_string()))
    });
    let body = match select(request, TimeoutFuture::new(config.timeout_ms)).await {
        Either::Left((result, _)) => result?,
        Either::Right(_) => return Err(ApiError::Timeout),
    };
    Ok(if plan.failure == Failure::Malformed {
        corrupt(&body)
    } else {
        body
    })
}

/// Reads one enveloped endpoint.
pub(crate) async fn get<T: DeserializeOwned>(
    config: &ApiConfig,
    endpoint: Endpoint,
) -> Result<Sourced<T>, ApiError> {
    decode_envelope(&get_body(config, &endpoint).await?)
}

/// Reads one endpoint that has no envelope (the mock's persona index).
pub(crate) async fn get_plain<T: DeserializeOwned>(
    config: &ApiConfig,
    endpoint: Endpoint,
) -> Result<T, ApiError> {
    decode(&get_body(config, &endpoint).await?)
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
            Err(ApiError::Decode { .. })
        ));
    }
}
