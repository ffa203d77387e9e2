//! Tilgængelighedserklæring: the accessibility statement the law requires.

use crate::page::texts::PageText;
use leptos::prelude::*;

use super::texts::ServiceText;
use crate::page::heading::PageHeading;
use crate::state::language::use_i18n;

/// The accessibility statement.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let i18n = use_i18n();
    let section = move |heading: ServiceText, body: ServiceText| {
        view! {
            <h2>{move || i18n.t(heading)}</h2>
            <p>{move || i18n.t(body)}</p>
        }
    };
    view! {
        <PageHeading text=i18n.signal(PageText::Accessibility)/>
        <p class="font-lead">{move || i18n.t(ServiceText::AccessibilityIntro)}</p>
        {section(ServiceText::AccessibilityStatusHeading, ServiceText::AccessibilityStatus)}
        {section(ServiceText::AccessibilityKnownHeading, ServiceText::AccessibilityKnown)}
        {section(ServiceText::AccessibilityContactHeading, ServiceText::AccessibilityContact)}
    }
}
