//! The translated "page not found" shown inside the normal layout.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::page_heading::PageHeading;
use crate::i18n::Key;
use crate::routes::Page;
use crate::state::language::use_i18n;

/// Shown for every path no route matches.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading text=i18n.signal(Key::NotFoundTitle)/>
        <p class="font-lead" data-testid="not-found">{move || i18n.t(Key::NotFoundText)}</p>
        <p>
            <A href=Page::Overview.path()>{move || i18n.t(Key::GoToFrontPage)}</A>
        </p>
    }
}
