//! The filter select's examples: nothing chosen, and one choice made.

use leptos::prelude::*;

use super::FilterSelect;
use crate::components::examples::{Both, Example, Examples};
use crate::i18n::Text;
use crate::state::language::use_i18n;

pub const EXAMPLES: Examples = Examples {
    component: "FilterSelect",
    folder: "filter_select",
    about: Both(
        "Et valg med en etiket, der filtrerer en liste; Alle står først.",
        "A labelled select that filters a list; All comes first.",
    ),
    examples: &[
        Example {
            name: Both("Intet valgt", "Nothing chosen"),
            view: nothing_chosen,
        },
        Example {
            name: Both("Et valg", "One chosen"),
            view: one_chosen,
        },
    ],
};

/// Three authorities to filter by, in the app's language.
pub fn authorities() -> Signal<Vec<(String, String)>> {
    let i18n = use_i18n();
    Signal::derive(move || {
        [
            ("kommune", Both("Vejle Kommune", "Vejle Municipality")),
            ("skat", Both("Skattestyrelsen", "Danish Tax Agency")),
            ("udk", Both("Udbetaling Danmark", "Payment Denmark")),
        ]
        .into_iter()
        .map(|(value, label)| (value.to_owned(), label.text(i18n.lang()).to_owned()))
        .collect()
    })
}

/// A select with its choice in a signal.
pub fn filter(id: &'static str, chosen: RwSignal<String>) -> impl IntoView {
    view! {
        <FilterSelect
            id
            label=Both("Myndighed", "Authority").signal()
            options=authorities()
            selected=chosen.into()
            on_change=Callback::new(move |value| chosen.set(value))
        />
    }
}

/// "Alle" chosen.
pub fn nothing_chosen() -> AnyView {
    filter("example-filter-all", RwSignal::new(String::new())).into_any()
}

/// One authority chosen.
pub fn one_chosen() -> AnyView {
    filter("example-filter-one", RwSignal::new("skat".to_owned())).into_any()
}
