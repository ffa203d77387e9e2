//! The source notes' examples: the one-line note, a card's freshness (today and an earlier day),
//! the details behind a disclosure, and the loading placeholder.

use leptos::prelude::*;

use super::{SourceDetails, SourceFreshness, SourceLoading, SourceNote};
use crate::api::Source;
use crate::components::examples::{earlier_source, sample_source, Both, Example, Examples};

pub const EXAMPLES: Examples = Examples {
    component: "SourceNote, SourceFreshness, SourceDetails, SourceLoading",
    folder: "source_note",
    about: Both(
        "Hvor oplysningerne kom fra, og hvornår de blev hentet – og hvem der retter dem. Tiden læses med scenariets ur.",
        "Where the data came from and when it was fetched – and who corrects it. The time is read by the scenario's clock.",
    ),
    examples: &[
        Example {
            name: Both("Kildelinje", "Source line"),
            view: note,
        },
        Example {
            name: Both("Hentet i dag", "Fetched today"),
            view: fresh_today,
        },
        Example {
            name: Both("Hentet en tidligere dag", "Fetched on an earlier day"),
            view: fresh_earlier,
        },
        Example {
            name: Both("Hvor kommer oplysningerne fra?", "Where does this come from?"),
            view: details,
        },
        Example {
            name: Both("Henter", "Loading"),
            view: loading,
        },
    ],
};

/// The note under a section's data.
pub fn note() -> AnyView {
    view! { <p class="source-line" data-testid="example-source-note"><SourceNote info=sample_source()/></p> }
        .into_any()
}

/// A card's freshness, fetched on the scenario's today: the time of day only.
pub fn fresh_today() -> AnyView {
    view! { <SourceFreshness info=sample_source()/> }.into_any()
}

/// Fetched on another day: the date and the time.
pub fn fresh_earlier() -> AnyView {
    view! { <SourceFreshness info=earlier_source()/> }.into_any()
}

/// The authority, its CVR number, the register, the time, and whom to contact.
pub fn details() -> AnyView {
    view! { <SourceDetails info=sample_source()/> }.into_any()
}

/// The placeholder while a source loads, heard once by screen readers.
pub fn loading() -> AnyView {
    view! { <SourceLoading source=Source::Benefits/> }.into_any()
}
