//! The clear-filters button's examples: with no filter set, and clearing a set filter.

use leptos::prelude::*;

use super::ClearFilters;
use crate::components::examples::{Both, Example, Examples};
use crate::components::filter_select::examples::filter;

pub const EXAMPLES: Examples = Examples {
    component: "ClearFilters",
    folder: "clear_filters",
    about: Both(
        "Knappen Nulstil filtre, der rydder en listes filtre; den kan ikke trykkes, når intet filter er valgt.",
        "The Clear filters button that clears a list's filters; it cannot be pressed while no filter is set.",
    ),
    examples: &[
        Example {
            name: Both("Intet filter valgt", "No filter set"),
            view: no_filter,
        },
        Example {
            name: Both("Med et valgt filter", "With a filter set"),
            view: with_filter,
        },
    ],
};

/// Disabled: there is nothing to clear.
pub fn no_filter() -> AnyView {
    view! { <ClearFilters active=false on_clear=Callback::new(|()| {})/> }.into_any()
}

/// A filter and, under it, the button that clears it (as the access log has them).
pub fn with_filter() -> AnyView {
    let chosen = RwSignal::new("kommune".to_owned());
    view! {
        {filter("example-filter-clear", chosen)}
        <p>
            <ClearFilters
                active=Signal::derive(move || !chosen.get().is_empty())
                on_clear=Callback::new(move |()| chosen.set(String::new()))
            />
        </p>
    }
    .into_any()
}
