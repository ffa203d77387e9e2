//! The economy page's top: the next payment after tax with how it is worked out, and what was
//! paid this year and last year.

use leptos::prelude::*;

use super::logic::{following_payments, next_payment, paid_in_year, Benefits};
use super::texts::{after_before, next_line, then_line, year_label, EconomyPageText, EconomyText};
use crate::api::benefits::Payout;
use crate::api::common::Kroner;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::format::{kroner, long_date, period_iso};
use crate::i18n::isolated;
use crate::state::{clock::use_clock, language::use_i18n};

/// The next payment's date and amount after tax, and per payout what it consists of; or that
/// none is planned.
#[component]
pub fn NextPaymentFigures(benefits: Benefits) -> impl IntoView {
    let i18n = use_i18n();
    let Some(next) = next_payment(&benefits, use_clock().today()) else {
        return view! { <p data-testid="next-payment-none">{move || i18n.t(EconomyText::NextNone)}</p> }
            .into_any();
    };
    let (date, total) = (next.date, next.total);
    let following = following_payments(&benefits, date, 2);
    view! {
        <div data-testid="next-payment">
            <p class="next-payment-amount font-lead">
                <strong data-testid="next-payment-total">{move || kroner(total, i18n.lang())}</strong>
                " "{move || i18n.t(EconomyPageText::AfterTax)}
            </p>
            <p data-testid="next-payment-date">{move || next_line(i18n.lang(), &long_date(date, i18n.lang()))}</p>
            <h3 class="h5 mt-4">{move || i18n.t(EconomyPageText::Breakdown)}</h3>
            <ul class="unstyled-list breakdown-list" data-testid="next-payment-lines">
                {next
                    .lines
                    .into_iter()
                    .map(|(name, payout)| view! { <li><Breakdown name payout/></li> })
                    .collect_view()}
            </ul>
            {(!following.is_empty()).then(|| view! {
                <ul class="unstyled-list mt-4" data-testid="following-payments">
                    {following
                        .into_iter()
                        .map(|(date, amount, names)| {
                            let names = names.join(", ");
                            view! {
                                <li>{move || {
                                    let lang = i18n.lang();
                                    isolated(&then_line(lang, &long_date(date, lang), &kroner(amount, lang), &names), &[&names])
                                }}</li>
                            }
                        })
                        .collect_view()}
                </ul>
            })}
        </div>
    }
    .into_any()
}

/// One payout worked out: before tax, minus A-skat and other deductions, what the citizen gets.
#[component]
fn Breakdown(name: String, payout: Payout) -> impl IntoView {
    let i18n = use_i18n();
    let row = |label: EconomyPageText, amount: Kroner, minus: bool| {
        (amount != Kroner::ZERO || !minus).then(|| {
            view! {
                <div class="breakdown-row">
                    <dt>{move || i18n.t(label)}</dt>
                    <dd class="amount">
                        {minus.then_some("− ")}{move || kroner(amount, i18n.lang())}
                    </dd>
                </div>
            }
        })
    };
    let set_off = payout.set_off.as_ref().map_or(Kroner::ZERO, |s| s.amount);
    let period = {
        let (from, to) = (payout.period_from.clone(), payout.period_to.clone());
        move || period_iso(&from, &to, i18n.lang())
    };
    view! {
        <p class="breakdown-name"><strong>{name}</strong>" "<span class="breakdown-period">{period}</span></p>
        <dl class="breakdown">
            {row(EconomyPageText::ColGross, payout.gross, false)}
            {row(EconomyPageText::ColTax, payout.tax, true)}
            {row(EconomyPageText::LineAtp, payout.atp, true)}
            {row(EconomyPageText::LineSetOff, set_off, true)}
            <div class="breakdown-row breakdown-total">
                <dt>{move || i18n.t(EconomyPageText::ColPaid)}</dt>
                <dd class="amount" data-testid="next-payment-line-paid">{move || kroner(payout.paid, i18n.lang())}</dd>
            </div>
        </dl>
    }
}

/// What was paid in the scenario's year so far and in the year before, after and before tax.
#[component]
pub fn PaidByYear(benefits: Benefits) -> impl IntoView {
    let i18n = use_i18n();
    let this_year = use_clock().today().year;
    let rows = [(this_year, true), (this_year - 1, false)]
        .into_iter()
        .map(|(year, so_far)| {
            let sums = paid_in_year(&benefits, year);
            SummaryRow {
                label: Signal::derive(move || year_label(i18n.lang(), year, so_far)),
                value: view! {
                    <span data-testid="paid-year" data-year=year>
                        {move || {
                            let lang = i18n.lang();
                            after_before(lang, &kroner(sums.paid, lang), &kroner(sums.gross, lang))
                        }}
                    </span>
                }
                .into_any(),
            }
        })
        .collect();
    view! { <SummaryList rows testid="paid-by-year"/> }
}
