//! The overview's tax card: the kind of tax card, the withholding rate and the monthly deduction.
//! Ships with the shell.

use leptos::prelude::*;

use super::texts::EconomyText;
use crate::api::tax::{TaxCardKind, TaxOverview};
use crate::api::Source;
use crate::components::source_card::SourceCard;
use crate::format::kroner;
use crate::shell::routes::Page;
use crate::state::{language::use_i18n, sources::use_sources};

/// The tax card.
#[component]
pub fn TaxCard() -> impl IntoView {
    let i18n = use_i18n();
    let sources = use_sources();
    view! {
        <SourceCard
            heading_id="tax-card-heading"
            heading=i18n.signal(EconomyText::TaxHeading)
            class="dashboard-card"
            testid="tax-card"
            source=Source::Tax
            loaded=move || sources.tax.get()
            on_retry=sources.retry_callback(Source::Tax)
            render=|sourced| view! { <TaxFigures tax=sourced.data/> }
            link_href=Page::Economy.path()
            link_text=i18n.signal(EconomyText::SeeEconomy)
        />
    }
}

#[component]
fn TaxFigures(tax: TaxOverview) -> impl IntoView {
    let i18n = use_i18n();
    let card = tax.tax_card;
    let kind = match card.kind {
        TaxCardKind::Main => EconomyText::CardMain,
        TaxCardKind::Secondary => EconomyText::CardSecondary,
        TaxCardKind::FreeCard => EconomyText::CardFree,
    };
    let rate = card.withholding_rate;
    let deduction = card.monthly_deduction;
    view! {
        <p class="dashboard-figure" data-testid="tax-card-kind">
            {move || i18n.t(kind)}
        </p>
        <p data-testid="tax-card-rate">{move || i18n.t(EconomyText::WithholdingRate)} ": " {rate} " %"</p>
        <p>
            {move || i18n.t(EconomyText::MonthlyDeduction)} ": "
            <span class="nowrap">{move || kroner(deduction, i18n.lang())}</span>
        </p>
    }
}
