//! Powers of attorney (Digital Fuldmagt).

use serde::{Deserialize, Serialize};

use super::scope::Scope;

/// The citizen's side of a power of attorney.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AttorneyRole {
    /// The citizen gave it (fuldmagtsgiver).
    #[serde(rename = "giver")]
    Giver,
    /// The citizen holds it (fuldmagtshaver).
    #[serde(rename = "haver")]
    Holder,
}

/// A digital power of attorney.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PowerOfAttorney {
    pub id: String,
    #[serde(rename = "rolle")]
    pub role: AttorneyRole,
    /// The other party's name.
    #[serde(rename = "modpart")]
    pub counterpart: String,
    /// The areas of self-service it covers.
    #[serde(rename = "omfang")]
    pub scope: Vec<Scope>,
    #[serde(rename = "gyldigFra")]
    pub valid_from: String,
    #[serde(rename = "gyldigTil")]
    pub valid_to: Option<String>,
}
