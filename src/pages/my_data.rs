//! Mine oplysninger: CPR and housing data.

use leptos::prelude::*;

use crate::components::section_intro::SectionUnderConstruction;
use crate::i18n::Key;
use crate::routes::Page;

/// The my_data page.
#[component]
pub fn MyDataPage() -> impl IntoView {
    view! { <SectionUnderConstruction page=Page::MyData intro=Key::MyDataIntro/> }
}
