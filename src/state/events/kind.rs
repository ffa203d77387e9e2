//! The kinds of event: what happened or is due with the data its sentence needs
//! ([`EventKind`]), and the same without data ([`Kind`]) for filters, labels and ids.

use crate::api::access_log::DataItem;
use crate::api::cases::ProgressCode;
use crate::api::common::Kroner;
use crate::api::person::ProtectionKind;
use crate::api::powers_of_attorney::AttorneyRole;
use crate::date::Date;

/// What happened or is due, with what the sentence needs to say it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EventKind {
    /// A letter arrived in Digital Post.
    LetterReceived {
        subject: String,
    },
    /// A case was created (received).
    CaseCreated {
        title: String,
    },
    /// A case reached a progress step (from its history).
    CaseStatusChanged {
        title: String,
        code: ProgressCode,
    },
    /// The expected decision date (creation plus the published processing time), still ahead.
    DecisionExpected {
        title: String,
    },
    /// The expected decision date has passed without a decision.
    DecisionOverdue {
        title: String,
    },
    /// The authority awaits something from the citizen; dated at the deadline when the case
    /// names one, else at the case's last change.
    AwaitsCitizen {
        title: String,
        what: Option<String>,
        deadline: Option<Date>,
        overdue: bool,
    },
    /// A payout planned, sent to the bank, or paid (the amount that reaches the account).
    PayoutPlanned {
        benefit: String,
        amount: Kroner,
    },
    PayoutSent {
        benefit: String,
        amount: Kroner,
    },
    PayoutPaid {
        benefit: String,
        amount: Kroner,
    },
    /// An authority looked up one of the citizen's data items.
    LookUp {
        item: DataItem,
        register: String,
    },
    /// A consent given, withdrawn, or its expiry.
    ConsentGiven {
        from: String,
    },
    ConsentWithdrawn,
    ConsentExpiring,
    /// A power of attorney's end.
    PowerOfAttorneyExpiring {
        counterpart: String,
        role: AttorneyRole,
    },
    /// A protection in CPR lapses.
    ProtectionExpiring {
        protection: ProtectionKind,
    },
    /// A vehicle's next periodic inspection.
    InspectionDue {
        registration: String,
        vehicle: String,
    },
    /// The last day to pay restskat voluntarily.
    TaxDeadline {
        year: u16,
        amount: Kroner,
    },
    /// The next instalment of a claim under an instalment plan.
    DebtInstalmentDue {
        claim: String,
        amount: Kroner,
    },
}

/// The kinds of event without their data: for filters, labels and ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    LetterReceived,
    CaseCreated,
    CaseStatusChanged,
    DecisionExpected,
    DecisionOverdue,
    AwaitsCitizen,
    PayoutPlanned,
    PayoutSent,
    PayoutPaid,
    LookUp,
    ConsentGiven,
    ConsentWithdrawn,
    ConsentExpiring,
    PowerOfAttorneyExpiring,
    ProtectionExpiring,
    InspectionDue,
    TaxDeadline,
    DebtInstalmentDue,
}

impl Kind {
    /// Every kind.
    pub const ALL: [Kind; 18] = [
        Kind::LetterReceived,
        Kind::CaseCreated,
        Kind::CaseStatusChanged,
        Kind::DecisionExpected,
        Kind::DecisionOverdue,
        Kind::AwaitsCitizen,
        Kind::PayoutPlanned,
        Kind::PayoutSent,
        Kind::PayoutPaid,
        Kind::LookUp,
        Kind::ConsentGiven,
        Kind::ConsentWithdrawn,
        Kind::ConsentExpiring,
        Kind::PowerOfAttorneyExpiring,
        Kind::ProtectionExpiring,
        Kind::InspectionDue,
        Kind::TaxDeadline,
        Kind::DebtInstalmentDue,
    ];

    /// The kind of a code (`brev`); `None` for anything else.
    pub fn from_code(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| kind.code() == code)
    }

    /// A short stable code, part of an event's id (and usable in an address).
    pub fn code(self) -> &'static str {
        match self {
            Kind::LetterReceived => "brev",
            Kind::CaseCreated => "sag-oprettet",
            Kind::CaseStatusChanged => "sag-status",
            Kind::DecisionExpected => "afgoerelse-forventet",
            Kind::DecisionOverdue => "afgoerelse-forsinket",
            Kind::AwaitsCitizen => "afventer-borger",
            Kind::PayoutPlanned => "udbetaling-planlagt",
            Kind::PayoutSent => "udbetaling-sendt",
            Kind::PayoutPaid => "udbetaling-udbetalt",
            Kind::LookUp => "opslag",
            Kind::ConsentGiven => "samtykke-givet",
            Kind::ConsentWithdrawn => "samtykke-tilbagekaldt",
            Kind::ConsentExpiring => "samtykke-udloeber",
            Kind::PowerOfAttorneyExpiring => "fuldmagt-udloeber",
            Kind::ProtectionExpiring => "beskyttelse-udloeber",
            Kind::InspectionDue => "syn",
            Kind::TaxDeadline => "skat-frist",
            Kind::DebtInstalmentDue => "afdrag",
        }
    }

    /// The code in an event's id: an expected decision keeps its id when it becomes overdue.
    pub fn uid_code(self) -> &'static str {
        match self {
            Kind::DecisionOverdue => Kind::DecisionExpected.code(),
            other => other.code(),
        }
    }

    /// Whether the kind is something that happened (and so can be new since the last login),
    /// rather than a date ahead or a deadline.
    pub fn is_occurrence(self) -> bool {
        matches!(
            self,
            Kind::LetterReceived
                | Kind::CaseCreated
                | Kind::CaseStatusChanged
                | Kind::PayoutSent
                | Kind::PayoutPaid
                | Kind::LookUp
                | Kind::ConsentGiven
                | Kind::ConsentWithdrawn
        )
    }
}

impl EventKind {
    /// The kind without its data.
    pub fn kind(&self) -> Kind {
        match self {
            EventKind::LetterReceived { .. } => Kind::LetterReceived,
            EventKind::CaseCreated { .. } => Kind::CaseCreated,
            EventKind::CaseStatusChanged { .. } => Kind::CaseStatusChanged,
            EventKind::DecisionExpected { .. } => Kind::DecisionExpected,
            EventKind::DecisionOverdue { .. } => Kind::DecisionOverdue,
            EventKind::AwaitsCitizen { .. } => Kind::AwaitsCitizen,
            EventKind::PayoutPlanned { .. } => Kind::PayoutPlanned,
            EventKind::PayoutSent { .. } => Kind::PayoutSent,
            EventKind::PayoutPaid { .. } => Kind::PayoutPaid,
            EventKind::LookUp { .. } => Kind::LookUp,
            EventKind::ConsentGiven { .. } => Kind::ConsentGiven,
            EventKind::ConsentWithdrawn => Kind::ConsentWithdrawn,
            EventKind::ConsentExpiring => Kind::ConsentExpiring,
            EventKind::PowerOfAttorneyExpiring { .. } => Kind::PowerOfAttorneyExpiring,
            EventKind::ProtectionExpiring { .. } => Kind::ProtectionExpiring,
            EventKind::InspectionDue { .. } => Kind::InspectionDue,
            EventKind::TaxDeadline { .. } => Kind::TaxDeadline,
            EventKind::DebtInstalmentDue { .. } => Kind::DebtInstalmentDue,
        }
    }
}
