//! The overview's cards for CPR (the address, or that it is protected) and Motorregistret.

use leptos::prelude::*;

use super::texts::{next_inspection_line, MyDataCount, MyDataText};
use crate::api::person::Person;
use crate::api::vehicles::Vehicle;
use crate::api::Source;
use crate::components::source_card::SourceCard;
use crate::format::long_date_iso;
use crate::shell::routes::Page;
use crate::state::{language::use_i18n, sources::use_sources};

/// The address as CPR has it; a protected address is never shown.
#[component]
pub fn PersonCard() -> impl IntoView {
    let i18n = use_i18n();
    let sources = use_sources();
    view! {
        <SourceCard
            heading_id="person-card-heading"
            heading=i18n.signal(MyDataText::CardAddress)
            class="dashboard-card"
            testid="person-card"
            source=Source::Person
            loaded=move || sources.person.get()
            on_retry=sources.retry_callback(Source::Person)
            render=|sourced| view! { <AddressFigure person=sourced.data/> }
            link_href=Page::MyData.path()
            link_text=i18n.signal(MyDataText::SeeMyData)
        />
    }
}

#[component]
fn AddressFigure(person: Person) -> impl IntoView {
    let i18n = use_i18n();
    match person.address {
        Some(address) => view! {
            <p class="dashboard-figure" data-testid="person-card-address">
                {address.lines().into_iter().map(|line| view! { {line} <br/> }).collect_view()}
            </p>
        }
        .into_any(),
        None => view! {
            <p class="dashboard-figure" data-testid="person-card-protected">
                {move || i18n.t(MyDataText::ProtectedHeading)}
            </p>
        }
        .into_any(),
    }
}

/// How many vehicles, and the next periodic inspection among them.
#[component]
pub fn VehiclesCard() -> impl IntoView {
    let i18n = use_i18n();
    let sources = use_sources();
    view! {
        <SourceCard
            heading_id="vehicles-card-heading"
            heading=i18n.signal(MyDataText::VehiclesHeading)
            class="dashboard-card"
            testid="vehicles-card"
            source=Source::Vehicles
            loaded=move || sources.vehicles.get()
            on_retry=sources.retry_callback(Source::Vehicles)
            render=|sourced| view! { <VehicleFigures vehicles=sourced.data/> }
            link_href=Page::MyData.path()
            link_text=i18n.signal(MyDataText::SeeVehicles)
        />
    }
}

#[component]
fn VehicleFigures(vehicles: Vec<Vehicle>) -> impl IntoView {
    let i18n = use_i18n();
    let count = vehicles.len();
    let next = vehicles
        .iter()
        .filter_map(|v| v.next_inspection.clone())
        .min();
    view! {
        <p class="dashboard-figure" data-testid="vehicles-card-count">
            {move || i18n.count(MyDataCount::Vehicles, count)}
        </p>
        {next.map(|date| view! {
            <p>{move || next_inspection_line(i18n.lang(), &long_date_iso(&date, i18n.lang()))}</p>
        })}
    }
}
