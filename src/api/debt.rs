//! Public debt (Gældsstyrelsen): claims under collection or set-off.

use serde::{Deserialize, Serialize};

use super::common::{Kroner, Organisation};

/// The citizen's debt to public authorities.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DebtOverview {
    #[serde(rename = "samletGaeld")]
    pub total: Kroner,
    #[serde(rename = "poster")]
    pub items: Vec<DebtItem>,
}

/// How a claim is being collected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DebtStatus {
    #[serde(rename = "inddrivelse")]
    Collection,
    #[serde(rename = "modregning")]
    SetOff,
    #[serde(rename = "afdragsordning")]
    InstalmentPlan,
}

/// One claim.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DebtItem {
    pub id: String,
    /// The authority that owns the claim.
    #[serde(rename = "fordringshaver")]
    pub creditor: Organisation,
    /// The kind of claim, e.g. "Tilbagebetaling af boligstøtte".
    #[serde(rename = "fordringstype")]
    pub kind: String,
    #[serde(rename = "beloeb")]
    pub amount: Kroner,
    pub status: DebtStatus,
    /// ISO date the claim was handed over.
    #[serde(rename = "modtaget")]
    pub received: String,
}
