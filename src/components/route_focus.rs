//! Moves keyboard focus to the new page's heading after every route change (WCAG 2.4.3).

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

use super::page_heading::PAGE_HEADING_ID;

/// Watches the path; on every change after the first render, focuses the page heading.
#[component]
pub fn RouteFocus() -> impl IntoView {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|previous| previous != path) {
            // Let the new route render first.
            set_timeout(focus_page_heading, std::time::Duration::ZERO);
        }
        path
    });
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
