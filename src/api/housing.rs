//! Housing (BBR and DAR): the home the citizen lives in. Ownership is not a BBR attribute (it is
//! in Ejerfortegnelsen), so it is not here.

use serde::{Deserialize, Serialize};

use super::common::Address;

/// The citizen's home: address, property number, building and dwelling unit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Housing {
    /// Null when the resident has name and address protection.
    #[serde(rename = "adresse")]
    pub address: Option<Address>,
    /// BFE number, which links BBR, the cadastre and DAR; null under address protection, since
    /// it points to the address.
    #[serde(rename = "bfeNummer")]
    pub bfe_number: Option<String>,
    /// Whether the resident's address is protected (CPR-loven § 28).
    #[serde(rename = "adresseBeskyttet")]
    pub address_protected: bool,
    #[serde(rename = "bygning")]
    pub building: Building,
    #[serde(rename = "enhed")]
    pub unit: Unit,
}

impl Housing {
    /// The housing data with nothing that points to a protected address, whatever was received.
    pub fn without_protected(mut self) -> Housing {
        if self.address_protected {
            self.address = None;
            self.bfe_number = None;
        }
        self
    }
}

/// A value from one of BBR's code lists, with the list's Danish wording.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BbrCode {
    #[serde(rename = "kode")]
    pub code: String,
    #[serde(rename = "tekst")]
    pub text: String,
}

/// BBR's building record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Building {
    /// `byg021BygningensAnvendelse`, e.g. 120 "Fritliggende enfamiliehus".
    #[serde(rename = "anvendelse")]
    pub usage: BbrCode,
    /// `byg026Opførelsesår`.
    #[serde(rename = "opfoerelsesaar")]
    pub built_year: u16,
    /// `byg027OmTilbygningsår`: the year of the latest conversion or extension, if any.
    #[serde(rename = "ombygningsaar")]
    pub rebuilt_year: Option<u16>,
    /// `byg054AntalEtager`.
    #[serde(rename = "antalEtager")]
    pub floors: u8,
    /// `byg056Varmeinstallation`, e.g. 1 "Fjernvarme/blokvarme".
    #[serde(rename = "varmeinstallation")]
    pub heating: BbrCode,
    /// `byg057Opvarmningsmiddel`, if registered (not for district heating).
    #[serde(rename = "opvarmningsmiddel")]
    pub heating_fuel: Option<BbrCode>,
    /// `byg058SupplerendeVarme`, if any.
    #[serde(rename = "supplerendeVarme")]
    pub extra_heating: Option<BbrCode>,
}

/// BBR's dwelling unit record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unit {
    /// `enh020EnhedensAnvendelse`.
    #[serde(rename = "anvendelse")]
    pub usage: BbrCode,
    /// `enh026EnhedensSamledeAreal`, m².
    #[serde(rename = "samletAreal")]
    pub total_area: u32,
    /// `enh027ArealTilBeboelse`, m².
    #[serde(rename = "boligAreal")]
    pub residential_area: u32,
    /// `enh031AntalVærelser`.
    #[serde(rename = "antalVaerelser")]
    pub rooms: u8,
    /// `enh032Toiletforhold`.
    #[serde(rename = "toiletforhold")]
    pub toilet: BbrCode,
    /// `enh033Badeforhold`.
    #[serde(rename = "badeforhold")]
    pub bath: BbrCode,
    /// `enh034Køkkenforhold`.
    #[serde(rename = "koekkenforhold")]
    pub kitchen: BbrCode,
}
