//! The translated "page not found" shown inside the normal layout.

use crate::page::texts::PageText;
use leptos::prelude::*;
use leptos_router::components::A;

use super::texts::ShellText;
use crate::page::heading::PageHeading;
use crate::page::routes::Page;
use crate::state::language::use_i18n;

/// A path that panics on purpose in debug builds (`trunk serve`), so the panic page can be
/// tested in a browser (`scripts/check-panic-page.mjs`); a release build has no such page.
pub const DEBUG_PANIC_PATH: &str = "/udvikler/panik";

/// Shown for every path no route matches.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    if cfg!(debug_assertions)
        && leptos_router::hooks::use_location()
            .pathname
            .get_untracked()
            == DEBUG_PANIC_PATH
    {
        panic!("a panic on purpose at {DEBUG_PANIC_PATH}, to show the panic page");
    }
    view! {
        <PageHeading text=i18n.signal(PageText::NotFound)/>
        <p class="font-lead" data-testid="not-found">{move || i18n.t(ShellText::NotFoundText)}</p>
        <p>
            <A href=Page::Overview.path()>{move || i18n.t(ShellText::GoToFrontPage)}</A>
        </p>
    }
}
