//! Every payout, filtered by benefit and year (in the address), grouped by year, newest first,
//! in pages; with the amount before tax, A-skat, other deductions, what the citizen gets and the
//! status. On a phone each payout is a card (see `DataTable`'s `stack`).

use leptos::prelude::*;

use super::economy_href;
use super::logic::{other_deductions, paid_and_pending, selected, year_groups, years, Benefits};
use super::query::EconomyQuery;
use super::texts::{
    atp_line, set_off_line, totals_line, year_total, EconomyCount, EconomyPageText,
};
use crate::api::benefits::{Payout, PayoutKind, PayoutStatus};
use crate::api::common::Kroner;
use crate::components::{
    badge::{Badge, BadgeKind},
    data_table::DataTable,
    filter_select::FilterSelect,
    pagination::Pagination,
};
use crate::format::{kroner, long_date_iso, period_iso};
use crate::lists::page_of;
use crate::page::routes::use_navigate_in_place;
use crate::state::{clock::use_clock, language::use_i18n};

/// Payouts per page.
pub const PAGE_SIZE: usize = 12;

/// The filters, the totals of what they select and the table.
#[component]
pub fn PayoutTable(benefits: StoredValue<Benefits>, query: Memo<EconomyQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate_in_place();
    let go = move |next: EconomyQuery| navigate(&economy_href(&next));
    let go_benefit = go.clone();
    let on_benefit = Callback::new(move |value: String| {
        go_benefit(EconomyQuery {
            benefit: (!value.is_empty()).then_some(value),
            page: 1,
            ..query.get_untracked()
        })
    });
    let on_year = Callback::new(move |value: String| {
        go(EconomyQuery {
            year: value.parse().ok(),
            page: 1,
            ..query.get_untracked()
        })
    });
    let grant_options = benefits.with_value(|b| {
        b.grants
            .iter()
            .map(|g| (g.id.clone(), g.benefit_name.clone()))
            .collect::<Vec<_>>()
    });
    let year_options = benefits.with_value(|b| {
        years(&b.payouts)
            .into_iter()
            .map(|year| (year.to_string(), year.to_string()))
            .collect::<Vec<_>>()
    });

    let clock = use_clock();
    let content = move || {
        let lang = i18n.lang();
        let this_year = clock.today().year;
        let query = query.get();
        benefits.with_value(|b| {
            let all = selected(b, &query);
            if all.is_empty() {
                return view! { <p data-testid="no-payouts">{i18n.t(EconomyPageText::NoPayouts)}</p> }.into_any();
            }
            let (paid, pending) = paid_and_pending(all.iter().copied());
            let pending_kroner = kroner(pending.paid, lang);
            let line = totals_line(
                lang,
                &i18n.count(EconomyCount::Payouts, paid.count),
                &kroner(paid.paid, lang),
                &kroner(paid.gross, lang),
                (pending.count > 0).then_some((pending.count, pending_kroner.as_str())),
            );
            let paged = page_of(&all, query.page, PAGE_SIZE);
            let groups = year_groups(&paged.items, &all);
            let label = |text: EconomyPageText| i18n.t(text);
            let rows = groups
                .into_iter()
                .map(|(year, items, sums)| {
                    let rows = items.into_iter().map(|p| payout_row(p, b, lang)).collect_view();
                    view! {
                        <tbody data-testid="payout-year" data-year=year>
                            <tr class="year-row">
                                {if sums.count == 0 {
                                    view! { <th scope="rowgroup" colspan="7">{year_total(lang, year, false, year == this_year)}</th> }.into_any()
                                } else {
                                    view! {
                                        <th scope="rowgroup" colspan="3">{year_total(lang, year, true, year == this_year)}</th>
                                        <td class="amount" data-label=label(EconomyPageText::ColGross)>{kroner(sums.gross, lang)}</td>
                                        <td class="amount" data-label=label(EconomyPageText::ColTax)>{kroner(sums.tax, lang)}</td>
                                        <td class="amount" data-label=label(EconomyPageText::ColOther)>{kroner(sums.other_deductions(), lang)}</td>
                                        <td class="amount" data-label=label(EconomyPageText::ColPaid) data-testid="year-paid">{kroner(sums.paid, lang)}</td>
                                    }
                                    .into_any()
                                }}
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
                <DataTable caption=i18n.signal(EconomyPageText::PayoutsCaption) class="payout-table" testid="payout-table" stack=true>
                    <thead>
                        <tr>
                            <th scope="col">{i18n.t(EconomyPageText::ColDate)}</th>
                            <th scope="col">{i18n.t(EconomyPageText::ColBenefit)}</th>
                            <th scope="col">{i18n.t(EconomyPageText::ColStatus)}</th>
                            <th scope="col" class="text-align-right">{i18n.t(EconomyPageText::ColGross)}</th>
                            <th scope="col" class="text-align-right">{i18n.t(EconomyPageText::ColTax)}</th>
                            <th scope="col" class="text-align-right">{i18n.t(EconomyPageText::ColOther)}</th>
                            <th scope="col" class="text-align-right">{i18n.t(EconomyPageText::ColPaid)}</th>
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
        <div class="filter-row">
            <FilterSelect
                id="filter-benefit"
                label=i18n.signal(EconomyPageText::FilterBenefit)
                options=Signal::stored(grant_options)
                selected=Signal::derive(move || query.get().benefit.unwrap_or_default())
                on_change=on_benefit
                all=i18n.signal(EconomyPageText::AllBenefits)
                testid="filter-benefit"
            />
            <FilterSelect
                id="filter-year"
                label=i18n.signal(EconomyPageText::FilterYear)
                options=Signal::stored(year_options)
                selected=Signal::derive(move || query.get().year.map(|y| y.to_string()).unwrap_or_default())
                on_change=on_year
                all=i18n.signal(EconomyPageText::AllYears)
                testid="filter-year"
            />
        </div>
        {content}
    }
}

fn status_badge(status: PayoutStatus) -> (BadgeKind, EconomyPageText) {
    match status {
        PayoutStatus::Planned => (BadgeKind::Neutral, EconomyPageText::StatusPlanned),
        PayoutStatus::Sent => (BadgeKind::Info, EconomyPageText::StatusSent),
        PayoutStatus::Paid => (BadgeKind::Success, EconomyPageText::StatusPaid),
        PayoutStatus::Unknown => (BadgeKind::Neutral, EconomyPageText::StatusUnknown),
    }
}

/// One payout's row: the benefit with its period and notes (a back-payment, a one-off payment,
/// a set-off and an ATP contribution say what they are), and the amounts with the one paid last.
fn payout_row(p: &Payout, benefits: &Benefits, lang: crate::i18n::Lang) -> impl IntoView {
    let i18n = use_i18n();
    let label = |text: EconomyPageText| i18n.t(text);
    let (kind, status) = status_badge(p.status);
    let marker = match p.kind {
        PayoutKind::Regular => None,
        PayoutKind::BackPayment => Some(EconomyPageText::KindBackPayment),
        PayoutKind::OneOff => Some(EconomyPageText::KindOneOff),
    };
    let set_off = p
        .set_off
        .as_ref()
        .map(|s| set_off_line(lang, &kroner(s.amount, lang), &s.creditor.name, &s.claim));
    let atp = (p.atp != Kroner::ZERO).then(|| atp_line(lang, &kroner(p.atp, lang)));
    let notes: Vec<String> = atp
        .into_iter()
        .chain(set_off)
        .chain(p.text.clone())
        .collect();
    let other = other_deductions(p);
    view! {
        <tr data-testid="payout-row" data-kind=format!("{:?}", p.kind) data-status=format!("{:?}", p.status)>
            <td class="nowrap payout-date" data-label=label(EconomyPageText::ColDate)>{long_date_iso(&p.payout_date, lang)}</td>
            <td class="payout-benefit" data-label=label(EconomyPageText::ColBenefit)>
                <span class="payout-name">{benefits.benefit_name(&p.grant_id).to_owned()}</span>
                {marker.map(|m| view! { " " <Badge kind=BadgeKind::Warning text=i18n.t(m).to_owned() testid="payout-kind"/> })}
                <br/>
                <span class="payout-period" data-testid="payout-period">{period_iso(&p.period_from, &p.period_to, lang)}</span>
                {(!notes.is_empty()).then(|| view! { <span class="payout-note">{notes.join(" ")}</span> })}
            </td>
            <td data-label=label(EconomyPageText::ColStatus)><Badge kind text=i18n.t(status).to_owned() testid="payout-status"/></td>
            <td class="amount" data-label=label(EconomyPageText::ColGross)>{kroner(p.gross, lang)}</td>
            <td class="amount" data-label=label(EconomyPageText::ColTax)>{kroner(p.tax, lang)}</td>
            <td class="amount" data-label=label(EconomyPageText::ColOther)>{(other != Kroner::ZERO).then(|| kroner(other, lang))}</td>
            <td class="amount payout-paid" data-label=label(EconomyPageText::ColPaid) data-testid="payout-paid"><strong>{kroner(p.paid, lang)}</strong></td>
        </tr>
    }
}
