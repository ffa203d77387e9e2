//! The overview's case tile: open cases, recently changed, and cases that wait for the citizen.

use leptos::prelude::*;

use super::cases_href;
use super::logic::dashboard;
use super::query::CaseQuery;
use super::texts::{CaseCount, CaseText};
use crate::api::cases::CaseSummary;
use crate::api::Source;
use crate::components::source_card::SourceCard;
use crate::date::Date;
use crate::shell::routes::Page;
use crate::state::{language::use_i18n, sources::use_sources};

/// The case tile.
#[component]
pub fn CaseTile() -> impl IntoView {
    let i18n = use_i18n();
    let sources = use_sources();
    view! {
        <SourceCard
            heading_id="case-tile-heading"
            heading=i18n.signal(CaseText::TileCasesHeading)
            class="case-tile mb-6"
            testid="case-tile"
            source=Source::Cases
            loaded=move || sources.cases.get()
            on_retry=sources.retry_callback(Source::Cases)
            render=|sourced| view! { <CaseNumbers cases=sourced.data/> }
            link_href=Page::Cases.path()
            link_text=i18n.signal(CaseText::TileSeeAll)
        />
    }
}

/// The tile's three numbers; the waiting cases link to the filtered list.
#[component]
fn CaseNumbers(cases: Vec<CaseSummary>) -> impl IntoView {
    let i18n = use_i18n();
    let numbers = dashboard(&cases, Date::today());
    let waiting_href = cases_href(&CaseQuery {
        awaiting_citizen: true,
        ..CaseQuery::default()
    });
    let waiting = move || i18n.count(CaseCount::Waiting, numbers.awaiting_citizen);
    view! {
        <ul class="unstyled-list case-tile-numbers">
            <li data-testid="tile-open">
                {move || i18n.count(CaseCount::Open, numbers.open)}
            </li>
            <li data-testid="tile-changed">
                {move || i18n.count(CaseCount::Changed, numbers.recently_changed)}
            </li>
            <li data-testid="tile-waiting">
                {if numbers.awaiting_citizen > 0 {
                    view! { <a href=waiting_href>{waiting}</a> }.into_any()
                } else {
                    view! { <span>{waiting}</span> }.into_any()
                }}
            </li>
        </ul>
    }
}
