//! The translated "page not found" shown inside the normal layout.

use crate::page::texts::PageText;
use leptos::prelude::*;
use leptos_router::components::A;

use super::texts::ShellText;
use crate::page::heading::PageHeading;
use crate::page::routes::Page;
use crate::state::language::use_i18n;

/// Shown for every path no route matches.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading text=i18n.signal(PageText::NotFound)/>
        <p class="font-lead" data-testid="not-found">{move || i18n.t(ShellText::NotFoundText)}</p>
        <p>
            <A href=Page::Overview.path()>{move || i18n.t(ShellText::GoToFrontPage)}</A>
        </p>
    }
}
