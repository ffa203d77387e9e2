//! The overview's tax card: the kind of tax card, the withholding rate and the monthly deduction.
//! Ships with the shell.

use leptos::prelude::*;

use super::texts::{tax_card_name, EconomyText};
use crate::api::Source;
use crate::components::dashboard_card::{card_state, DashboardCard, Fact, Facts};
use crate::format::kroner;
use crate::i18n::Text;
use crate::shell::routes::Page;
use crate::state::{language::use_i18n, sources::use_sources};

/// The tax card.
#[component]
pub fn TaxCard() -> impl IntoView {
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
            page=Page::Economy
            link_text=i18n.signal(EconomyText::SeeEconomy)
        />
    }
}
