//! The page: CPR, BBR/DAR and Motorregistret, each loading and failing on its own, then the
//! download and print actions.

use leptos::prelude::*;

use super::download::DownloadData;
use super::housing_view::HousingView;
use super::person_view::PersonView;
use super::texts::{MyDataPageText, MyDataText};
use super::vehicles_view::VehiclesView;
use crate::api::Source;
use crate::components::sourced_section::SourcedSection;
use crate::page::heading::PageHeading;
use crate::page::routes::Page;
use crate::state::{language::use_i18n, sources::use_sources};

/// Mine oplysninger.
#[component]
pub fn MyDataPage() -> impl IntoView {
    let i18n = use_i18n();
    let sources = use_sources();
    view! {
        <PageHeading text=i18n.signal(Page::MyData.title_text())/>
        <p class="font-lead">{move || i18n.t(MyDataPageText::Intro)}</p>
        <SourcedSection
            heading_id="person-heading"
            heading=i18n.signal(MyDataPageText::PersonHeading)
            class="lead-section"
            testid="my-data-person"
            source=Source::Person
            loaded=move || sources.person.get()
            render=|person| view! { <PersonView person/> }
        />
        <SourcedSection
            heading_id="housing-heading"
            heading=i18n.signal(MyDataPageText::HousingHeading)
            class="mt-8"
            testid="my-data-housing"
            source=Source::Housing
            loaded=move || sources.housing.get()
            render=|housing| view! { <HousingView housing/> }
        />
        <SourcedSection
            heading_id="vehicles-heading"
            heading=i18n.signal(MyDataText::VehiclesHeading)
            class="mt-8"
            testid="my-data-vehicles"
            source=Source::Vehicles
            loaded=move || sources.vehicles.get()
            render=|vehicles| view! { <VehiclesView vehicles/> }
        />
        <DownloadData/>
    }
}
