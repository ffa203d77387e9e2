//! Dine data: access log, consents and powers of attorney.

use leptos::prelude::*;

use crate::components::section_intro::SectionUnderConstruction;
use crate::i18n::Key;
use crate::routes::Page;

/// The data_use page.
#[component]
pub fn DataUsePage() -> impl IntoView {
    view! { <SectionUnderConstruction page=Page::DataUse intro=Key::DataUseIntro/> }
}
