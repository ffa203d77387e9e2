//! Session (NemLog-in): who is logged in and whom they may act for.

use serde::{Deserialize, Serialize};

use super::scope::Scope;

/// The logged-in citizen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// The citizen's full name as registered in CPR.
    #[serde(rename = "navn")]
    pub name: String,
    /// The citizen's CPR number, `DDMMYY-SSSS`. The UI masks it by default.
    pub cpr: String,
    /// When the citizen last logged in before this session (ISO date-time, Danish time); `None`
    /// at a first login, or from a backend that does not say.
    #[serde(
        rename = "sidsteLogin",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_login: Option<String>,
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

/// Someone the citizen may act for. No CPR number: the id is opaque and is what the client
/// sends to act on their behalf (`/paa-vegne-af/{id}/…`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Represented {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: RepresentationKind,
    #[serde(rename = "navn")]
    pub name: String,
    /// What the citizen may see on their behalf.
    #[serde(rename = "omfang")]
    pub scope: Vec<Scope>,
    /// When the right ends (a child's 18th birthday, the power of attorney's end).
    #[serde(rename = "gyldigTil")]
    pub valid_to: Option<String>,
}
