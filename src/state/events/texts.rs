//! The events' words, Danish and English side by side: a label per kind (for filters) and one
//! plain sentence per event. A sentence is a list of [`Part`]s, so the data values in it (an
//! authority, a case's title, an amount) stay apart from the app's words and a view can isolate
//! each one (`crate::i18n::isolated`), or join them as plain text ([`plain`]) for a calendar file.

use super::{Event, EventKind, Kind};
use crate::api::access_log::DataItem;
use crate::api::cases::ProgressCode;
use crate::api::person::ProtectionKind;
use crate::api::powers_of_attorney::AttorneyRole;
use crate::format::kroner;
use crate::i18n::{Lang, Text};

/// A piece of a sentence: the app's own words, or a value from data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    Text(&'static str),
    Data(String),
}

/// The sentence as plain text.
pub fn plain(parts: &[Part]) -> String {
    parts
        .iter()
        .map(|part| match part {
            Part::Text(text) => *text,
            Part::Data(data) => data.as_str(),
        })
        .collect()
}

/// The data values of a sentence, for `crate::i18n::isolated`.
pub fn data_values(parts: &[Part]) -> Vec<&str> {
    parts
        .iter()
        .filter_map(|part| match part {
            Part::Data(data) => Some(data.as_str()),
            Part::Text(_) => None,
        })
        .collect()
}

crate::texts! {
    /// What kind of event it is, as a filter names it.
    pub enum KindText {
        LetterReceived => "Brev modtaget", "Letter received";
        CaseCreated => "Sag oprettet", "Case opened";
        CaseStatusChanged => "Ny status i en sag", "Case status changed";
        DecisionExpected => "Forventet afgørelse", "Decision expected";
        DecisionOverdue => "Forsinket afgørelse", "Decision overdue";
        AwaitsCitizen => "Venter på dig", "Waiting for you";
        PayoutPlanned => "Planlagt udbetaling", "Planned payout";
        PayoutSent => "Udbetaling sendt", "Payout sent";
        PayoutPaid => "Udbetalt", "Paid out";
        LookUp => "Opslag i dine data", "Look-up of your data";
        ConsentGiven => "Samtykke givet", "Consent given";
        ConsentWithdrawn => "Samtykke tilbagekaldt", "Consent withdrawn";
        ConsentExpiring => "Samtykke udløber", "Consent expires";
        PowerOfAttorneyExpiring => "Fuldmagt udløber", "Power of attorney expires";
        ProtectionExpiring => "Beskyttelse udløber", "Protection expires";
        InspectionDue => "Periodisk syn", "Periodic inspection";
        TaxDeadline => "Frist for restskat", "Residual tax deadline";
        DebtInstalmentDue => "Afdrag på gæld", "Debt instalment";
    }
}

crate::texts! {
    /// A looked-up data item as the object of a sentence ("… hentede din adresse fra CPR").
    pub enum ItemText {
        Address => "din adresse", "your address";
        MaritalStatus => "din civilstand", "your marital status";
        Family => "oplysninger om din familie", "information about your family";
        Income => "dine indkomstoplysninger", "your income information";
        TaxAssessment => "din forskudsopgørelse", "your preliminary income assessment";
        Housing => "oplysninger om din bolig", "information about your home";
        Vehicles => "oplysninger om dine køretøjer", "information about your vehicles";
        UdkBenefits => "oplysninger om dine ydelser", "information about your benefits";
        NemKonto => "oplysninger om din NemKonto", "information about your NemKonto account";
        Debt => "oplysninger om din gæld", "information about your debt";
        StudentGrant => "oplysninger om din SU", "information about your SU (student grant)";
        Medication => "dine medicinoplysninger", "your medication information";
        SicknessBenefitCase => "oplysninger om din sygedagpengesag", "information about your sickness benefit case";
    }
}

