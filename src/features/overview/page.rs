//! The overview page: one card per area with its key fact, each saying where and when its data
//! was fetched and failing on its own, then the data-sources table.

use leptos::prelude::*;

use super::texts::OverviewText;
use crate::features::{
    cases::tile::CaseTile,
    data_use::card::LookupsCard,
    digital_post::card::PostCard,
    economy::{next_payment::NextPaymentCard, tax_card::TaxCard},
    my_data::card::{PersonCard, VehiclesCard},
};
use crate::shell::{lazy::LazyPart, page_heading::PageHeading, texts::ShellText};
use crate::state::language::use_i18n;

/// The overview page.
#[component]
pub fn OverviewPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading text=i18n.signal(ShellText::ServiceName)/>
        <p class="font-lead">{move || i18n.t(OverviewText::Intro)}</p>
        <div class="row overview-tiles">
            <div class="col-12 col-md-6"><CaseTile/></div>
            <div class="col-12 col-md-6"><NextPaymentCard/></div>
        </div>
        <div class="row dashboard-cards">
            <div class="col-12 col-md-6 col-xl-4 mb-6"><PostCard/></div>
            <div class="col-12 col-md-6 col-xl-4 mb-6"><TaxCard/></div>
            <div class="col-12 col-md-6 col-xl-4 mb-6"><PersonCard/></div>
            <div class="col-12 col-md-6 col-xl-4 mb-6"><VehiclesCard/></div>
            <div class="col-12 col-md-6 col-xl-4 mb-6"><LookupsCard/></div>
        </div>
        // Below the fold: its code arrives after the cards are on screen.
        <LazyPart load=super::data_sources_view testid="data-sources-error"/>
    }
}
