//! The section's page.

use leptos::prelude::*;

use super::texts::MyDataText;
use crate::components::coming_soon::ComingSoon;
use crate::shell::page_heading::PageHeading;
use crate::state::language::use_i18n;

/// The section's page: heading, lead text and a notice that it is being built.
#[component]
pub fn MyDataPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading text=i18n.signal(MyDataText::Title)/>
        <p class="font-lead">{move || i18n.t(MyDataText::Intro)}</p>
        <ComingSoon/>
    }
}
