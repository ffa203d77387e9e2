//! The skip link: the first Tab stop, jumping past the header to the main content (WCAG 2.4.1).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::texts::ShellText;
use crate::state::language::use_i18n;

/// The id of the element the skip link leads to.
pub const MAIN_CONTENT_ID: &str = "main-content";

/// Moves focus to the main content itself, since the router would otherwise swallow the `#` link.
#[component]
pub fn SkipLink() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <a
            class="skipnav"
            href=format!("#{MAIN_CONTENT_ID}")
            on:click=move |event| {
                event.prevent_default();
                if let Some(main) = document()
                    .get_element_by_id(MAIN_CONTENT_ID)
                    .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = main.focus();
                    main.scroll_into_view();
                }
            }
        >
            {move || i18n.t(ShellText::SkipLink)}
        </a>
    }
}
