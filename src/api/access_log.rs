//! Access log: who looked up the citizen's data, which data item from which register, when, why
//! and on what legal basis.

use serde::{Deserialize, Serialize};

use super::web_address::WebAddress;

use super::common::Organisation;

/// A data item from the contract's controlled list (`Dataelement`). Each item has one register
/// and one owning authority (the citizen's kommune for municipal items).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum DataItem {
    #[serde(rename = "cpr.adresse")]
    Address,
    #[serde(rename = "cpr.civilstand")]
    MaritalStatus,
    #[serde(rename = "cpr.familie")]
    Family,
    #[serde(rename = "eindkomst.indkomst")]
    Income,
    #[serde(rename = "skat.forskudsopgoerelse")]
    TaxAssessment,
    #[serde(rename = "bbr.bolig")]
    Housing,
    #[serde(rename = "motor.koeretoej")]
    Vehicles,
    #[serde(rename = "udk.ydelser")]
    UdkBenefits,
    #[serde(rename = "nemkonto.konto")]
    NemKonto,
    #[serde(rename = "gaeld.fordringer")]
    Debt,
    #[serde(rename = "su.stoette")]
    StudentGrant,
    #[serde(rename = "sundhed.medicin")]
    Medication,
    #[serde(rename = "kommune.sygedagpenge")]
    SicknessBenefitCase,
}

/// Who owns a data item's register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Owner {
    /// One authority: name and CVR number.
    Authority(&'static str, &'static str),
    /// The citizen's kommune.
    Kommune,
}

impl DataItem {
    /// Every item of the controlled list.
    pub const ALL: [DataItem; 13] = [
        DataItem::Address,
        DataItem::MaritalStatus,
        DataItem::Family,
        DataItem::Income,
        DataItem::TaxAssessment,
        DataItem::Housing,
        DataItem::Vehicles,
        DataItem::UdkBenefits,
        DataItem::NemKonto,
        DataItem::Debt,
        DataItem::StudentGrant,
        DataItem::Medication,
        DataItem::SicknessBenefitCase,
    ];

    /// The item's code on the wire (the contract's `Dataelement`), also its value in the address.
    pub fn code(self) -> &'static str {
        match self {
            DataItem::Address => "cpr.adresse",
            DataItem::MaritalStatus => "cpr.civilstand",
            DataItem::Family => "cpr.familie",
            DataItem::Income => "eindkomst.indkomst",
            DataItem::TaxAssessment => "skat.forskudsopgoerelse",
            DataItem::Housing => "bbr.bolig",
            DataItem::Vehicles => "motor.koeretoej",
            DataItem::UdkBenefits => "udk.ydelser",
            DataItem::NemKonto => "nemkonto.konto",
            DataItem::Debt => "gaeld.fordringer",
            DataItem::StudentGrant => "su.stoette",
            DataItem::Medication => "sundhed.medicin",
            DataItem::SicknessBenefitCase => "kommune.sygedagpenge",
        }
    }

    /// The item of a code; unknown codes are `None`.
    pub fn from_code(code: &str) -> Option<DataItem> {
        DataItem::ALL.into_iter().find(|item| item.code() == code)
    }

    /// The register the item comes from, as the log names it.
    pub fn register(self) -> &'static str {
        match self {
            DataItem::Address | DataItem::MaritalStatus | DataItem::Family => "CPR",
            DataItem::Income => "eIndkomst",
            DataItem::TaxAssessment => "Forskudsopgørelsen",
            DataItem::Housing => "BBR",
            DataItem::Vehicles => "Motorregistret",
            DataItem::UdkBenefits => "Udbetaling Danmarks ydelsessystemer",
            DataItem::NemKonto => "NemKonto",
            DataItem::Debt => "Fordringsregistret (PSRM)",
            DataItem::StudentGrant => "SU-systemet",
            DataItem::Medication => "Fælles Medicinkort (FMK)",
            DataItem::SicknessBenefitCase => "Kommunens sygedagpengesystem",
        }
    }

    /// The authority that owns the register.
    pub fn owner(self) -> Owner {
        match self {
            DataItem::Address | DataItem::MaritalStatus | DataItem::Family => {
                Owner::Authority("CPR-kontoret", "18234009")
            }
            DataItem::Income | DataItem::TaxAssessment => {
                Owner::Authority("Skattestyrelsen", "43332007")
            }
            DataItem::Housing | DataItem::SicknessBenefitCase => Owner::Kommune,
            DataItem::Vehicles => Owner::Authority("Motorstyrelsen", "43336002"),
            DataItem::UdkBenefits => Owner::Authority("Udbetaling Danmark", "29980004"),
            DataItem::NemKonto => Owner::Authority("Digitaliseringsstyrelsen", "34051178"),
            DataItem::Debt => Owner::Authority("Gældsstyrelsen", "43334018"),
            DataItem::StudentGrant => {
                Owner::Authority("Uddannelses- og Forskningsstyrelsen", "34042012")
            }
            DataItem::Medication => Owner::Authority("Sundhedsdatastyrelsen", "33257872"),
        }
    }
}

