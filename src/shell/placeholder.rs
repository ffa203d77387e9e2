//! The page of a section whose content is still being built: heading, lead text and notice.

use leptos::prelude::*;

use super::page_heading::PageHeading;
use crate::components::coming_soon::ComingSoon;
use crate::i18n::Text;
use crate::state::language::use_i18n;

/// A section's placeholder page, from its own title and lead text.
#[component]
pub fn SectionPlaceholder<T: Text>(title: T, intro: T) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading text=i18n.signal(title)/>
        <p class="font-lead">{move || i18n.t(intro)}</p>
        <ComingSoon/>
    }
}
