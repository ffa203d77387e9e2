//! The benefits granted to the citizen: per grant one plain line (amount before tax, how often,
//! from whom), and the details behind "Flere oplysninger".

use leptos::prelude::*;

use super::texts::{benefit_line, period_line, plan_line, EconomyPageText};
use crate::api::benefits::{Frequency, Grant, Timing};
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::format::{kroner, long_date_iso};
use crate::i18n::isolated;
use crate::page::hrefs::case_href;
use crate::state::language::use_i18n;

/// Every grant, or that there are none.
#[component]
pub fn BenefitList(grants: Vec<Grant>) -> impl IntoView {
    let i18n = use_i18n();
    if grants.is_empty() {
        return view! { <p data-testid="no-benefits">{move || i18n.t(EconomyPageText::NoBenefits)}</p> }.into_any();
    }
    view! {
        <ul class="unstyled-list benefit-list">
            {grants.into_iter().map(|grant| view! { <li><GrantSummary grant/></li> }).collect_view()}
        </ul>
    }
    .into_any()
}

fn frequency_text(frequency: Frequency) -> EconomyPageText {
    match frequency {
        Frequency::Monthly => EconomyPageText::Monthly,
        Frequency::Quarterly => EconomyPageText::Quarterly,
        Frequency::Fortnightly => EconomyPageText::Fortnightly,
        Frequency::Yearly => EconomyPageText::Yearly,
        Frequency::OneOff => EconomyPageText::OneOff,
    }
}

/// One grant: payer, period, plan, amount, repayment, tax, reason, note and its case.
#[component]
fn GrantSummary(grant: Grant) -> impl IntoView {
    let i18n = use_i18n();
    let heading_id = format!("grant-{}", grant.id);
    let grant = StoredValue::new(grant);
    let g = move || grant.read_value();
    let yes_no = move |yes: bool| {
        if yes {
            EconomyPageText::Yes
        } else {
            EconomyPageText::No
        }
    };
    let text_row = |label: EconomyPageText, value: Signal<String>| SummaryRow {
        label: i18n.signal(label),
        value: view! { {value} }.into_any(),
    };
    let mut rows = vec![
        text_row(
            EconomyPageText::Payer,
            Signal::derive(move || g().payer.name.clone()),
        ),
        text_row(
            EconomyPageText::Period,
            Signal::derive(move || {
                let lang = i18n.lang();
                let end = g().end.as_deref().map(|end| long_date_iso(end, lang));
                period_line(lang, &long_date_iso(&g().start, lang), end.as_deref())
            }),
        ),
        text_row(
            EconomyPageText::Plan,
            Signal::derive(move || {
                let plan = &g().plan;
                let timing = match plan.timing {
                    Timing::Advance => EconomyPageText::InAdvance,
                    Timing::Arrears => EconomyPageText::InArrears,
                };
                plan_line(
                    i18n.t(frequency_text(plan.frequency)),
                    i18n.t(timing),
                    &plan.payout_day,
                )
            }),
        ),
        SummaryRow {
            label: i18n.signal(EconomyPageText::AmountPerPayout),
            value:
                view! { <span class="amount">{move || kroner(g().plan.amount, i18n.lang())}</span> }
                    .into_any(),
        },
        text_row(
            EconomyPageText::Taxable,
            Signal::derive(move || i18n.t(yes_no(g().taxable)).to_owned()),
        ),
        text_row(
            EconomyPageText::Repayable,
            Signal::derive(move || i18n.t(yes_no(g().repayable)).to_owned()),
        ),
    ];
    if let Some(reason) = g().reason.clone() {
        rows.push(text_row(EconomyPageText::Reason, Signal::stored(reason)));
    }
    if let Some(note) = g().note.clone() {
        rows.push(text_row(EconomyPageText::GoodToKnow, Signal::stored(note)));
    }
    let case = g().case_id.clone();
    let labelled_by = heading_id.clone();
    let line = move || {
        let lang = i18n.lang();
        let g = g();
        let line = benefit_line(
            lang,
            &kroner(g.plan.amount, lang),
            i18n.t(frequency_text(g.plan.frequency)),
            &g.payer.name,
        );
        isolated(&line, &[&g.payer.name])
    };
    view! {
        <section class="benefit mb-6" aria-labelledby=labelled_by data-testid="benefit">
            <h3 id=heading_id class="h4">{g().benefit_name.clone()}</h3>
            <p class="mt-2" data-testid="benefit-line">{line}</p>
            <details class="benefit-more">
                <summary>{move || i18n.t(EconomyPageText::MoreAbout)}</summary>
                <SummaryList rows/>
            </details>
            {case.map(|id| view! {
                <p><a href=case_href(&id) class="function-link">{move || i18n.t(EconomyPageText::SeeCase)}</a></p>
            })}
        </section>
    }
}
