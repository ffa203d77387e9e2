//! The overview page: one card per area with its key fact, each saying where and when its data
//! was fetched and failing on its own, then the data-sources table.

use leptos::prelude::*;

use super::texts::OverviewText;
use crate::page::{heading::PageHeading, lazy::LazyPart, texts::PageText};
use crate::state::language::use_i18n;

/// The overview page; `cards` draws the sections' cards (the sections' root lists them, so the
/// overview names no other section). Generic, so the `overview` chunk pays for no type erasure.
#[component]
pub fn OverviewPage<F, V>(cards: F) -> impl IntoView
where
    F: Fn() -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let i18n = use_i18n();
    view! {
        <PageHeading text=i18n.signal(PageText::ServiceName)/>
        <p class="font-lead">{move || i18n.t(OverviewText::Intro)}</p>
        {cards()}
        // Below the fold: its code arrives after the cards are on screen.
        <LazyPart load=super::data_sources_view testid="data-sources-error"/>
    }
}
