//! The DKFDS badge ("statusmarkering") with a kind; the feature decides what each kind means.

pub mod examples;

use leptos::prelude::*;

/// A badge's kind, which sets its colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BadgeKind {
    Neutral,
    Info,
    Success,
    Warning,
    Error,
}

impl BadgeKind {
    /// The DKFDS classes of the kind.
    pub fn class(self) -> &'static str {
        match self {
            BadgeKind::Neutral => "badge",
            BadgeKind::Info => "badge badge-info",
            BadgeKind::Success => "badge badge-success",
            BadgeKind::Warning => "badge badge-warning",
            BadgeKind::Error => "badge badge-error",
        }
    }
}

/// A badge showing `text`.
#[component]
pub fn Badge(
    kind: BadgeKind,
    #[prop(into)] text: Signal<String>,
    #[prop(optional)] testid: &'static str,
) -> impl IntoView {
    view! {
        <span class=kind.class() data-testid=(!testid.is_empty()).then_some(testid)>
            {text}
        </span>
    }
}
