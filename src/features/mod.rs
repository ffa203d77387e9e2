//! One folder per section, owning its routes, pages, state, derived logic, texts and its card on
//! the overview. A section's views load from their own wasm chunk when it is first visited (see
//! [`crate::page::lazy`]); the overview's page and cards too (its address preloads them).
//!
//! This root is the one place that names every section: the shell mounts [`SectionRoutes`],
//! [`SectionHosts`] and [`provide_sections`] from here, and the overview gets its cards from
//! here. A section reaches another only through [`crate::page`] (`tests/layers.rs` checks).

pub mod calendar;
pub mod cases;
pub mod data_use;
pub mod digital_post;
pub mod economy;
pub mod gallery;
pub mod my_data;
pub mod news;
pub mod overview;
pub mod search;
pub mod service;
pub mod tasks;
pub mod toolkit;

use leptos::prelude::*;
use leptos_router::any_nested_route::IntoAnyNestedRoute;

use crate::page::lazy::LazyPart;
use crate::state::api_settings::ApiSettings;

crate::lazy_view!(
    event_cards,
    fn event_cards_view() {
        view! {
            <div class="col-12 col-md-6 col-xl-4 mb-6"><tasks::card::TasksCard/></div>
            <div class="col-12 col-md-6 col-xl-4 mb-6"><news::card::NewsCard/></div>
        }
    }
);

crate::lazy_view!(
    overview,
    fn overview_view() {
        view! { <overview::OverviewPage cards=overview_cards/> }
    }
);

/// The overview's cards, each from its section: two wide tiles, then the smaller cards, the
/// last two (across sources) from the `event_cards` chunk.
fn overview_cards() -> impl IntoView {
    view! {
        <div class="row overview-tiles">
            <div class="col-12 col-md-6"><cases::card::CaseTile/></div>
            <div class="col-12 col-md-6"><economy::card::NextPaymentCard/></div>
        </div>
        <div class="row dashboard-cards">
            <div class="col-12 col-md-6 col-xl-4 mb-6"><digital_post::card::PostCard/></div>
            <div class="col-12 col-md-6 col-xl-4 mb-6"><economy::card::TaxSummaryCard/></div>
            <div class="col-12 col-md-6 col-xl-4 mb-6"><my_data::card::PersonCard/></div>
            <div class="col-12 col-md-6 col-xl-4 mb-6"><my_data::card::VehiclesCard/></div>
            <div class="col-12 col-md-6 col-xl-4 mb-6"><data_use::card::LookupsCard/></div>
            // Across sources (what awaits the citizen, what is new): their code is a chunk of
            // its own, loaded once the first view is on screen.
            <LazyPart load=event_cards_view testid="event-cards-error"/>
        </div>
    }
}

/// The sections' contexts that outlive a page: the toolkit (its transport goes in before any
/// source reads, so call this first), the read marks and the withdrawn consents.
pub fn provide_sections(settings: ApiSettings) {
    toolkit::provide_toolkit(settings);
    digital_post::state::provide_read_marks();
    data_use::state::provide_withdrawals();
}

/// Every section's routes.
#[component(transparent)]
pub fn SectionRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! {
        <overview::OverviewRoutes view=overview_view/>
        <cases::CaseRoutes/>
        <economy::EconomyRoutes/>
        <my_data::MyDataRoutes/>
        <digital_post::DigitalPostRoutes/>
        <data_use::DataUseRoutes/>
        <tasks::TaskRoutes/>
        <news::NewsRoutes/>
        <calendar::CalendarRoutes/>
        <search::SearchRoutes/>
        <toolkit::ToolkitRoutes/>
        <service::ServiceRoutes/>
        <gallery::GalleryRoutes/>
    }
    .into_inner()
    .into_any_nested_route()
}

/// What sections show outside the page: the facilitator panel and the task bar.
#[component]
pub fn SectionHosts() -> impl IntoView {
    view! { <toolkit::host::ToolkitHost/> }
}
