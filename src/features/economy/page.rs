//! The economy page: the next payment after tax and how it is worked out, what was paid this
//! year and last, the monthly chart, every payout, the benefits behind them, tax and debt. Each
//! source (benefit index, Skattestyrelsen, Gældsstyrelsen) loads and fails on its own.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::benefit_list::BenefitList;
use super::chart::PayoutChart;
use super::debt_view::DebtView;
use super::logic::{combine, monthly_paid, Benefits};
use super::next_payment::{NextPaymentFigures, PaidByYear};
use super::payout_table::PayoutTable;
use super::query::EconomyQuery;
use super::tax_view::TaxView;
use super::terms::{Terms, PAYMENT_TERMS, TAX_TERMS};
use super::texts::{EconomyPageText, EconomyText};
use crate::api::{Source, SourceInfo};
use crate::components::{
    section_error::source_section,
    source_note::{SourceDetails, SourceNote},
    sourced_section::SourcedSection,
};
use crate::page::heading::PageHeading;
use crate::page::routes::Page;
use crate::state::{clock::use_clock, language::use_i18n, sources::use_sources};

/// The economy page.
#[component]
pub fn EconomyPage() -> impl IntoView {
    let i18n = use_i18n();
    let sources = use_sources();
    let params = use_query_map();
    let query =
        Memo::new(move |_| params.with(|map| EconomyQuery::from_params(|name| map.get(name))));
    let benefits = Memo::new(move |_| combine(sources.grants.get(), sources.payouts.get()));
    view! {
        <PageHeading text=i18n.signal(Page::Economy.title_text())/>
        <p class="font-lead">{move || i18n.t(EconomyPageText::Intro)}</p>
        <section aria-labelledby="benefits-heading" class="lead-section" data-testid="economy-benefits">
            {move || source_section(
                Source::Benefits,
                benefits.get(),
                sources.retry_callback(Source::Benefits),
                |sourced| view! { <BenefitSections benefits=sourced.data source=sourced.source query/> },
            )}
        </section>
        <SourcedSection
            heading_id="tax-heading"
            heading=i18n.signal(EconomyText::TaxHeading)
            class="mt-8"
            testid="economy-tax"
            source=Source::Tax
            loaded=move || sources.tax.get()
            render=|tax| view! { <Terms terms=TAX_TERMS testid="tax-terms"/> <TaxView tax/> }
        />
        <SourcedSection
            heading_id="debt-heading"
            heading=i18n.signal(EconomyPageText::DebtHeading)
            class="mt-8"
            testid="economy-debt"
            source=Source::Debt
            loaded=move || sources.debt.get()
            render=|debt| view! { <DebtView debt/> }
        />
    }
}

/// Everything from the benefit index: next payment, grants, chart and payouts.
#[component]
fn BenefitSections(
    benefits: Benefits,
    source: SourceInfo,
    query: Memo<EconomyQuery>,
) -> impl IntoView {
    let i18n = use_i18n();
    let months = monthly_paid(&benefits, use_clock().today());
    let grants = benefits.grants.clone();
    let has_payouts = !benefits.payouts.is_empty();
    let stored = StoredValue::new(benefits.clone());
    view! {
        <div class="next-payment-box mb-6" data-testid="economy-next-payment">
            <h2 id="benefits-heading" class="h3">{move || i18n.t(EconomyText::NextHeading)}</h2>
            <NextPaymentFigures benefits=benefits.clone()/>
        </div>
        {has_payouts.then(|| view! {
            <h2 class="mt-8">{move || i18n.t(EconomyPageText::PaidHeading)}</h2>
            <PaidByYear benefits=benefits.clone()/>
            <h3 class="mt-6">{move || i18n.t(EconomyPageText::ChartHeading)}</h3>
            <PayoutChart benefits months/>
            <h2 class="mt-8">{move || i18n.t(EconomyPageText::PayoutsHeading)}</h2>
            <Terms terms=PAYMENT_TERMS testid="economy-terms"/>
            <PayoutTable benefits=stored query/>
        })}
        <h2 class="mt-8">{move || i18n.t(EconomyPageText::BenefitsHeading)}</h2>
        <BenefitList grants/>
        <p class="source-line"><SourceNote info=source.clone()/></p>
        <SourceDetails info=source/>
    }
}
