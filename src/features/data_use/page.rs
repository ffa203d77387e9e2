//! The section's page.

use leptos::prelude::*;

use super::texts::DataUseText;
use crate::components::coming_soon::ComingSoon;
use crate::shell::page_heading::PageHeading;
use crate::state::language::use_i18n;

/// The section's page: heading, lead text and a notice that it is being built.
#[component]
pub fn DataUsePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading text=i18n.signal(DataUseText::Title)/>
        <p class="font-lead">{move || i18n.t(DataUseText::Intro)}</p>
        <ComingSoon/>
    }
}
