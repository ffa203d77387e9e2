//! Overblik: the front page. The case tile, a card per section, and where every piece of data
//! comes from. Its page and cards are the `overview` chunk, which the overview's address
//! preloads with the main module, so the other pages do not carry them.

mod data_sources;
mod page;
pub mod texts;

use leptos::prelude::*;
use leptos_router::{components::Route, path};

use crate::page::lazy::{Lazy, ViewLoader};

pub use page::OverviewPage;

crate::lazy_view!(
    overview_sources,
    fn data_sources_view() {
        view! { <data_sources::DataSources/> }
    }
);

/// The overview's route: the root (`Page::Overview.path()` is "/", checked by a test). `view`
/// loads the page with the sections' cards (the sections' root names them) from its chunk.
#[component(transparent)]
pub fn OverviewRoutes(view: ViewLoader) -> impl leptos_router::MatchNestedRoutes + Clone {
    let view = Lazy(view);
    view! { <Route path=path!("/") view/> }.into_inner()
}
