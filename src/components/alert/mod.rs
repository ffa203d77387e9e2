//! DKFDS "beskeder" (alerts): info, success, warning and error, with their icons.

pub mod examples;

use leptos::prelude::*;

use super::icon::Icon;
use super::texts::ComponentText;
use crate::state::language::use_i18n;

/// The kind of alert, which sets colour, icon and whether it is announced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AlertKind {
    Info,
    Success,
    Warning,
    Error,
}

impl AlertKind {
    fn class(self) -> &'static str {
        match self {
            AlertKind::Info => "alert alert-info",
            AlertKind::Success => "alert alert-success",
            AlertKind::Warning => "alert alert-warning",
            AlertKind::Error => "alert alert-error",
        }
    }

    fn icon(self) -> (&'static str, ComponentText) {
        match self {
            AlertKind::Info => ("info", ComponentText::AlertInfo),
            AlertKind::Success => ("success", ComponentText::AlertSuccess),
            AlertKind::Warning => ("warning", ComponentText::AlertWarning),
            AlertKind::Error => ("error", ComponentText::AlertError),
        }
    }
}

/// An alert with an optional heading; warnings and errors are announced (`role="alert"`).
#[component]
pub fn Alert(
    kind: AlertKind,
    #[prop(optional, into)] heading: Option<Signal<String>>,
    #[prop(optional)] testid: &'static str,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let (icon, label) = kind.icon();
    let announced = matches!(kind, AlertKind::Warning | AlertKind::Error);
    view! {
        <div
            class=kind.class()
            role=announced.then_some("alert")
            data-testid=(!testid.is_empty()).then_some(testid)
        >
            <Icon name=icon class="alert-icon" label=i18n.signal(label)/>
            <div class="alert-body">
                {heading.map(|heading| view! { <h2 class="alert-heading h3">{heading}</h2> })}
                {children()}
            </div>
        </div>
    }
}