crate::texts! {
    /// A protection in CPR, as the subject of a sentence.
    pub enum ProtectionText {
        NameAndAddress => "Din navne- og adressebeskyttelse udløber. Du kan forlænge den hos din kommune.", "Your name and address protection expires. You can renew it with your municipality (kommune).";
        LocalDirectory => "Din lokalvejviserbeskyttelse udløber.", "Your local directory protection expires.";
        Marketing => "Din reklamebeskyttelse udløber.", "Your marketing protection expires.";
        Research => "Din forskerbeskyttelse udløber.", "Your research protection expires.";
    }
}

impl Kind {
    /// The kind's label.
    pub fn label(self) -> KindText {
        match self {
            Kind::LetterReceived => KindText::LetterReceived,
            Kind::CaseCreated => KindText::CaseCreated,
            Kind::CaseStatusChanged => KindText::CaseStatusChanged,
            Kind::DecisionExpected => KindText::DecisionExpected,
            Kind::DecisionOverdue => KindText::DecisionOverdue,
            Kind::AwaitsCitizen => KindText::AwaitsCitizen,
            Kind::PayoutPlanned => KindText::PayoutPlanned,
            Kind::PayoutSent => KindText::PayoutSent,
            Kind::PayoutPaid => KindText::PayoutPaid,
            Kind::LookUp => KindText::LookUp,
            Kind::ConsentGiven => KindText::ConsentGiven,
            Kind::ConsentWithdrawn => KindText::ConsentWithdrawn,
            Kind::ConsentExpiring => KindText::ConsentExpiring,
            Kind::PowerOfAttorneyExpiring => KindText::PowerOfAttorneyExpiring,
            Kind::ProtectionExpiring => KindText::ProtectionExpiring,
            Kind::InspectionDue => KindText::InspectionDue,
            Kind::TaxDeadline => KindText::TaxDeadline,
            Kind::DebtInstalmentDue => KindText::DebtInstalmentDue,
        }
    }
}

/// A looked-up data item in words ("din adresse").
pub fn item_text(item: DataItem) -> ItemText {
    match item {
        DataItem::Address => ItemText::Address,
        DataItem::MaritalStatus => ItemText::MaritalStatus,
        DataItem::Family => ItemText::Family,
        DataItem::Income => ItemText::Income,
        DataItem::TaxAssessment => ItemText::TaxAssessment,
        DataItem::Housing => ItemText::Housing,
        DataItem::Vehicles => ItemText::Vehicles,
        DataItem::UdkBenefits => ItemText::UdkBenefits,
        DataItem::NemKonto => ItemText::NemKonto,
        DataItem::Debt => ItemText::Debt,
        DataItem::StudentGrant => ItemText::StudentGrant,
        DataItem::Medication => ItemText::Medication,
        DataItem::SicknessBenefitCase => ItemText::SicknessBenefitCase,
    }
}

fn protection_text(kind: ProtectionKind) -> ProtectionText {
    match kind {
        ProtectionKind::NameAndAddress => ProtectionText::NameAndAddress,
        ProtectionKind::LocalDirectory => ProtectionText::LocalDirectory,
        ProtectionKind::Marketing => ProtectionText::Marketing,
        ProtectionKind::Research => ProtectionText::Research,
    }
}