/// The register a looked-up item belongs to, and the authority that owns it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Register {
    #[serde(rename = "navn")]
    pub name: String,
    #[serde(rename = "myndighed")]
    pub owner: Organisation,
}

/// One look-up of one data item by an authority.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessEntry {
    pub id: String,
    /// ISO date-time.
    #[serde(rename = "tidspunkt")]
    pub time: String,
    /// What was looked up.
    #[serde(rename = "dataelement")]
    pub item: DataItem,
    pub register: Register,
    /// Who looked it up.
    #[serde(rename = "myndighed")]
    pub authority: Organisation,
    /// The system used, e.g. "Boligstøtte".
    pub system: String,
    /// Why, in Danish, completing "for at …", e.g. "beregne din boligstøtte".
    #[serde(rename = "formaal")]
    pub purpose: String,
    /// The legal basis, e.g. "Boligstøtteloven § 8 d" (the `henvisning` of `legal_basis_id`).
    #[serde(rename = "hjemmel")]
    pub legal_basis: String,
    /// The legal basis in the controlled list `/api/hjemler.json` (see [`LegalBasis`]).
    #[serde(rename = "hjemmelId", default, skip_serializing_if = "Option::is_none")]
    pub legal_basis_id: Option<String>,
}

/// Where a legal basis was read: the public source and the date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegalSource {
    #[serde(rename = "titel")]
    pub title: String,
    pub url: WebAddress,
    /// ISO date the source was read.
    #[serde(rename = "laest")]
    pub read: String,
}

/// One entry of the controlled list of legal bases (`/api/hjemler.json`): the law, its
/// consolidation, the paragraph, what it allows and the source it was read in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegalBasis {
    pub id: String,
    /// The law's full name.
    #[serde(rename = "lov")]
    pub law: String,
    #[serde(rename = "kortnavn")]
    pub short_name: String,
    /// The consolidation (LBK) or act found, if any.
    #[serde(rename = "lovbekendtgoerelse")]
    pub consolidation: Option<String>,
    /// `gaeldende`, `seneste-fundne` or `ikke-fundet`.
    #[serde(rename = "lovbekendtgoerelseStatus")]
    pub consolidation_status: String,
    #[serde(rename = "paragraf")]
    pub paragraph: Option<String>,
    /// The text the log, cases and consents show as `hjemmel`.
    #[serde(rename = "henvisning")]
    pub citation: String,
    /// What the provision allows, in plain Danish.
    #[serde(rename = "tillader")]
    pub allows: String,
    #[serde(rename = "kilde")]
    pub source: LegalSource,
    /// `bekraeftet` or `ikke-bekraeftet` (an estimate; `note` says why).
    pub status: String,
    pub note: Option<String>,
}

impl LegalBasis {
    /// Whether the provision's content was read in its source (not an estimate).
    pub fn confirmed(&self) -> bool {
        self.status == "bekraeftet"
    }
}

/// The file `/api/hjemler.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegalBases {
    #[serde(rename = "beskrivelse")]
    pub description: String,
    /// ISO date the sources were read.
    #[serde(rename = "laest")]
    pub read: String,
    #[serde(rename = "hjemler")]
    pub entries: Vec<LegalBasis>,
}

impl LegalBases {
    /// The entry `id`, if it is in the list.
    pub fn get(&self, id: &str) -> Option<&LegalBasis> {
        self.entries.iter().find(|entry| entry.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_the_wire_names() {
        for item in DataItem::ALL {
            assert_eq!(serde_json::to_value(item).unwrap(), item.code());
            assert_eq!(DataItem::from_code(item.code()), Some(item));
        }
        assert_eq!(DataItem::from_code("../x"), None);
    }
}
