//! After every route change, once the new page has rendered (a section's chunk may still be on
//! its way), keyboard focus moves to the new page's heading (WCAG 2.4.3). While a chunk loads,
//! a polite status says so.

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

use super::page_heading::PAGE_HEADING_ID;
use super::texts::ShellText;
use crate::state::language::use_i18n;

/// Watches the path and the router's "routing" state; focuses the heading when a navigation to
/// another path has finished rendering.
#[component]
pub fn RouteFocus(is_routing: ReadSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let pending = StoredValue::new(false);
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        let routing = is_routing.get();
        if previous.is_some_and(|previous| previous != path) {
            pending.set_value(true);
        }
        if pending.get_value() && !routing {
            // Let the new route render first; a navigation that started since waits its turn.
            set_timeout(
                move || {
                    if pending.get_value() && !is_routing.get_untracked() {
                        pending.set_value(false);
                        focus_page_heading();
                    }
                },
                std::time::Duration::ZERO,
            );
        }
        path
    });
    view! {
        <div class="route-loading" class:is-routing=move || is_routing.get() aria-hidden="true"></div>
        <p class="sr-only" role="status" aria-live="polite">
            {move || is_routing.get().then(|| i18n.t(ShellText::LoadingPage))}
        </p>
    }
}

/// Focuses the page heading, if the page has rendered one.
pub fn focus_page_heading() {
    if let Some(heading) = document()
        .get_element_by_id(PAGE_HEADING_ID)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = heading.focus();
    }
}
