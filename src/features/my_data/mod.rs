//! Mine oplysninger: what CPR holds about the citizen, their home (BBR/DAR), their vehicles
//! (Motorregistret), and "Hent mine data" with the whole export. The page loads from the
//! `my_data` chunk; the overview's card ships with the shell.

pub mod card;
mod download;
pub mod export;
mod housing_view;
mod page;
mod person_view;
pub mod texts;
mod vehicles_view;

use leptos::prelude::*;

use crate::api::common::Address;
use crate::page::routes::Page;

crate::lazy_route!(my_data, MyDataRoutes, Page::MyData, MyDataPage);
use page::MyDataPage;

/// A DAR address on its lines ("Søndergade 31, 1. tv" / "7100 Vejle").
#[component]
fn AddressLines(address: Address, testid: &'static str) -> impl IntoView {
    view! {
        <span class="address" data-testid=testid>
            {address.lines().into_iter().map(|line| view! { {line} <br/> }).collect_view()}
        </span>
    }
}
