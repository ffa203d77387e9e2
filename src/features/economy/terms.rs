//! "Hvad betyder ordene?": the economy's terms explained in plain words where they are used.

use leptos::prelude::*;

use super::texts::EconomyText;
use crate::state::language::use_i18n;

/// The payments' terms and their explanations, in the order a payment is worked out.
pub const PAYMENT_TERMS: &[(EconomyText, EconomyText)] = &[
    (EconomyText::LineGross, EconomyText::TermGross),
    (EconomyText::LineTax, EconomyText::TermTax),
    (EconomyText::LineAtp, EconomyText::TermAtp),
    (EconomyText::LineSetOff, EconomyText::TermSetOff),
    (EconomyText::ColOther, EconomyText::TermOther),
    (EconomyText::StatusPaid, EconomyText::TermPaid),
    (EconomyText::StatusSent, EconomyText::TermSent),
    (EconomyText::StatusPlanned, EconomyText::TermPlanned),
    (EconomyText::KindBackPayment, EconomyText::TermBackPayment),
    (EconomyText::TermsTiming, EconomyText::TermTiming),
];

/// The tax section's terms.
pub const TAX_TERMS: &[(EconomyText, EconomyText)] = &[
    (EconomyText::WithholdingRate, EconomyText::TermWithholding),
    (EconomyText::CardMain, EconomyText::TermMainCard),
    (EconomyText::PersonalIncome, EconomyText::TermPersonalIncome),
    (
        EconomyText::TermPreliminaryName,
        EconomyText::TermPreliminary,
    ),
    (EconomyText::TermStatementName, EconomyText::TermStatement),
    (EconomyText::StatementOwed, EconomyText::TermOwed),
    (EconomyText::StatementRefund, EconomyText::TermRefund),
];

/// A closed disclosure with `terms`; open, it is a description list.
#[component]
pub fn Terms(terms: &'static [(EconomyText, EconomyText)], testid: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <details class="terms mt-4 mb-4" data-testid=testid>
            <summary>{move || i18n.t(EconomyText::TermsHeading)}</summary>
            <dl class="terms-list">
                {terms
                    .iter()
                    .map(|&(term, meaning)| view! {
                        <dt>{move || i18n.t(term)}</dt>
                        <dd>{move || i18n.t(meaning)}</dd>
                    })
                    .collect_view()}
            </dl>
        </details>
    }
}
