//! Every payout, filtered by benefit and year (in the address), grouped by year, newest first,
//! in pages; with gross, A-skat, ATP, set-off, the amount paid and the status.

use leptos::prelude::*;

use super::economy_href;
use super::logic::{selected, totals, year_groups, years, Benefits};
use super::query::EconomyQuery;
use super::texts::{set_off_line, totals_line, year_total, EconomyCount, EconomyText};
use crate::api::benefits::{Payout, PayoutKind, PayoutStatus};
use crate::components::{
    badge::{Badge, BadgeKind},
    data_table::DataTable,
    pagination::Pagination,
};
use crate::format::{kroner, long_date_iso};
use crate::lists::page_of;
use crate::page::routes::use_navigate_in_place;
use crate::state::language::use_i18n;

/// Payouts per page.
pub const PAGE_SIZE: usize = 12;

/// The filters, the totals of what they select and the table.
#[component]
pub fn PayoutTable(benefits: StoredValue<Benefits>, query: Memo<EconomyQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate_in_place();
    let go = move |next: EconomyQuery| navigate(&economy_href(&next));
    let go_benefit = go.clone();
    let on_benefit = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        go_benefit(EconomyQuery {
            benefit: (!value.is_empty()).then_some(value),
            page: 1,
            ..query.get_untracked()
        })
    };
    let on_year = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        go(EconomyQuery {
            year: value.parse().ok(),
            page: 1,
            ..query.get_untracked()
        })
    };
    let grant_options = benefits.with_value(|b| {
        b.grants
            .iter()
            .map(|g| (g.id.clone(), g.benefit_name.clone()))
            .collect::<Vec<_>>()
    });
    let year_options = benefits.with_value(|b| years(&b.payouts));

    let content = move || {
        let lang = i18n.lang();
        let query = query.get();
        benefits.with_value(|b| {
            let all = selected(b, &query);
            let sums = totals(all.iter().copied());
            let paged = page_of(&all, query.page, PAGE_SIZE);
            let groups = year_groups(&paged.items, &all);
            let line = totals_line(
                lang,
                &i18n.count(EconomyCount::Payouts, sums.count),
                &kroner(sums.paid, lang),
                &kroner(sums.gross, lang),
            );
            if all.is_empty() {
                return view! { <p data-testid="no-payouts">{i18n.t(EconomyText::NoPayouts)}</p> }.into_any();
            }
            let rows = groups
                .into_iter()
                .map(|(year, items, sums)| {
                    let rows = items.into_iter().map(|p| payout_row(p, b, lang)).collect_view();
                    view! {
                        <tbody data-testid="payout-year" data-year=year>
                            <tr class="year-row">
                                <th scope="rowgroup" colspan="4">{year_total(lang, year)}</th>
                                <td class="amount">{kroner(sums.gross, lang)}</td>
                                <td class="amount">{kroner(sums.tax, lang)}</td>
                                <td class="amount">{kroner(sums.atp, lang)}</td>
                                <td class="amount">{kroner(sums.set_off, lang)}</td>
                                <td class="amount" data-testid="year-paid">{kroner(sums.paid, lang)}</td>
                                <td></td>
                            </tr>
                            {rows}
                        </tbody>
                    }
                })
                .collect_view();
            let current = paged.page;
            let pages = paged.pages;
            let href = Callback::new(move |page: usize| economy_href(&query.on_page(page)));
            view! {
                <p role="status" data-testid="payout-totals">{line}</p>
                <DataTable caption=i18n.signal(EconomyText::PayoutsCaption) class="payout-table" testid="payout-table">
                    <thead>
                        <tr>
                            <th scope="col">{i18n.t(EconomyText::ColDate)}</th>
                            <th scope="col">{i18n.t(EconomyText::ColBenefit)}</th>
                            <th scope="col">{i18n.t(EconomyText::ColPeriod)}</th>
                            <th scope="col">{i18n.t(EconomyText::ColStatus)}</th>
                            <th scope="col" class="text-align-right">{i18n.t(EconomyText::ColGross)}</th>
                            <th scope="col" class="text-align-right">{i18n.t(EconomyText::ColTax)}</th>
                            <th scope="col" class="text-align-right">{i18n.t(EconomyText::ColAtp)}</th>
                            <th scope="col" class="text-align-right">{i18n.t(EconomyText::ColSetOff)}</th>
                            <th scope="col" class="text-align-right">{i18n.t(EconomyText::ColPaid)}</th>
                            <th scope="col"><span class="sr-only">{i18n.t(EconomyText::GoodToKnow)}</span></th>
                        </tr>
                    </thead>
                    {rows}
                </DataTable>
                <Pagination current pages href/>
            }
            .into_any()
        })
    };

    view! {
        <div class="payout-filters">
            <div class="form-group">
                <label class="form-label" for="filter-benefit">{move || i18n.t(EconomyText::FilterBenefit)}</label>
                <select class="form-select" id="filter-benefit" name="ydelse" on:change=on_benefit data-testid="filter-benefit">
                    <option value="" selected=move || query.get().benefit.is_none()>{move || i18n.t(EconomyText::AllBenefits)}</option>
                    {grant_options
                        .into_iter()
                        .map(|(id, name)| {
                            let value = id.clone();
                            view! { <option value=value selected=move || query.get().benefit.as_deref() == Some(id.as_str())>{name}</option> }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="form-group">
                <label class="form-label" for="filter-year">{move || i18n.t(EconomyText::FilterYear)}</label>
                <select class="form-select" id="filter-year" name="aar" on:change=on_year data-testid="filter-year">
                    <option value="" selected=move || query.get().year.is_none()>{move || i18n.t(EconomyText::AllYears)}</option>
                    {year_options
                        .into_iter()
                        .map(|year| view! { <option value=year.to_string() selected=move || query.get().year == Some(year)>{year}</option> })
                        .collect_view()}
                </select>
            </div>
        </div>
        {content}
    }
}

fn status_badge(status: PayoutStatus) -> (BadgeKind, EconomyText) {
    match status {
        PayoutStatus::Planned => (BadgeKind::Neutral, EconomyText::StatusPlanned),
        PayoutStatus::Sent => (BadgeKind::Info, EconomyText::StatusSent),
        PayoutStatus::Paid => (BadgeKind::Success, EconomyText::StatusPaid),
    }
}

/// One payout's row; a back-payment, a one-off payment and a set-off say what they are.
fn payout_row(p: &Payout, benefits: &Benefits, lang: crate::i18n::Lang) -> impl IntoView {
    let i18n = use_i18n();
    let (kind, status) = status_badge(p.status);
    let period = format!(
        "{} – {}",
        long_date_iso(&p.period_from, lang),
        long_date_iso(&p.period_to, lang)
    );
    let marker = match p.kind {
        PayoutKind::Regular => None,
        PayoutKind::BackPayment => Some(EconomyText::KindBackPayment),
        PayoutKind::OneOff => Some(EconomyText::KindOneOff),
    };
    let set_off = p
        .set_off
        .as_ref()
        .map(|s| set_off_line(lang, &kroner(s.amount, lang), &s.creditor.name, &s.claim));
    let notes: Vec<String> = set_off.into_iter().chain(p.text.clone()).collect();
    view! {
        <tr data-testid="payout-row" data-kind=format!("{:?}", p.kind) data-status=format!("{:?}", p.status)>
            <td class="nowrap">{long_date_iso(&p.payout_date, lang)}</td>
            <td>
                {benefits.benefit_name(&p.grant_id).to_owned()}
                {marker.map(|m| view! { " " <Badge kind=BadgeKind::Warning text=i18n.t(m).to_owned() testid="payout-kind"/> })}
            </td>
            <td>{period}</td>
            <td><Badge kind text=i18n.t(status).to_owned() testid="payout-status"/></td>
            <td class="amount">{kroner(p.gross, lang)}</td>
            <td class="amount">{kroner(p.tax, lang)}</td>
            <td class="amount">{kroner(p.atp, lang)}</td>
            <td class="amount">{p.set_off.as_ref().map(|s| kroner(s.amount, lang))}</td>
            <td class="amount" data-testid="payout-paid"><strong>{kroner(p.paid, lang)}</strong></td>
            <td class="payout-note">{notes.join(" ")}</td>
        </tr>
    }
}
