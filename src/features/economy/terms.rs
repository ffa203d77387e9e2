//! "Hvad betyder ordene?": the economy's terms explained in plain words where they are used.

use leptos::prelude::*;

use super::texts::EconomyText;
use crate::state::language::use_i18n;

/// Each term and its explanation, in the order a payment is worked out.
const TERMS: [(EconomyText, EconomyText); 9] = [
    (EconomyText::LineGross, EconomyText::TermGross),
    (EconomyText::LineTax, EconomyText::TermTax),
    (EconomyText::LineAtp, EconomyText::TermAtp),
    (EconomyText::LineSetOff, EconomyText::TermSetOff),
    (EconomyText::StatusPaid, EconomyText::TermPaid),
    (EconomyText::StatusSent, EconomyText::TermSent),
    (EconomyText::StatusPlanned, EconomyText::TermPlanned),
    (EconomyText::KindBackPayment, EconomyText::TermBackPayment),
    (EconomyText::TermsTiming, EconomyText::TermTiming),
];

/// A closed disclosure with the terms; open, it is a description list.
#[component]
pub fn Terms() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <details class="terms mt-4 mb-4" data-testid="economy-terms">
            <summary>{move || i18n.t(EconomyText::TermsHeading)}</summary>
            <dl class="terms-list">
                {TERMS
                    .into_iter()
                    .map(|(term, meaning)| view! {
                        <dt>{move || i18n.t(term)}</dt>
                        <dd>{move || i18n.t(meaning)}</dd>
                    })
                    .collect_view()}
            </dl>
        </details>
    }
}
