//! Consents (Digitalt Samtykke).

use serde::{Deserialize, Serialize};

use super::common::Organisation;

/// Where a consent stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConsentStatus {
    #[serde(rename = "aktiv")]
    Active,
    #[serde(rename = "tilbagekaldt")]
    Withdrawn,
    #[serde(rename = "udloebet")]
    Expired,
}

/// A consent the citizen has given an authority.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    pub id: String,
    #[serde(rename = "myndighed")]
    pub authority: Organisation,
    #[serde(rename = "formaal")]
    pub purpose: String,
    /// ISO date given.
    #[serde(rename = "afgivet")]
    pub given: String,
    #[serde(rename = "udloeber")]
    pub expires: Option<String>,
    #[serde(rename = "tilbagekaldt")]
    pub withdrawn: Option<String>,
    pub status: ConsentStatus,
}
