//! Tax (Skattestyrelsen): tax card, preliminary income assessment and the annual statement.

use serde::{Deserialize, Serialize};

use super::common::Kroner;

/// The citizen's tax overview for one income year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaxOverview {
    #[serde(rename = "indkomstaar")]
    pub income_year: u16,
    #[serde(rename = "skattekort")]
    pub tax_card: TaxCard,
    #[serde(rename = "forskudsopgoerelse")]
    pub preliminary: PreliminaryAssessment,
    /// The last annual statement, if one has been made.
    #[serde(rename = "aarsopgoerelse")]
    pub annual_statement: Option<AnnualStatement>,
}

/// The kind of tax card.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TaxCardKind {
    #[serde(rename = "hovedkort")]
    Main,
    #[serde(rename = "bikort")]
    Secondary,
    #[serde(rename = "frikort")]
    FreeCard,
}

/// The tax card employers and payers use.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaxCard {
    #[serde(rename = "type")]
    pub kind: TaxCardKind,
    /// Withholding rate in whole percent.
    #[serde(rename = "traekprocent")]
    pub withholding_rate: u8,
    #[serde(rename = "maanedsfradrag")]
    pub monthly_deduction: Kroner,
    /// What is left of the year's free amount (frikort) or deduction not used yet.
    #[serde(rename = "fribeloebTilbage")]
    pub free_amount_left: Kroner,
}

/// The expected income for the year (forskudsopgørelse).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreliminaryAssessment {
    #[serde(rename = "personligIndkomst")]
    pub personal_income: Kroner,
    #[serde(rename = "fradrag")]
    pub deductions: Kroner,
    #[serde(rename = "forventetSkat")]
    pub expected_tax: Kroner,
}

/// The outcome of an annual statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StatementResult {
    /// Tax owed (restskat).
    #[serde(rename = "restskat")]
    Owed,
    /// Tax refunded (overskydende skat).
    #[serde(rename = "overskydendeSkat")]
    Refund,
    #[serde(rename = "nul")]
    Even,
}

/// The annual statement (årsopgørelse).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnnualStatement {
    #[serde(rename = "aar")]
    pub year: u16,
    #[serde(rename = "resultat")]
    pub result: StatementResult,
    #[serde(rename = "beloeb")]
    pub amount: Kroner,
    /// When restskat is due or overskydende skat is paid out, if it has a date.
    #[serde(rename = "forfaldsdato")]
    pub due: Option<String>,
}
