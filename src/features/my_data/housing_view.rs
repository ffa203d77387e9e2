//! The home as BBR and DAR register it. Code-list values are shown as BBR words them, in Danish.

use leptos::prelude::*;

use super::texts::MyDataText;
use super::AddressLines;
use crate::api::housing::{BbrCode, Housing};
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::state::language::use_i18n;

/// The housing facts.
#[component]
pub fn HousingView(housing: Housing) -> impl IntoView {
    let i18n = use_i18n();
    let row = move |label: MyDataText, value: AnyView| SummaryRow {
        label: i18n.signal(label),
        value,
    };
    let code = |code: BbrCode| view! { <em lang="da">{code.text}</em> }.into_any();
    let maybe = move |value: Option<BbrCode>| match value {
        Some(value) => code(value),
        None => view! { {move || i18n.t(MyDataText::NotRegistered)} }.into_any(),
    };
    let plain = |value: String| view! { {value} }.into_any();
    let area = |m2: u32| view! { {m2} " m²" }.into_any();
    let Housing {
        address,
        bfe_number,
        building,
        unit,
        ..
    } = housing;
    let protected = address.is_none();
    let mut rows = Vec::new();
    if let (Some(address), Some(bfe)) = (address, bfe_number) {
        rows.push(row(
            MyDataText::Address,
            view! { <AddressLines address testid="housing-address"/> }.into_any(),
        ));
        rows.push(row(MyDataText::Bfe, plain(bfe)));
    }
    rows.extend([
        row(MyDataText::BuildingUse, code(building.usage)),
        row(
            MyDataText::BuiltYear,
            plain(building.built_year.to_string()),
        ),
    ]);
    if let Some(year) = building.rebuilt_year {
        rows.push(row(MyDataText::RebuiltYear, plain(year.to_string())));
    }
    rows.extend([
        row(MyDataText::Floors, plain(building.floors.to_string())),
        row(MyDataText::Heating, code(building.heating)),
        row(MyDataText::HeatingFuel, maybe(building.heating_fuel)),
        row(MyDataText::ExtraHeating, maybe(building.extra_heating)),
        row(MyDataText::UnitUse, code(unit.usage)),
        row(MyDataText::TotalArea, area(unit.total_area)),
        row(MyDataText::ResidentialArea, area(unit.residential_area)),
        row(MyDataText::Rooms, plain(unit.rooms.to_string())),
        row(MyDataText::Toilet, code(unit.toilet)),
        row(MyDataText::Bath, code(unit.bath)),
        row(MyDataText::Kitchen, code(unit.kitchen)),
    ]);
    view! {
        {protected.then(|| view! {
            <p class="housing-protected" data-testid="housing-protected">
                {move || i18n.t(MyDataText::HousingProtected)}
            </p>
        })}
        <SummaryList rows testid="housing-facts"/>
        <p class="form-hint">{move || i18n.t(MyDataText::BbrWording)}</p>
    }
}
