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
        Example::loading(loading),
        Example::failed(failed),
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

/// The example section with `heading` for `source`, showing what `loaded` says.
fn section<L>(
    id: &'static str,
    heading: Both,
    source: Source,
    loaded: L,
    on_retry: Callback<()>,
) -> AnyView
where
    L: Fn() -> Option<Result<Sourced<Both>, ApiError>> + Send + Sync + 'static,
{
    let heading = heading.signal();
    let testid = "example-sourced-section";
    view! { <SourcedSection heading_id=id heading testid source loaded render on_retry/> }
        .into_any()
}

/// The source has answered: its data, the source line and the details.
pub fn loaded() -> AnyView {
    let (id, heading) = (
        "example-section-loaded",
        Both("Civilstand", "Marital status"),
    );
    let noop = Callback::new(|()| {});
    section(id, heading, Source::Person, || Some(Ok(data())), noop)
}

/// The source has not answered yet.
pub fn loading() -> AnyView {
    let (id, heading) = ("example-section-loading", Both("Køretøjer", "Vehicles"));
    section(
        id,
        heading,
        Source::Vehicles,
        || None,
        Callback::new(|()| {}),
    )
}

/// The source could not be reached; "Prøv igen" fetches it again, and this time it answers.
pub fn failed() -> AnyView {
    let retried = RwSignal::new(false);
    let (id, heading) = (
        "example-section-failed",
        Both("Civilstand", "Marital status"),
    );
    let loaded = move || {
        Some(if retried.get() {
            Ok(data())
        } else {
            Err(ApiError::Http(503))
        })
    };
    let retry = Callback::new(move |()| retried.set(true));
    section(id, heading, Source::Person, loaded, retry)
}
