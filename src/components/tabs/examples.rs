//! The tabs' example.

use leptos::prelude::*;

use super::{TabLink, Tabs};
use crate::components::examples::{Both, Example, Examples};

pub const EXAMPLES: Examples = Examples {
    component: "Tabs",
    folder: "tabs",
    about: Both(
        "Faner som links med hver sin adresse; den valgte er markeret.",
        "Tabs as links, each with its own address; the chosen one is marked.",
    ),
    examples: &[
        Example {
            name: Both("To faner, den første valgt", "Two tabs, the first chosen"),
            view: two_tabs,
        },
        Example {
            name: Both("Tre faner, den sidste valgt", "Three tabs, the last chosen"),
            view: three_tabs,
        },
    ],
};

fn tab(label: Both, href: &'static str, current: bool, testid: &'static str) -> TabLink {
    TabLink {
        href: Signal::derive(move || href.to_owned()),
        label: label.signal(),
        current: Signal::derive(move || current),
        testid,
    }
}

/// Open and closed cases.
pub fn two_tabs() -> AnyView {
    let tabs = vec![
        tab(
            Both("Aktive sager", "Active cases"),
            "?fane=aktive",
            true,
            "example-tab-active",
        ),
        tab(
            Both("Afsluttede sager", "Closed cases"),
            "?fane=afsluttede",
            false,
            "example-tab-closed",
        ),
    ];
    view! { <Tabs label=Both("Sager", "Cases").signal() tabs/> }.into_any()
}

/// Three views of the finances.
pub fn three_tabs() -> AnyView {
    let tabs = vec![
        tab(
            Both("Ydelser", "Benefits"),
            "?fane=ydelser",
            false,
            "example-tab-benefits",
        ),
        tab(Both("Skat", "Tax"), "?fane=skat", false, "example-tab-tax"),
        tab(
            Both("Gæld", "Debt"),
            "?fane=gaeld",
            true,
            "example-tab-debt",
        ),
    ];
    view! { <Tabs label=Both("Økonomi", "Finances").signal() tabs/> }.into_any()
}
