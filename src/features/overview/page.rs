//! The overview page: one card per area with its key fact, each saying where and when its data
//! was fetched and failing on its own, then the data-sources table.

use leptos::prelude::*;

use super::texts::OverviewText;
use crate::page::{heading::PageHeading, lazy::LazyPart, texts::PageText};
use crate::state::language::use_i18n;

/// The sections' cards on the overview, in order: two wide tiles, then the smaller cards. The
/// sections' root ([`crate::features`]) lists them, so the overview names no other section.
#[derive(Clone, Copy)]
pub struct OverviewCards {
    pub tiles: &'static [fn() -> AnyView],
    pub cards: &'static [fn() -> AnyView],
}

/// The overview page.
#[component]
pub fn OverviewPage(cards: OverviewCards) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading text=i18n.signal(PageText::ServiceName)/>
        <p class="font-lead">{move || i18n.t(OverviewText::Intro)}</p>
        <div class="row overview-tiles">
            {cards.tiles.iter().map(|tile| view! { <div class="col-12 col-md-6">{tile()}</div> }).collect_view()}
        </div>
        <div class="row dashboard-cards">
            {cards
                .cards
                .iter()
                .map(|card| view! { <div class="col-12 col-md-6 col-xl-4 mb-6">{card()}</div> })
                .collect_view()}
        </div>
        // Below the fold: its code arrives after the cards are on screen.
        <LazyPart load=super::data_sources_view testid="data-sources-error"/>
    }
}
