//! The economy's cards on the overview: the next payment, and the tax card with this year's result.
//! They ship in the `overview` chunk with the other cards (the first page after login), so they
//! stay small.

use leptos::prelude::*;

use super::logic::{combine, next_payment};
use super::texts::{next_line, tax_card_name, EconomyText};
use crate::api::Source;
use crate::components::dashboard_card::{card_state, DashboardCard, Fact, Facts};
use crate::format::{kroner, long_date};
use crate::i18n::Text;
use crate::page::routes::Page;
use crate::state::{clock::use_clock, language::use_i18n, sources::use_sources};

/// The overview's card with the next payment and a link to the economy page.
#[component]
pub fn NextPaymentCard() -> impl IntoView {
    let i18n = use_i18n();
    let sources = use_sources();
    let clock = use_clock();
    let state = Signal::derive(move || {
        let lang = i18n.lang();
        card_state(
            combine(sources.grants.get(), sources.payouts.get()),
            |benefits| match next_payment(&benefits, clock.today()) {
                None => Facts {
                    figure: Fact::text(
                        "next-payment-none",
                        EconomyText::NextNone.text(lang).to_owned(),
                    ),
                    lines: Vec::new(),
                },
                Some(next) => Facts {
                    figure: Fact::text("next-payment-total", kroner(next.total, lang)),
                    lines: [
                        Fact::text(
                            "next-payment-date",
                            next_line(lang, &long_date(next.date, lang)),
                        ),
                        Fact::text(
                            "next-payment-after-tax",
                            EconomyText::NextAfterTax.text(lang).to_owned(),
                        ),
                    ]
                    .into_iter()
                    .chain(next.lines.iter().map(|(name, payout)| {
                        Fact::text(
                            "next-payment-line",
                            format!("{name}: {}", kroner(payout.paid, lang)),
                        )
                    }))
                    .collect(),
                },
            },
        )
    });
    view! {
        <DashboardCard
            heading=i18n.signal(EconomyText::NextHeading)
            class="next-payment-card mb-6"
            testid="next-payment-card"
            source=Source::Benefits
            state
            href=Page::Economy.path()
            link_text=i18n.signal(EconomyText::SeeEconomy)
        />
    }
}

/// The tax card.
#[component]
pub fn TaxSummaryCard() -> impl IntoView {
    let i18n = use_i18n();
    let sources = use_sources();
    let state = Signal::derive(move || {
        let lang = i18n.lang();
        card_state(sources.tax.get(), |tax| {
            let card = tax.tax_card;
            let kind = tax_card_name(card.kind);
            Facts {
                figure: Fact::text("tax-card-kind", kind.text(lang).to_owned()),
                lines: vec![
                    Fact::text(
                        "tax-card-rate",
                        format!(
                            "{}: {} %",
                            EconomyText::WithholdingRate.text(lang),
                            card.withholding_rate
                        ),
                    ),
                    Fact::text(
                        "tax-card-deduction",
                        format!(
                            "{}: {}",
                            EconomyText::MonthlyDeduction.text(lang),
                            kroner(card.monthly_deduction, lang)
                        ),
                    ),
                ],
            }
        })
    });
    view! {
        <DashboardCard
            heading=i18n.signal(EconomyText::TaxHeading)
            class="dashboard-card"
            testid="tax-card"
            source=Source::Tax
            state
            href=Page::Economy.path()
            link_text=i18n.signal(EconomyText::SeeEconomy)
        />
    }
}
