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

/// An alert of `kind` with an optional heading and one paragraph.
fn alert(kind: AlertKind, heading: Option<Both>, text: Both, testid: &'static str) -> AnyView {
    let body = move || view! { <p class="alert-text">{text.signal()}</p> };
    match heading {
        Some(h) => view! { <Alert kind heading=h.signal() testid>{body()}</Alert> }.into_any(),
        None => view! { <Alert kind testid>{body()}</Alert> }.into_any(),
    }
}

/// Information with a heading; not announced.
pub fn info() -> AnyView {
    let heading = Both("Du handler for Emma", "You are acting for Emma");
    let text = Both(
        "Du ser kun det, din fuldmagt dækker.",
        "You only see what your power of attorney covers.",
    );
    alert(AlertKind::Info, Some(heading), text, "example-alert-info")
}

/// Success, text only.
pub fn success() -> AnyView {
    let text = Both(
        "Samtykket er trukket tilbage.",
        "The consent has been withdrawn.",
    );
    alert(AlertKind::Success, None, text, "example-alert-success")
}

/// A warning, announced (`role="alert"`).
pub fn warning() -> AnyView {
    let text = Both(
        "Du bliver logget af om 2 minutter.",
        "You will be logged out in 2 minutes.",
    );
    alert(AlertKind::Warning, None, text, "example-alert-warning")
}

/// An error with a heading, announced.
pub fn error() -> AnyView {
    let heading = Both("Skat kunne ikke hentes", "Tax could not be loaded");
    let text = Both(
        "Kilden svarede ikke i tide. Prøv igen om lidt.",
        "The source did not answer in time. Try again in a moment.",
    );
    alert(AlertKind::Error, Some(heading), text, "example-alert-error")
}
