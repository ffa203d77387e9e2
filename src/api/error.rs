//! Everything that can go wrong when reading an endpoint, as a value.

use std::fmt;

use super::envelope::{SourceFault, SourceInfo};

/// A failed read of one endpoint.
#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    /// The request never got an answer (offline, DNS, CORS, aborted).
    Network(String),
    /// The server answered with a non-success HTTP status.
    Http(u16),
    /// No answer within the time limit.
    Timeout,
    /// The body was not the JSON the contract promises; `path` names where it broke.
    Decode { path: String, message: String },
    /// The source answered, but reported that it could not deliver data.
    Source {
        source: SourceInfo,
        fault: SourceFault,
    },
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::Network(detail) => write!(f, "network error: {detail}"),
            ApiError::Http(status) => write!(f, "HTTP status {status}"),
            ApiError::Timeout => write!(f, "timed out"),
            ApiError::Decode { path, message } => write!(f, "unexpected data at {path}: {message}"),
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
