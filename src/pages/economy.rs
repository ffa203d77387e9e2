//! Økonomi: benefits, payouts, tax and debt.

use leptos::prelude::*;

use crate::components::section_intro::SectionUnderConstruction;
use crate::i18n::Key;
use crate::routes::Page;

/// The economy page.
#[component]
pub fn EconomyPage() -> impl IntoView {
    view! { <SectionUnderConstruction page=Page::Economy intro=Key::EconomyIntro/> }
}
