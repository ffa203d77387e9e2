//! Overblik: the front page and the first view. It ships with the shell (no chunk to wait for):
//! the case tile, a card per section, and where every piece of data comes from.

mod data_sources;
mod page;
pub mod texts;

use leptos::prelude::*;
use leptos_router::{components::Route, path};

pub use page::OverviewPage;

crate::lazy_view!(
    overview_sources,
    fn data_sources_view() {
        view! { <data_sources::DataSources/> }
    }
);

/// The overview's route: the root (`Page::Overview.path()` is "/", checked by a test).
#[component(transparent)]
pub fn OverviewRoutes<V: IntoView + 'static>(
    cards: fn() -> V,
) -> impl leptos_router::MatchNestedRoutes + Clone {
    view! { <Route path=path!("/") view=move || view! { <OverviewPage cards/> }/> }.into_inner()
}
