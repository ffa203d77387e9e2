//! Tilgængelighedserklæring: the accessibility statement the law requires.

use crate::page::texts::PageText;
use leptos::prelude::*;

use super::texts::ShellText;
use crate::page::heading::PageHeading;
use crate::state::language::use_i18n;

/// The accessibility statement.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let i18n = use_i18n();
    let section = move |heading: ShellText, body: ShellText| {
        view! {
            <h2>{move || i18n.t(heading)}</h2>
            <p>{move || i18n.t(body)}</p>
        }
    };
    view! {
        <PageHeading text=i18n.signal(PageText::Accessibility)/>
        <p class="font-lead">{move || i18n.t(ShellText::AccessibilityIntro)}</p>
        {section(ShellText::AccessibilityStatusHeading, ShellText::AccessibilityStatus)}
        {section(ShellText::AccessibilityKnownHeading, ShellText::AccessibilityKnown)}
        {section(ShellText::AccessibilityContactHeading, ShellText::AccessibilityContact)}
    }
}
