//! Housing (BBR and DAR): the home the citizen lives in.

use serde::{Deserialize, Serialize};

use super::common::Address;

/// The citizen's home: address, property number, building and dwelling unit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Housing {
    #[serde(rename = "adresse")]
    pub address: Address,
    /// BFE number, which links BBR, the cadastre and DAR.
    #[serde(rename = "bfeNummer")]
    pub bfe_number: String,
    /// "Ejer", "Lejer" or "Andel".
    #[serde(rename = "ejerforhold")]
    pub tenure: String,
    #[serde(rename = "bygning")]
    pub building: Building,
    #[serde(rename = "enhed")]
    pub unit: Unit,
}

/// BBR's building record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Building {
    /// BBR code `byg021BygningensAnvendelse`, e.g. 120.
    #[serde(rename = "anvendelseskode")]
    pub usage_code: u16,
    #[serde(rename = "anvendelse")]
    pub usage: String,
    #[serde(rename = "opfoerelsesaar")]
    pub built_year: u16,
    #[serde(rename = "antalEtager")]
    pub floors: u8,
}

/// BBR's dwelling unit record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    #[serde(rename = "anvendelse")]
    pub usage: String,
    /// m².
    #[serde(rename = "samletAreal")]
    pub total_area: u32,
    /// m².
    #[serde(rename = "boligAreal")]
    pub residential_area: u32,
    #[serde(rename = "antalVaerelser")]
    pub rooms: u8,
}
