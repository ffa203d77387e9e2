//! Digital Post: message headers only.

use leptos::prelude::*;

use crate::components::section_intro::SectionUnderConstruction;
use crate::i18n::Key;
use crate::routes::Page;

/// The digital_post page.
#[component]
pub fn DigitalPostPage() -> impl IntoView {
    view! { <SectionUnderConstruction page=Page::DigitalPost intro=Key::DigitalPostIntro/> }
}
