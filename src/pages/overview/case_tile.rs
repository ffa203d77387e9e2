//! The overview's case tile: open cases, recently changed, and cases that wait for the citizen.

use leptos::prelude::*;

use crate::api::cases::CaseSummary;
use crate::api::Source;
use crate::components::source_status::source_section;
use crate::date::Date;
use crate::i18n::Key;
use crate::routes::{cases_href, Page};
use crate::state::case_query::CaseQuery;
use crate::state::cases::dashboard;
use crate::state::{
    language::{use_i18n, I18n},
    sources::use_sources,
};

/// Picks the singular or plural text and fills in the count.
fn counted(i18n: I18n, count: usize, one: Key, many: Key) -> String {
    if count == 1 {
        i18n.t(one).to_owned()
    } else {
        i18n.fill(many, &[("antal", &count.to_string())])
    }
}

/// The case tile.
#[component]
pub fn CaseTile() -> impl IntoView {
    let i18n = use_i18n();
    let sources = use_sources();
    view! {
        <section class="card case-tile mb-6" aria-labelledby="case-tile-heading" data-testid="case-tile">
            <div class="card-content">
                <h2 id="case-tile-heading" class="card-heading">{move || i18n.t(Key::TileCasesHeading)}</h2>
                {move || source_section(
                    Source::Cases,
                    sources.cases.get(),
                    sources.retry_callback(Source::Cases),
                    |sourced| view! { <CaseNumbers cases=sourced.data/> },
                )}
                <p class="mt-4">
                    <a href=Page::Cases.path() class="function-link">{move || i18n.t(Key::TileSeeAll)}</a>
                </p>
            </div>
        </section>
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
    let waiting = move || {
        counted(
            i18n,
            numbers.awaiting_citizen,
            Key::TileWaitingOne,
            Key::TileWaitingMany,
        )
    };
    view! {
        <ul class="unstyled-list case-tile-numbers">
            <li data-testid="tile-open">
                {move || counted(i18n, numbers.open, Key::TileOpenOne, Key::TileOpenMany)}
            </li>
            <li data-testid="tile-changed">
                {move || counted(i18n, numbers.recently_changed, Key::TileChangedOne, Key::TileChangedMany)}
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
