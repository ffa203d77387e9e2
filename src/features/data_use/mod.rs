//! Dine data: how the citizen's data is reused across authorities (a map and a table), who
//! looked it up and why (the access log), consents the citizen can withdraw, powers of attorney,
//! and choosing whom to act for. The pages load from the `data_use` chunk; the overview's card
//! and the session's withdrawals ship with the shell.

mod act_for;
mod attorney;
pub mod card;
mod consents;
mod log;
pub mod logic;
mod page;
pub mod query;
mod reuse_map;
pub mod state;
pub mod texts;

use leptos::prelude::*;
use leptos_router::{any_nested_route::IntoAnyNestedRoute, components::Route};

use crate::page::{lazy::Lazy, routes::Page};

crate::lazy_view!(
    data_use,
    fn page_view() {
        view! { <page::DataUsePage/> }
    }
);

// The reuse map, the page's largest part, in a chunk of its own (it arrives with the page's
// data; the log below it is there first).
crate::lazy_view!(
    reuse_map,
    fn reuse_map_view() {
        view! { <reuse_map::ReuseMapFromPage/> }
    }
);

crate::lazy_view!(
    data_use,
    fn act_for_view() {
        view! { <act_for::ActForPage/> }
    }
);

/// The section's routes, each loading the section's chunk.
#[component(transparent)]
pub fn DataUseRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! {
        <Route path=Page::DataUse.segment() view=Lazy(page_view)/>
        <Route path=Page::ActFor.segment() view=Lazy(act_for_view)/>
    }
    .into_inner()
    .into_any_nested_route()
}
