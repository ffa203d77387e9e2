//! Public debt (Gældsstyrelsen): claims under collection or set-off.

use serde::{Deserialize, Serialize};

use super::common::{Kroner, Organisation};

/// The citizen's debt to public authorities.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DebtOverview {
    #[serde(rename = "samletGaeld")]
    pub total: Kroner,
    #[serde(rename = "poster")]
    pub items: Vec<DebtItem>,
}

/// How Gældsstyrelsen collects a claim (a method, not a status: every claim here is under
/// collection, *inddrivelse*).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CollectionMethod {
    /// Withheld from payouts from public authorities, e.g. overskydende skat.
    #[serde(rename = "modregning")]
    SetOff,
    /// Withheld from wages or benefits through the tax card.
    #[serde(rename = "loenindeholdelse")]
    WageDeduction,
    /// A voluntary instalment plan.
    #[serde(rename = "afdragsordning")]
    InstalmentPlan,
}

/// One claim.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
    /// How it is being collected; `None` while Gældsstyrelsen has not yet chosen a method.
    #[serde(rename = "inddrivelsesmetode")]
    pub method: Option<CollectionMethod>,
    /// What is paid each month under an instalment plan or wage deduction.
    #[serde(rename = "maanedligtBeloeb")]
    pub monthly: Option<Kroner>,
    /// ISO date the next instalment is due under an instalment plan, if the plan says.
    #[serde(
        rename = "naesteAfdrag",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub next_instalment: Option<String>,
    /// ISO date the claim was handed over.
    #[serde(rename = "modtaget")]
    pub received: String,
}
