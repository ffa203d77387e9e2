//! The icon's examples: decorative, named, and the set the app uses.

use leptos::prelude::*;

use super::Icon;
use crate::components::examples::{Both, Example, Examples};

pub const EXAMPLES: Examples = Examples {
    component: "Icon",
    folder: "icon",
    about: Both(
        "Et ikon fra DKFDS' ikonsæt. Det er pynt og skjult for skærmlæsere, medmindre det har et navn.",
        "An icon from the DKFDS sprite. It is decoration, hidden from screen readers, unless it has a name.",
    ),
    examples: &[
        Example {
            name: Both("Pynt ved en tekst", "Decoration beside a text"),
            view: decorative,
        },
        Example {
            name: Both("Med et navn", "With a name"),
            view: named,
        },
        Example {
            name: Both("De ikoner, appen bruger", "The icons the app uses"),
            view: every_icon,
        },
    ],
};

/// The icons the app's components and sections use.
pub const USED: [&str; 13] = [
    "info",
    "success",
    "warning",
    "error",
    "chevron-left",
    "chevron-right",
    "open-in-new",
    "lock",
    "menu",
    "close",
    "sort-table-ascending",
    "sort-table-descending",
    "sort-table-none",
];

/// An icon beside the text that says the same: hidden from screen readers.
pub fn decorative() -> AnyView {
    view! {
        <p data-testid="example-icon-decorative">
            <a href="?eksempel=andet-websted">
                {Both("Læs mere på borger.dk", "Read more on borger.dk").signal()}
                <Icon name="open-in-new" class="ml-2"/>
            </a>
        </p>
    }
    .into_any()
}

/// An icon that is the only thing saying it: named for screen readers.
pub fn named() -> AnyView {
    view! {
        <p data-testid="example-icon-named">
            "Søndergade 31, 7100 Vejle "
            <Icon name="lock" label=Both("Beskyttet adresse", "Protected address").signal()/>
        </p>
    }
    .into_any()
}

/// Every icon in use, each with its symbol's name.
pub fn every_icon() -> AnyView {
    view! {
        <ul class="nobullet-list d-flex flex-wrap" data-testid="example-icons">
            {USED
                .into_iter()
                .map(|name| view! { <li class="mr-6 mb-4"><Icon name/> " " <code>{name}</code></li> })
                .collect_view()}
        </ul>
    }
    .into_any()
}
