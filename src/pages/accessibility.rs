//! Tilgængelighedserklæring: the accessibility statement the law requires.

use leptos::prelude::*;

use crate::components::page_heading::PageHeading;
use crate::i18n::Key;
use crate::routes::Page;
use crate::state::language::use_i18n;

/// The accessibility statement.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let i18n = use_i18n();
    let section = move |heading: Key, body: Key| {
        view! {
            <h2>{move || i18n.t(heading)}</h2>
            <p>{move || i18n.t(body)}</p>
        }
    };
    view! {
        <PageHeading text=i18n.signal(Page::Accessibility.title())/>
        <p class="font-lead">{move || i18n.t(Key::AccessibilityIntro)}</p>
        {section(Key::AccessibilityStatusHeading, Key::AccessibilityStatus)}
        {section(Key::AccessibilityKnownHeading, Key::AccessibilityKnown)}
        {section(Key::AccessibilityContactHeading, Key::AccessibilityContact)}
    }
}
