//! The home as BBR and DAR register it. Code-list values are shown as BBR words them, in Danish.

use leptos::prelude::*;

use super::texts::MyDataPageText;
use super::AddressLines;
use crate::api::housing::{BbrCode, Housing};
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::state::language::use_i18n;

/// The housing facts.
#[component]
pub fn HousingView(housing: Housing) -> impl IntoView {
    let i18n = use_i18n();
    let row = move |label: MyDataPageText, value: AnyView| SummaryRow {
        label: i18n.signal(label),
        value,
    };
    let code = |code: BbrCode| view! { <em lang="da">{code.text}</em> }.into_any();
    let maybe = move |value: Option<BbrCode>| match value {
        Some(value) => code(value),
        None => view! { {move || i18n.t(MyDataPageText::NotRegistered)} }.into_any(),
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
            MyDataPageText::Address,
            view! { <AddressLines address testid="housing-address"/> }.into_any(),
        ));
        rows.push(row(MyDataPageText::Bfe, plain(bfe)));
    }
    rows.extend([
        row(MyDataPageText::BuildingUse, code(building.usage)),
        row(
            MyDataPageText::BuiltYear,
            plain(building.built_year.to_string()),
        ),
    ]);
    if let Some(year) = building.rebuilt_year {
        rows.push(row(MyDataPageText::RebuiltYear, plain(year.to_string())));
    }
    rows.extend([
        row(MyDataPageText::Floors, plain(building.floors.to_string())),
        row(MyDataPageText::Heating, code(building.heating)),
        row(MyDataPageText::HeatingFuel, maybe(building.heating_fuel)),
        row(MyDataPageText::ExtraHeating, maybe(building.extra_heating)),
        row(MyDataPageText::UnitUse, code(unit.usage)),
        row(MyDataPageText::TotalArea, area(unit.total_area)),
        row(MyDataPageText::ResidentialArea, area(unit.residential_area)),
        row(MyDataPageText::Rooms, plain(unit.rooms.to_string())),
        row(MyDataPageText::Toilet, code(unit.toilet)),
        row(MyDataPageText::Bath, code(unit.bath)),
        row(MyDataPageText::Kitchen, code(unit.kitchen)),
    ]);
    view! {
        {protected.then(|| view! {
            <p class="housing-protected" data-testid="housing-protected">
                {move || i18n.t(MyDataPageText::HousingProtected)}
            </p>
        })}
        <SummaryList rows testid="housing-facts"/>
        <p class="form-hint">{move || i18n.t(MyDataPageText::BbrWording)}</p>
    }
}
