//! The data table's examples: sortable columns, and a plain table.

use leptos::prelude::*;

use super::{DataTable, SortableHeader};
use crate::components::examples::{Both, Example, Examples};
use crate::lists::Direction;

pub const EXAMPLES: Examples = Examples {
    component: "DataTable, SortableHeader",
    folder: "data_table",
    about: Both(
        "En tabel med stribede rækker og en billedtekst til skærmlæsere, som kan rulles sidelæns på en telefon – og en kolonneoverskrift, der sorterer.",
        "A table with striped rows and a caption for screen readers that scrolls sideways on a phone – and a column header that sorts.",
    ),
    examples: &[
        Example {
            name: Both("Sorteret efter dato, nyeste først", "Sorted by date, newest first"),
            view: sortable,
        },
        Example {
            name: Both("Uden sortering", "Without sorting"),
            view: plain,
        },
    ],
};

/// Letters sorted by date (descending); the other columns sort when followed.
pub fn sortable() -> AnyView {
    let header = |label: Both, sorted: Option<Direction>, name: &'static str| {
        view! {
            <SortableHeader
                label=label.signal()
                sorted=Signal::derive(move || sorted)
                href=Signal::derive(move || format!("?sorter={name}"))
                name
            />
        }
    };
    view! {
        <DataTable caption=Both("Breve", "Letters").signal() testid="example-table-sortable">
            <thead>
                <tr>
                    {header(Both("Dato", "Date"), Some(Direction::Descending), "dato")}
                    {header(Both("Afsender", "Sender"), None, "afsender")}
                    {header(Both("Emne", "Subject"), None, "emne")}
                </tr>
            </thead>
            <tbody>
                <tr><td>"20.11.2026"</td><td>"Vejle Kommune"</td><td>{Both("Afgørelse om boligstøtte", "Decision on housing benefit").signal()}</td></tr>
                <tr><td>"03.11.2026"</td><td>"Skattestyrelsen"</td><td>{Both("Din forskudsopgørelse", "Your preliminary tax assessment").signal()}</td></tr>
                <tr><td>"28.10.2026"</td><td>"Udbetaling Danmark"</td><td>{Both("Ny udbetaling", "New payment").signal()}</td></tr>
            </tbody>
        </DataTable>
    }
    .into_any()
}

/// Payments, five columns wide: a phone scrolls it sideways.
pub fn plain() -> AnyView {
    view! {
        <DataTable caption=Both("Udbetalinger", "Payments").signal() testid="example-table-plain">
            <thead>
                <tr>
                    <th scope="col">{Both("Dato", "Date").signal()}</th>
                    <th scope="col">{Both("Ydelse", "Benefit").signal()}</th>
                    <th scope="col">{Both("Fra", "From").signal()}</th>
                    <th scope="col" class="text-align-right">{Both("Før skat", "Before tax").signal()}</th>
                    <th scope="col" class="text-align-right">{Both("Udbetalt", "Paid").signal()}</th>
                </tr>
            </thead>
            <tbody>
                <tr><td>"01.12.2026"</td><td>{Both("Folkepension", "State pension").signal()}</td><td>"Udbetaling Danmark"</td><td class="text-align-right">"7.198,00"</td><td class="text-align-right">"5.326,52"</td></tr>
                <tr><td>"01.11.2026"</td><td>{Both("Folkepension", "State pension").signal()}</td><td>"Udbetaling Danmark"</td><td class="text-align-right">"7.198,00"</td><td class="text-align-right">"5.326,52"</td></tr>
            </tbody>
        </DataTable>
    }
    .into_any()
}
