//! The vehicles registered to the citizen in Motorregistret, as owner or user.

use leptos::prelude::*;

use super::texts::MyDataPageText;
use crate::api::vehicles::{Vehicle, VehicleRole};
use crate::components::data_table::DataTable;
use crate::format::long_date_iso;
use crate::state::language::use_i18n;

/// The vehicles as a table, or that there are none.
#[component]
pub fn VehiclesView(vehicles: Vec<Vehicle>) -> impl IntoView {
    let i18n = use_i18n();
    if vehicles.is_empty() {
        return view! { <p data-testid="vehicles-none">{move || i18n.t(MyDataPageText::NoVehicles)}</p> }
            .into_any();
    }
    let header = move |text: MyDataPageText| view! { <th scope="col">{move || i18n.t(text)}</th> };
    view! {
        <DataTable caption=i18n.signal(MyDataPageText::VehiclesCaption) testid="vehicles">
            <thead>
                <tr>
                    {header(MyDataPageText::Registration)}
                    {header(MyDataPageText::MakeModel)}
                    {header(MyDataPageText::FirstRegistered)}
                    {header(MyDataPageText::Role)}
                    {header(MyDataPageText::NextInspection)}
                </tr>
            </thead>
            <tbody>
                {vehicles
                    .into_iter()
                    .map(|vehicle| {
                        let role = match vehicle.role {
                            VehicleRole::Owner => MyDataPageText::Owner,
                            VehicleRole::User => MyDataPageText::User,
                        };
                        let first = vehicle.first_registered.clone();
                        let next = vehicle.next_inspection.clone();
                        view! {
                            <tr>
                                <th scope="row" class="nowrap">{vehicle.registration}</th>
                                <td>{vehicle.make} " " {vehicle.model}</td>
                                <td>{move || long_date_iso(&first, i18n.lang())}</td>
                                <td>{move || i18n.t(role)}</td>
                                <td>
                                    {move || match &next {
                                        Some(date) => long_date_iso(date, i18n.lang()),
                                        None => i18n.t(MyDataPageText::NoInspection).to_owned(),
                                    }}
                                </td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </DataTable>
    }
    .into_any()
}
