//! Benefits and payouts (Fælleskommunalt Ydelsesindeks, SF1490).

use serde::{Deserialize, Serialize};

use super::common::{Authority, Kroner, Organisation};

/// How often a benefit is paid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Frequency {
    #[serde(rename = "maanedlig")]
    Monthly,
    #[serde(rename = "kvartalsvis")]
    Quarterly,
    #[serde(rename = "hver14dag")]
    Fortnightly,
    #[serde(rename = "aarlig")]
    Yearly,
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
    /// What the citizen should know about how the amount is made up (e.g. a share between parents).
    #[serde(rename = "bemaerkning")]
    pub note: Option<String>,
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
    /// A status this client does not know: shown as "ukendt" and not counted as paid, so one new
    /// status never takes the economy page down. No authority sends it (its wire name is not a
    /// status).
    #[serde(rename = "(ukendt status)", other)]
    Unknown,
}

impl PayoutStatus {
    /// The statuses an authority sends.
    pub const ALL: [PayoutStatus; 3] = [
        PayoutStatus::Planned,
        PayoutStatus::Sent,
        PayoutStatus::Paid,
    ];
}

/// What a payout is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PayoutKind {
    /// A payout under the plan.
    #[serde(rename = "ordinaer")]
    Regular,
    /// A difference paid later for a past period after a new calculation (`reguleringsbeløb`).
    #[serde(rename = "efterbetaling")]
    BackPayment,
    /// A single payment outside any plan.
    #[serde(rename = "engangsudbetaling")]
    OneOff,
}

/// Public debt withheld from a payout and paid to the claim (`modregning`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetOff {
    #[serde(rename = "beloeb")]
    pub amount: Kroner,
    /// The authority that owns the claim.
    #[serde(rename = "fordringshaver")]
    pub creditor: Organisation,
    /// The kind of claim, e.g. "Forældrebetaling for dagtilbud".
    #[serde(rename = "fordringstype")]
    pub claim: String,
}

/// One payout (`OekonomiskEffektueringIndeks`): gross, minus A-skat and the ATP share, is the
/// amount after tax; minus a set-off, the amount paid. Public transfers carry no AM-bidrag.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payout {
    pub id: String,
    /// The grant it pays.
    #[serde(rename = "bevillingId")]
    pub grant_id: String,
    #[serde(rename = "art")]
    pub kind: PayoutKind,
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
    #[serde(rename = "aSkat")]
    pub tax: Kroner,
    /// The recipient's share of the ATP contribution.
    pub atp: Kroner,
    /// `BeloebEfterSkatATP`.
    #[serde(rename = "beloebEfterSkat")]
    pub after_tax: Kroner,
    #[serde(rename = "modregning")]
    pub set_off: Option<SetOff>,
    /// `BeloebUdbetalt`: what reaches the citizen's NemKonto.
    #[serde(rename = "udbetaltBeloeb")]
    pub paid: Kroner,
    pub status: PayoutStatus,
    /// A line explaining an unusual payout, e.g. what a back-payment covers.
    #[serde(rename = "tekst")]
    pub text: Option<String>,
}

impl Payout {
    /// Whether gross − tax − ATP = after tax, and after tax − set-off = paid.
    pub fn adds_up(&self) -> bool {
        let set_off = self.set_off.as_ref().map_or(Kroner::ZERO, |s| s.amount);
        self.gross - self.tax - self.atp == self.after_tax && self.after_tax - set_off == self.paid
    }
}
