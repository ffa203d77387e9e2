//! Skattestyrelsen's figures: the tax card, the preliminary assessment and the last annual statement.

use leptos::prelude::*;

use super::texts::{
    preliminary_heading, statement_heading, tax_card_name, EconomyPageText, EconomyText,
};
use crate::api::common::Kroner;
use crate::api::tax::{StatementResult, TaxCardKind, TaxOverview};
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::format::{kroner, long_date_iso};
use crate::state::language::use_i18n;

/// The tax overview.
#[component]
pub fn TaxView(tax: TaxOverview) -> impl IntoView {
    let i18n = use_i18n();
    let money = move |amount: Kroner| {
        view! { <span class="amount">{move || kroner(amount, i18n.lang())}</span> }.into_any()
    };
    let text = move |label: Signal<String>, value: Signal<String>| SummaryRow {
        label,
        value: view! { {value} }.into_any(),
    };
    let card = tax.tax_card.clone();
    let kind = tax_card_name(card.kind);
    let left_label = match card.kind {
        TaxCardKind::FreeCard => EconomyPageText::FreeCardLeft,
        TaxCardKind::Main | TaxCardKind::Secondary => EconomyPageText::FreeLeft,
    };
    let rate = card.withholding_rate;
    let card_rows = vec![
        text(
            i18n.signal(EconomyPageText::TaxCardLabel),
            i18n.signal(kind),
        ),
        text(
            i18n.signal(EconomyText::WithholdingRate),
            Signal::stored(format!("{rate} %")),
        ),
        SummaryRow {
            label: i18n.signal(EconomyText::MonthlyDeduction),
            value: money(card.monthly_deduction),
        },
        SummaryRow {
            label: i18n.signal(left_label),
            value: money(card.free_amount_left),
        },
    ];
    let p = tax.preliminary.clone();
    let preliminary_rows = vec![
        SummaryRow {
            label: i18n.signal(EconomyPageText::PersonalIncome),
            value: money(p.personal_income),
        },
        SummaryRow {
            label: i18n.signal(EconomyPageText::Deductions),
            value: money(p.deductions),
        },
        SummaryRow {
            label: i18n.signal(EconomyPageText::ExpectedTax),
            value: money(p.expected_tax),
        },
    ];
    let year = tax.income_year;
    let statement = tax.annual_statement.clone().map(|s| {
        let (result, due_label) = match s.result {
            StatementResult::Owed => (EconomyPageText::StatementOwed, EconomyPageText::DueOwed),
            StatementResult::Refund => {
                (EconomyPageText::StatementRefund, EconomyPageText::DueRefund)
            }
            StatementResult::Even => (EconomyPageText::StatementEven, EconomyPageText::DueRefund),
        };
        let mut rows = vec![text(
            i18n.signal(EconomyPageText::StatementResult),
            i18n.signal(result),
        )];
        if s.result != StatementResult::Even {
            rows.push(SummaryRow {
                label: i18n.signal(result),
                value: money(s.amount),
            });
        }
        if let Some(due) = s.due.clone() {
            rows.push(text(
                i18n.signal(due_label),
                Signal::derive(move || long_date_iso(&due, i18n.lang())),
            ));
        }
        (s.year, rows)
    });
    view! {
        <div data-testid="tax">
            <SummaryList rows=card_rows testid="tax-card"/>
            <h3 class="h4">{move || preliminary_heading(i18n.lang(), year)}</h3>
            <SummaryList rows=preliminary_rows testid="tax-preliminary"/>
            {match statement {
                Some((statement_year, rows)) => view! {
                    <h3 class="h4">{move || statement_heading(i18n.lang(), statement_year)}</h3>
                    <SummaryList rows testid="tax-statement"/>
                }.into_any(),
                None => view! { <p>{move || i18n.t(EconomyPageText::NoStatement)}</p> }.into_any(),
            }}
        </div>
    }
}
