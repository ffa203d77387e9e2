//! Benefits and payouts (Fælleskommunalt Ydelsesindeks, SF1490).

use serde::{Deserialize, Serialize};

use super::common::{Authority, Kroner};

/// How often a benefit is paid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Frequency {
    #[serde(rename = "maanedlig")]
    Monthly,
    #[serde(rename = "kvartalsvis")]
    Quarterly,
    #[serde(rename = "hver14dag")]
    Fortnightly,
    #[serde(rename = "engangs")]
    OneOff,
}

/// Paid in advance or in arrears (`ForudBagud`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Timing {
    #[serde(rename = "forud")]
    Advance,
    #[serde(rename = "bagud")]
    Arrears,
}

/// The economic payout plan (`OekonomiskEffektueringsplan`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PayoutPlan {
    #[serde(rename = "frekvens")]
    pub frequency: Frequency,
    #[serde(rename = "forudBagud")]
    pub timing: Timing,
    /// The rule for the payout day, e.g. "Sidste bankdag i måneden".
    #[serde(rename = "dispositionsdag")]
    pub payout_day: String,
    /// Gross amount per payout.
    #[serde(rename = "beloeb")]
    pub amount: Kroner,
}

/// A granted benefit (`Bevilling` with its `BevilgetYdelse`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Grant {
    pub id: String,
    #[serde(rename = "ydelsesnavn")]
    pub benefit_name: String,
    /// ISO date.
    #[serde(rename = "bevillingStart")]
    pub start: String,
    #[serde(rename = "bevillingSlut")]
    pub end: Option<String>,
    #[serde(rename = "begrundelse")]
    pub reason: Option<String>,
    /// Who pays.
    #[serde(rename = "udbetaler")]
    pub payer: Authority,
    #[serde(rename = "plan")]
    pub plan: PayoutPlan,
    #[serde(rename = "tilbagebetalingspligtig")]
    pub repayable: bool,
    #[serde(rename = "skattepligtig")]
    pub taxable: bool,
    /// The case the grant was decided in, if the citizen can see it.
    #[serde(rename = "sagId")]
    pub case_id: Option<String>,
}

/// Where a payout stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PayoutStatus {
    /// Expected, not yet sent.
    #[serde(rename = "planlagt")]
    Planned,
    /// Sent to the bank (`BeloebSendtTilUdbetaling`).
    #[serde(rename = "sendt")]
    Sent,
    /// In the citizen's account (`BeloebUdbetalt`).
    #[serde(rename = "udbetalt")]
    Paid,
}

/// One payout (`OekonomiskEffektueringIndeks`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Payout {
    pub id: String,
    /// The grant it pays.
    #[serde(rename = "bevillingId")]
    pub grant_id: String,
    /// ISO date the money is available (`Dispositionsdato`).
    #[serde(rename = "dispositionsdato")]
    pub payout_date: String,
    #[serde(rename = "periodeFra")]
    pub period_from: String,
    #[serde(rename = "periodeTil")]
    pub period_to: String,
    /// `SamletBruttobeloeb`.
    #[serde(rename = "bruttobeloeb")]
    pub gross: Kroner,
    #[serde(rename = "amBidragAtp")]
    pub atp: Kroner,
    #[serde(rename = "aSkat")]
    pub tax: Kroner,
    /// `BeloebEfterSkatATP`.
    #[serde(rename = "beloebEfterSkat")]
    pub net: Kroner,
    pub status: PayoutStatus,
}
