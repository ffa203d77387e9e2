//! The section's page.

use leptos::prelude::*;

use super::texts::EconomyText;
use crate::components::coming_soon::ComingSoon;
use crate::shell::page_heading::PageHeading;
use crate::state::language::use_i18n;

/// The section's page: heading, lead text and a notice that it is being built.
#[component]
pub fn EconomyPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading text=i18n.signal(EconomyText::Title)/>
        <p class="font-lead">{move || i18n.t(EconomyText::Intro)}</p>
        <ComingSoon/>
    }
}
