//! The overview's cards for CPR (the address, or that it is protected) and Motorregistret.

use leptos::prelude::*;

use super::texts::{next_inspection_line, MyDataCount, MyDataText};
use crate::api::Source;
use crate::components::dashboard_card::{card_state, DashboardCard, Fact, Facts};
use crate::format::long_date_iso;
use crate::i18n::{Counted, Text};
use crate::page::routes::Page;
use crate::state::{acting::use_acting, language::use_i18n, sources::use_sources};

/// The address as CPR has it; a protected address is never shown.
#[component]
pub fn PersonCard() -> impl IntoView {
    let i18n = use_i18n();
    let acting = use_acting();
    let sources = use_sources();
    let state = Signal::derive(move || {
        let lang = i18n.lang();
        card_state(sources.person.get(), |person| match person.address {
            Some(address) => {
                let mut lines = address.lines().into_iter();
                Facts {
                    figure: Fact::text("person-card-address", lines.next().unwrap_or_default()),
                    lines: lines.map(|line| Fact::text("", line)).collect(),
                }
            }
            None => Facts {
                figure: Fact::text(
                    "person-card-protected",
                    MyDataText::ProtectedHeading.text(lang).to_owned(),
                ),
                lines: Vec::new(),
            },
        })
    });
    view! {
        <DashboardCard
            heading=Signal::derive(move || {
                let lang = i18n.lang();
                acting.whose(lang, i18n.t(MyDataText::CardAddress), i18n.t(MyDataText::AddressNoun))
            })
            class="dashboard-card"
            testid="person-card"
            source=Source::Person
            state
            href=Page::MyData.path()
            link_text=i18n.signal(MyDataText::SeeMyData)
        />
    }
}

/// How many vehicles, and the next periodic inspection among them.
#[component]
pub fn VehiclesCard() -> impl IntoView {
    let i18n = use_i18n();
    let acting = use_acting();
    let sources = use_sources();
    let state = Signal::derive(move || {
        let lang = i18n.lang();
        card_state(sources.vehicles.get(), |vehicles| {
            let next = vehicles
                .iter()
                .filter_map(|v| v.next_inspection.clone())
                .min();
            Facts {
                figure: Fact::text(
                    "vehicles-card-count",
                    MyDataCount::Vehicles.count(lang, vehicles.len()),
                ),
                lines: next
                    .map(|date| {
                        Fact::text(
                            "vehicles-card-inspection",
                            next_inspection_line(lang, &long_date_iso(&date, lang)),
                        )
                    })
                    .into_iter()
                    .collect(),
            }
        })
    });
    view! {
        <DashboardCard
            heading=Signal::derive(move || {
                let lang = i18n.lang();
                acting.whose(lang, i18n.t(MyDataText::VehiclesHeading), i18n.t(MyDataText::VehiclesNoun))
            })
            class="dashboard-card"
            testid="vehicles-card"
            source=Source::Vehicles
            state
            href=Page::MyData.path()
            link_text=i18n.signal(MyDataText::SeeVehicles)
        />
    }
}
