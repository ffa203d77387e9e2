//! Session (NemLog-in): who is logged in and whom they may act for.

use serde::{Deserialize, Serialize};

/// The logged-in citizen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// The citizen's full name as registered in CPR.
    #[serde(rename = "navn")]
    pub name: String,
    /// The citizen's CPR number, `DDMMYY-SSSS`. The UI masks it by default.
    pub cpr: String,
    /// People the citizen may act for: children in custody, givers of a power of attorney.
    #[serde(rename = "kanHandleFor")]
    pub can_act_for: Vec<Represented>,
}

/// Why the citizen may act for someone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RepresentationKind {
    /// A child in the citizen's custody.
    #[serde(rename = "barn")]
    Child,
    /// Someone who gave the citizen a digital power of attorney.
    #[serde(rename = "fuldmagt")]
    PowerOfAttorney,
}

/// Someone the citizen may act for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Represented {
    #[serde(rename = "type")]
    pub kind: RepresentationKind,
    #[serde(rename = "navn")]
    pub name: String,
    pub cpr: String,
}
