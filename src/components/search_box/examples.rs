//! The search box's example: typing shows what the list would filter on.

use leptos::prelude::*;

use super::SearchBox;
use crate::components::examples::{Both, Example, Examples};

pub const EXAMPLES: Examples = Examples {
    component: "SearchBox",
    folder: "search_box",
    about: Both(
        "Et søgefelt med etiket, hjælpetekst og knap; listen filtreres, mens man skriver.",
        "A search field with a label, a hint and a button; the list filters as you type.",
    ),
    examples: &[Example {
        name: Both("Søg i en liste", "Search a list"),
        view: searching,
    }],
};

/// A search box in its form, with what is typed shown below it.
pub fn searching() -> AnyView {
    let typed = RwSignal::new(String::new());
    view! {
        <form role="search" aria-label="Eksempel" on:submit=|ev: leptos::ev::SubmitEvent| ev.prevent_default()>
            <SearchBox
                id="example-search"
                testid="example-search"
                label=Both("Søg i breve", "Search letters").signal()
                hint=Both("Søg på emne eller afsender.", "Search by subject or sender.").signal()
                button=Both("Søg", "Search").signal()
                typed
            />
        </form>
        <p data-testid="example-typed">{move || typed.get()}</p>
    }
    .into_any()
}
