//! Access log: who looked up the citizen's data, when, why and on what legal basis.

use serde::{Deserialize, Serialize};

use super::common::Organisation;

/// One look-up of the citizen's data by an authority.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccessEntry {
    pub id: String,
    /// ISO date-time.
    #[serde(rename = "tidspunkt")]
    pub time: String,
    #[serde(rename = "myndighed")]
    pub authority: Organisation,
    /// The system used, e.g. "KMD Sag".
    pub system: String,
    /// Why, in plain Danish.
    #[serde(rename = "formaal")]
    pub purpose: String,
    /// What was looked up, e.g. "Adresse og familieforhold".
    #[serde(rename = "datakategori")]
    pub data_category: String,
    /// The legal basis, e.g. "Retssikkerhedslovens § 11 c".
    #[serde(rename = "hjemmel")]
    pub legal_basis: String,
}
