//! The sourced section's examples: with its data, loading, and failed with a retry.

use leptos::prelude::*;

use super::SourcedSection;
use crate::api::{ApiError, Source, Sourced};
use crate::components::examples::{sample_source, Both, Example, Examples};

pub const EXAMPLES: Examples = Examples {
    component: "SourcedSection",
    folder: "sourced_section",
    about: Both(
        "Et afsnit for én kilde: overskrift, data og hvor de kom fra – eller at de hentes, eller fejlen med Prøv igen. Kun dette afsnit påvirkes.",
        "A section for one source: heading, data and where it came from – or that it is loading, or the error with Try again. Only this section is affected.",
    ),
    examples: &[
        Example {
            name: Both("Med data", "With data"),
            view: loaded,
        },
        Example {
            name: Both("Henter", "Loading"),
            view: loading,
        },
        Example {
            name: Both("Kilden fejlede", "The source failed"),
            view: failed,
        },
    ],
};

/// What the examples' source delivers: a civil status.
fn data() -> Sourced<Both> {
    Sourced {
        source: sample_source(),
        data: Both("Civilstand: gift", "Marital status: married"),
    }
}

fn render(text: Both) -> impl IntoView {
    view! { <p data-testid="example-section-data">{text.signal()}</p> }
}

/// The source has answered: its data, the source line and the details.
pub fn loaded() -> AnyView {
    view! {
        <SourcedSection
            heading_id="example-section-loaded"
            heading=Both("Civilstand", "Marital status").signal()
            testid="example-sourced-section"
            source=Source::Person
            loaded=|| Some(Ok(data()))
            render
            on_retry=Callback::new(|()| {})
        />
    }
    .into_any()
}

/// The source has not answered yet.
pub fn loading() -> AnyView {
    let nothing_yet = || None::<Result<Sourced<Both>, ApiError>>;
    view! {
        <SourcedSection
            heading_id="example-section-loading"
            heading=Both("Køretøjer", "Vehicles").signal()
            testid="example-sourced-section"
            source=Source::Vehicles
            loaded=nothing_yet
            render
            on_retry=Callback::new(|()| {})
        />
    }
    .into_any()
}

/// The source could not be reached; "Prøv igen" fetches it again, and this time it answers.
pub fn failed() -> AnyView {
    let retried = RwSignal::new(false);
    view! {
        <SourcedSection
            heading_id="example-section-failed"
            heading=Both("Civilstand", "Marital status").signal()
            testid="example-sourced-section"
            source=Source::Person
            loaded=move || Some(if retried.get() { Ok(data()) } else { Err(ApiError::Http(503)) })
            render
            on_retry=Callback::new(move |()| retried.set(true))
        />
    }
    .into_any()
}
