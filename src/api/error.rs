//! Everything that can go wrong when reading an endpoint, as a value.

use std::fmt;

use super::envelope::{SourceFault, SourceInfo};

/// A failed read of one endpoint.
#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    /// The request never got an answer (offline, DNS, CORS, aborted).
    Network(String),
    /// The thing asked for does not exist (HTTP 404, an invalid id, or a case hidden from the citizen).
    NotFound,
    /// The server answered with another non-success HTTP status.
    Http(u16),
    /// No answer within the time limit.
    Timeout,
    /// The body was not the JSON the contract promises; `path` names where it broke.
    Decode { path: String, message: String },
    /// The envelope carries neither data nor an error (`data` and `fejl` both null).
    NoData,
    /// Acting on someone's behalf, and the power of attorney or custody does not cover the source
    /// (checked before asking; a backend answers the same with `INGEN_ADGANG`).
    OutOfScope,
    /// The source answered, but reported that it could not deliver data.
    Source {
        /// Boxed to keep every `Result<_, ApiError>` small.
        source: Box<SourceInfo>,
        fault: SourceFault,
    },
}

/// The chunk with an answer's decoder could not be loaded (`later` in the source table): to the
/// citizen a connection problem like any other, and the source's retry loads it again.
impl From<leptos::wasm_split::SplitLoaderError> for ApiError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> ApiError {
        ApiError::Network("the code that reads this answer could not be loaded".to_owned())
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::Network(detail) => write!(f, "network error: {detail}"),
            ApiError::NotFound => write!(f, "not found"),
            ApiError::Http(status) => write!(f, "HTTP status {status}"),
            ApiError::Timeout => write!(f, "timed out"),
            ApiError::OutOfScope => write!(f, "not covered when acting on behalf"),
            ApiError::Decode { path, message } => write!(f, "unexpected data at {path}: {message}"),
            ApiError::NoData => write!(f, "neither data nor an error in the answer"),
            ApiError::Source { source, fault } => {
                write!(
                    f,
                    "{} reported {}: {}",
                    source.authority, fault.code, fault.text
                )
            }
        }
    }
}

impl std::error::Error for ApiError {}

impl ApiError {
    /// Maps an HTTP status to the error it means, or `None` for success.
    pub fn from_status(status: u16) -> Option<ApiError> {
        match status {
            200..=299 => None,
            404 => Some(ApiError::NotFound),
            other => Some(ApiError::Http(other)),
        }
    }

    /// Whether trying again may help: for every failure except data outside the scope. A 404
    /// on a list is an endpoint that is down for now, so it gets a retry too; a case that does
    /// not exist is told apart where the case is shown (`Sagen findes ikke`).
    pub fn is_retryable(&self) -> bool {
        !self.is_no_access()
    }

    /// Whether the answer is "not yours to see": outside the scope, checked here or by the source.
    pub fn is_no_access(&self) -> bool {
        match self {
            ApiError::OutOfScope => true,
            ApiError::Source { fault, .. } => fault.code == "INGEN_ADGANG",
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_map_to_errors() {
        assert_eq!(ApiError::from_status(200), None);
        assert_eq!(ApiError::from_status(204), None);
        assert_eq!(ApiError::from_status(404), Some(ApiError::NotFound));
        assert_eq!(ApiError::from_status(500), Some(ApiError::Http(500)));
        assert_eq!(ApiError::from_status(302), Some(ApiError::Http(302)));
        assert!(ApiError::NotFound.is_retryable());
        assert!(!ApiError::OutOfScope.is_retryable());
        assert!(ApiError::Timeout.is_retryable());
    }
}
