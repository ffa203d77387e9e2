//! Session (NemLog-in): who is logged in.

use serde::{Deserialize, Serialize};

use super::client::get;
use super::config::{ApiConfig, Endpoint};
use super::envelope::Sourced;
use super::error::ApiError;

/// The logged-in citizen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// The citizen's full name as registered in CPR.
    #[serde(rename = "navn")]
    pub name: String,
    /// The citizen's CPR number, `DDMMYY-SSSS`. The UI masks it by default.
    pub cpr: String,
}

/// Reads `GET /session`.
pub async fn fetch_session(config: &ApiConfig) -> Result<Sourced<Session>, ApiError> {
    get(config, Endpoint::Session).await
}
