//! The alert's examples: each kind, with and without a heading.

use leptos::prelude::*;

use super::{Alert, AlertKind};
use crate::components::examples::{Both, Example, Examples};

pub const EXAMPLES: Examples = Examples {
    component: "Alert",
    folder: "alert",
    about: Both(
        "En besked med ikon: information, lykkedes, advarsel eller fejl. Advarsler og fejl læses op med det samme.",
        "A message with an icon: information, success, warning or error. Warnings and errors are announced at once.",
    ),
    examples: &[
        Example {
            name: Both("Information med overskrift", "Information with a heading"),
            view: info,
        },
        Example {
            name: Both("Lykkedes uden overskrift", "Success without a heading"),
            view: success,
        },
        Example {
            name: Both("Advarsel", "Warning"),
            view: warning,
        },
        Example {
            name: Both("Fejl med overskrift", "Error with a heading"),
            view: error,
        },
    ],
};

/// Information with a heading; not announced.
pub fn info() -> AnyView {
    view! {
        <Alert kind=AlertKind::Info heading=Both("Du handler for Emma", "You are acting for Emma").signal() testid="example-alert-info">
            <p class="alert-text">{Both(
                "Du ser kun det, din fuldmagt dækker.",
                "You only see what your power of attorney covers.",
            ).signal()}</p>
        </Alert>
    }
    .into_any()
}

/// Success, text only.
pub fn success() -> AnyView {
    view! {
        <Alert kind=AlertKind::Success testid="example-alert-success">
            <p class="alert-text">{Both("Samtykket er trukket tilbage.", "The consent has been withdrawn.").signal()}</p>
        </Alert>
    }
    .into_any()
}

/// A warning, announced (`role="alert"`).
pub fn warning() -> AnyView {
    view! {
        <Alert kind=AlertKind::Warning testid="example-alert-warning">
            <p class="alert-text">{Both(
                "Du bliver logget af om 2 minutter.",
                "You will be logged out in 2 minutes.",
            ).signal()}</p>
        </Alert>
    }
    .into_any()
}

/// An error with a heading, announced.
pub fn error() -> AnyView {
    view! {
        <Alert kind=AlertKind::Error heading=Both("Skat kunne ikke hentes", "Tax could not be loaded").signal() testid="example-alert-error">
            <p class="alert-text">{Both(
                "Kilden svarede ikke i tide. Prøv igen om lidt.",
                "The source did not answer in time. Try again in a moment.",
            ).signal()}</p>
        </Alert>
    }
    .into_any()
}
