//! The section error's examples: an error worth retrying, one that is not, a source's own words,
//! and data outside what a power of attorney covers.

use leptos::prelude::*;

use super::{source_section, SectionError};
use crate::api::{ApiError, Source, SourceFault};
use crate::components::examples::{sample_source, Both, Example, Examples};

pub const EXAMPLES: Examples = Examples {
    component: "SectionError, ErrorExplanation, source_section",
    folder: "section_error",
    about: Both(
        "Fejlen, et afsnit viser i stedet for sine data: hvad der skete, i et klart sprog, og Prøv igen, hvor det kan hjælpe.",
        "The error a section shows instead of its data: what happened, in plain language, and Try again where it can help.",
    ),
    examples: &[
        Example {
            name: Both("Svarede ikke i tide", "Timed out"),
            view: timed_out,
        },
        Example {
            name: Both("Kilden fandt intet (HTTP 404)", "Nothing found at the source (HTTP 404)"),
            view: not_found,
        },
        Example {
            name: Both("Kilden melder en fejl", "The source reports a fault"),
            view: source_fault,
        },
        Example {
            name: Both("Ikke omfattet af fuldmagten", "Not covered by the power of attorney"),
            view: out_of_scope,
        },
    ],
};

/// A timeout, in a section: "Prøv igen" fetches again, and this time the data is there.
pub fn timed_out() -> AnyView {
    let retried = RwSignal::new(false);
    let on_retry = Callback::new(move |()| retried.set(true));
    (move || {
        let loaded = Some(if retried.get() {
            Ok(crate::api::Sourced {
                source: sample_source(),
                data: Both("Slutskat 2025: 0 kr.", "Final tax 2025: DKK 0"),
            })
        } else {
            Err(ApiError::Timeout)
        });
        source_section(Source::Tax, loaded, on_retry, |sourced| {
            view! { <p data-testid="example-retried">{sourced.data.signal()}</p> }
        })
    })
    .into_any()
}

/// A list the source could not find (HTTP 404): down for now, so it can be retried.
pub fn not_found() -> AnyView {
    view! { <SectionError source=Source::Cases error=ApiError::NotFound on_retry=Callback::new(|()| {})/> }
        .into_any()
}

/// The source answered with a fault of its own: its words, quoted in Danish.
pub fn source_fault() -> AnyView {
    let error = ApiError::Source {
        source: Box::new(sample_source()),
        fault: SourceFault {
            code: "KILDE_UTILGAENGELIG".to_owned(),
            text: "Registeret er lukket for vedligeholdelse.".to_owned(),
        },
    };
    view! { <SectionError source=Source::Person error on_retry=Callback::new(|()| {})/> }.into_any()
}

/// Acting for someone whose power of attorney does not cover the source: information, no retry.
pub fn out_of_scope() -> AnyView {
    view! { <SectionError source=Source::Debt error=ApiError::OutOfScope on_retry=Callback::new(|()| {})/> }
        .into_any()
}