/// "{who}{before}{item}{after}" in `lang`: the shape of most sentences, the item from data.
fn about(
    lang: Lang,
    who: Part,
    item: Part,
    da: [&'static str; 2],
    en: [&'static str; 2],
) -> Vec<Part> {
    let [before, after] = lang.pick(da, en);
    vec![who, Part::Text(before), item, Part::Text(after)]
}

/// "{who}{verb}{amount}{between}{benefit}." in `lang`: a payout's sentences.
fn paid(
    lang: Lang,
    who: Part,
    amount: Part,
    benefit: Part,
    da: [&'static str; 2],
    en: [&'static str; 2],
) -> Vec<Part> {
    let [verb, between] = lang.pick(da, en);
    vec![
        who,
        Part::Text(verb),
        amount,
        Part::Text(between),
        benefit,
        Part::Text("."),
    ]
}

/// What the event says, in one plain sentence in `lang`: "Aarhus Kommune har truffet afgørelse
/// i sagen »Plads i børnehave til Freja«." / "Skattestyrelsen hentede din adresse fra CPR."
pub fn sentence(event: &Event, lang: Lang) -> Vec<Part> {
    let mut parts = parts(event, lang);
    parts.retain(|part| part != &Part::Text(""));
    parts
}

/// The sentence's parts (some may be empty words).
fn parts(event: &Event, lang: Lang) -> Vec<Part> {
    use Part::Text as T;
    let d = |value: &str| Part::Data(value.to_owned());
    let who = d(&event.authority);
    let money = |amount| Part::Data(kroner(amount, lang));
    match &event.kind {
        EventKind::LetterReceived { subject } => about(
            lang,
            who,
            d(subject),
            [" har sendt dig brevet »", "«."],
            [" sent you the letter “", "”."],
        ),
        EventKind::CaseCreated { title } => about(
            lang,
            who,
            d(title),
            [" har oprettet sagen »", "«."],
            [" opened the case “", "”."],
        ),
        EventKind::CaseStatusChanged { title, code } => match code {
            ProgressCode::Opstaaet => about(
                lang,
                who,
                d(title),
                [" har oprettet sagen »", "«."],
                [" opened the case “", "”."],
            ),
            ProgressCode::Oplyst => about(
                lang,
                who,
                d(title),
                [" behandler nu sagen »", "«."],
                [" is now processing the case “", "”."],
            ),
            ProgressCode::Afgjort => about(
                lang,
                who,
                d(title),
                [" har truffet afgørelse i sagen »", "«."],
                [" has made a decision in the case “", "”."],
            ),
            ProgressCode::Afsluttet => about(
                lang,
                who,
                d(title),
                [" har afsluttet sagen »", "«."],
                [" closed the case “", "”."],
            ),
            ProgressCode::Ukendt => about(
                lang,
                who,
                d(title),
                [" har givet sagen »", "« en ny status."],
                [" gave the case “", "” a new status."],
            ),
        },
        EventKind::DecisionExpected { title } => about(
            lang,
            who,
            d(title),
            [" forventer at træffe afgørelse i sagen »", "«."],
            [" expects to make a decision in the case “", "”."],
        ),
        EventKind::DecisionOverdue { title } => about(
            lang,
            who,
            d(title),
            [
                " har ikke truffet afgørelse i sagen »",
                "« til den forventede tid.",
            ],
            [
                " has not made a decision in the case “",
                "” by the expected date.",
            ],
        ),
        EventKind::AwaitsCitizen {
            title,
            what,
            overdue,
            ..
        } => {
            let (da_start, en_start) = if *overdue {
                (
                    T("Fristen er overskredet: "),
                    T("The deadline has passed: "),
                )
            } else {
                (T(""), T(""))
            };
            match what {
                Some(what) => lang.pick(
                    vec![
                        da_start,
                        who.clone(),
                        T(" venter på dette fra dig i sagen »"),
                        d(title),
                        T("«: "),
                        d(what),
                        T("."),
                    ],
                    vec![
                        en_start,
                        who,
                        T(" is waiting for this from you in the case “"),
                        d(title),
                        T("”: "),
                        d(what),
                        T("."),
                    ],
                ),
                None => lang.pick(
                    vec![
                        da_start,
                        who.clone(),
                        T(" venter på noget fra dig i sagen »"),
                        d(title),
                        T("«."),
                    ],
                    vec![
                        en_start,
                        who,
                        T(" is waiting for something from you in the case “"),
                        d(title),
                        T("”."),
                    ],
                ),
            }
        }
        EventKind::PayoutPlanned { benefit, amount } => paid(
            lang,
            who,
            money(*amount),
            d(benefit),
            [" udbetaler ", " – "],
            [" will pay out ", " – "],
        ),
        EventKind::PayoutSent { benefit, amount } => paid(
            lang,
            who,
            money(*amount),
            d(benefit),
            [" har sendt ", " til din NemKonto – "],
            [" has sent ", " to your NemKonto account – "],
        ),
        EventKind::PayoutPaid { benefit, amount } => paid(
            lang,
            who,
            money(*amount),
            d(benefit),
            [" har udbetalt ", " – "],
            [" paid out ", " – "],
        ),
        EventKind::LookUp { item, register } => {
            let item = T(item_text(*item).text(lang));
            lang.pick(
                vec![
                    who.clone(),
                    T(" hentede "),
                    item.clone(),
                    T(" fra "),
                    d(register),
                    T("."),
                ],
                vec![
                    who,
                    T(" retrieved "),
                    item,
                    T(" from "),
                    d(register),
                    T("."),
                ],
            )
        }
        EventKind::ConsentGiven { from } => lang.pick(
            vec![
                T("Du gav "),
                who.clone(),
                T(" samtykke til at hente oplysninger om dig hos "),
                d(from),
                T("."),
            ],
            vec![
                T("You gave "),
                who,
                T(" your consent to retrieve information about you from "),
                d(from),
                T("."),
            ],
        ),
        EventKind::ConsentWithdrawn => lang.pick(
            vec![T("Du trak dit samtykke til "), who.clone(), T(" tilbage.")],
            vec![T("You withdrew your consent to "), who, T(".")],
        ),
        EventKind::ConsentExpiring => lang.pick(
            vec![T("Dit samtykke til "), who.clone(), T(" udløber.")],
            vec![T("Your consent to "), who, T(" expires.")],
        ),
        EventKind::PowerOfAttorneyExpiring { counterpart, role } => match role {
            AttorneyRole::Giver => lang.pick(
                vec![
                    T("Den fuldmagt, du har givet "),
                    d(counterpart),
                    T(", udløber."),
                ],
                vec![
                    T("The power of attorney you gave "),
                    d(counterpart),
                    T(" expires."),
                ],
            ),
            AttorneyRole::Holder => lang.pick(
                vec![T("Din fuldmagt fra "), d(counterpart), T(" udløber.")],
                vec![
                    T("Your power of attorney from "),
                    d(counterpart),
                    T(" expires."),
                ],
            ),
        },
        EventKind::ProtectionExpiring { protection } => {
            vec![T(protection_text(*protection).text(lang))]
        }
        EventKind::InspectionDue {
            registration,
            vehicle,
        } => lang.pick(
            vec![
                T("Din "),
                d(vehicle),
                T(" ("),
                d(registration),
                T(") skal til periodisk syn."),
            ],
            vec![
                T("Your "),
                d(vehicle),
                T(" ("),
                d(registration),
                T(") is due for its periodic inspection."),
            ],
        ),
        EventKind::TaxDeadline { year, amount } => lang.pick(
            vec![
                T("Sidste frist for frivillig indbetaling af restskat for "),
                d(&year.to_string()),
                T(" ("),
                money(*amount),
                T(")."),
            ],
            vec![
                T("Last day to pay your residual tax (restskat) for "),
                d(&year.to_string()),
                T(" voluntarily ("),
                money(*amount),
                T(")."),
            ],
        ),
        EventKind::DebtInstalmentDue { claim, amount } => lang.pick(
            vec![
                T("Næste afdrag ("),
                money(*amount),
                T(") på "),
                d(claim),
                T(" skal betales til "),
                who.clone(),
                T("."),
            ],
            vec![
                T("The next instalment ("),
                money(*amount),
                T(") on "),
                d(claim),
                T(" is due to "),
                who,
                T("."),
            ],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::check_texts;

    #[test]
    fn every_label_is_translated() {
        check_texts(KindText::ALL, &[]);
        check_texts(ItemText::ALL, &[]);
        check_texts(ProtectionText::ALL, &[]);
        for kind in Kind::ALL {
            assert!(!kind.label().da().is_empty());
        }
    }
}
