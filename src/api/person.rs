//! Person (CPR): the citizen's registered personal data and family.

use serde::{Deserialize, Serialize};

use super::common::Address;

/// What CPR holds about the citizen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    #[serde(rename = "navn")]
    pub name: String,
    pub cpr: String,
    /// ISO date.
    #[serde(rename = "foedselsdato")]
    pub birth_date: String,
    /// Marital status as CPR words it: "Ugift", "Gift", "Enke", "Fraskilt" …
    #[serde(rename = "civilstand")]
    pub marital_status: String,
    #[serde(rename = "statsborgerskab")]
    pub citizenship: String,
    #[serde(rename = "adresse")]
    pub address: Address,
    /// ISO date the citizen moved to the address.
    #[serde(rename = "tilflytningsdato")]
    pub moved_in: String,
    /// Name and address protection (navne- og adressebeskyttelse).
    #[serde(rename = "navneOgAdressebeskyttelse")]
    pub address_protection: bool,
    #[serde(rename = "aegtefaelle")]
    pub spouse: Option<Relative>,
    #[serde(rename = "boern")]
    pub children: Vec<Relative>,
}

/// A spouse or child as CPR relates them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Relative {
    #[serde(rename = "navn")]
    pub name: String,
    pub cpr: String,
    #[serde(rename = "foedselsdato")]
    pub birth_date: String,
}
