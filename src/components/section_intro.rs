//! The opening of a section page whose content is still being built: heading, lead text and notice.

use leptos::prelude::*;

use super::alert::{Alert, AlertKind};
use super::page_heading::PageHeading;
use crate::i18n::Key;
use crate::routes::Page;
use crate::state::language::use_i18n;

/// Heading and lead paragraph for `page`, plus a notice that the section is under construction.
#[component]
pub fn SectionUnderConstruction(page: Page, intro: Key) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading text=i18n.signal(page.title())/>
        <p class="font-lead">{move || i18n.t(intro)}</p>
        <Alert kind=AlertKind::Info testid="coming-soon">
            <p class="alert-text">{move || i18n.t(Key::ComingSoon)}</p>
        </Alert>
    }
}
