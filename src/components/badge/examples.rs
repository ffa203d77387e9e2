//! The badge's examples: every kind, and a badge beside a text.

use leptos::prelude::*;

use super::{Badge, BadgeKind};
use crate::components::examples::{Both, Example, Examples};

pub const EXAMPLES: Examples = Examples {
    component: "Badge",
    folder: "badge",
    about: Both(
        "En statusmarkering. Det er sektionen, der bestemmer, hvad hver slags betyder.",
        "A status badge. The section decides what each kind means.",
    ),
    examples: &[
        Example {
            name: Both("Alle fem slags", "All five kinds"),
            view: every_kind,
        },
        Example {
            name: Both("Efter en tekst", "After a text"),
            view: after_text,
        },
    ],
};

/// The five kinds in a row, each with a status that could carry it.
pub fn every_kind() -> AnyView {
    let badges = [
        (BadgeKind::Neutral, Both("Afsluttet", "Closed")),
        (BadgeKind::Info, Both("Under behandling", "Being processed")),
        (BadgeKind::Success, Both("Udbetalt", "Paid")),
        (BadgeKind::Warning, Both("Afventer dig", "Waiting for you")),
        (BadgeKind::Error, Both("Overskredet", "Overdue")),
    ];
    view! {
        <p class="d-flex flex-wrap" data-testid="example-badges">
            {badges
                .into_iter()
                .map(|(kind, text)| view! { <span class="mr-4 mb-2"><Badge kind text=text.signal()/></span> })
                .collect_view()}
        </p>
    }
    .into_any()
}

/// A badge after the text it qualifies, as in a table cell.
pub fn after_text() -> AnyView {
    view! {
        <p>
            {Both("Boligstøtte", "Housing benefit").signal()}
            " "
            <Badge kind=BadgeKind::Info text=Both("Ny", "New").signal() testid="example-badge-new"/>
        </p>
    }
    .into_any()
}
