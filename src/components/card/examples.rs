//! The card's examples.

use leptos::prelude::*;

use super::Card;
use crate::components::examples::{Both, Example, Examples};

pub const EXAMPLES: Examples = Examples {
    component: "Card",
    folder: "card",
    about: Both(
        "Et kort med en overskrift, der også navngiver afsnittet.",
        "A card with a heading that also names the section.",
    ),
    examples: &[
        Example {
            name: Both("Med tekst", "With text"),
            view: with_text,
        },
        Example {
            name: Both("Med liste og link", "With a list and a link"),
            view: with_list,
        },
    ],
};

/// A heading and a paragraph, as wide as a card on the overview.
pub fn with_text() -> AnyView {
    view! {
        <div class="row"><div class="col-12 col-md-8 col-xl-6">
        <Card heading_id="example-card-text-heading" heading=Both("Næste udbetaling", "Next payment").signal() testid="example-card-text">
            <p>{Both("Folkepension, 1. december 2026.", "State pension, 1 December 2026.").signal()}</p>
        </Card>
        </div></div>
    }
    .into_any()
}

/// A heading, a short list and a link on.
pub fn with_list() -> AnyView {
    view! {
        <div class="row"><div class="col-12 col-md-8 col-xl-6">
        <Card heading_id="example-card-list-heading" heading=Both("Dine køretøjer", "Your vehicles").signal() testid="example-card-list">
            <ul>
                <li>"Toyota Yaris, AB 12 345"</li>
                <li>"Honda CB500, " {Both("motorcykel", "motorcycle").signal()}</li>
            </ul>
            <p class="card-link"><a href="?eksempel=koeretoejer" class="function-link">{Both("Se alle køretøjer", "See all vehicles").signal()}</a></p>
        </Card>
        </div></div>
    }
    .into_any()
}
