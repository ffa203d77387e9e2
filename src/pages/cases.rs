//! Mine sager (filled by the cases feature).

use leptos::prelude::*;

use crate::components::section_intro::SectionUnderConstruction;
use crate::i18n::Key;
use crate::routes::Page;

/// The cases page.
#[component]
pub fn CasesPage() -> impl IntoView {
    view! { <SectionUnderConstruction page=Page::Cases intro=Key::CasesIntro/> }
}
