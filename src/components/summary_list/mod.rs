//! A DKFDS structured list: label–value rows, for the facts about one thing.

pub mod examples;

use leptos::prelude::*;

/// One row: its label and its value.
pub struct SummaryRow {
    pub label: Signal<String>,
    pub value: AnyView,
}

/// The rows as a two-column table with row headers (readable on phones: it scrolls sideways).
#[component]
pub fn SummaryList(rows: Vec<SummaryRow>, #[prop(optional)] testid: &'static str) -> impl IntoView {
    view! {
        <div class="table--responsive-scroll">
            <table class="table structured-list" data-testid=(!testid.is_empty()).then_some(testid)>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|row| view! {
                            <tr>
                                <th scope="row">{row.label}</th>
                                <td>{row.value}</td>
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
