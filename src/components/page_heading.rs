//! The page's one `h1`: target of focus on route change, and source of the document title.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::routes::document_title;
use crate::state::language::use_i18n;

/// The id every page heading carries, so focus can move to it after navigation.
pub const PAGE_HEADING_ID: &str = "page-heading";

/// Renders the page heading and keeps `document.title` in step with it.
#[component]
pub fn PageHeading(#[prop(into)] text: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    Effect::new(move |_| {
        document().set_title(&document_title(&text.get(), i18n.t(Key::ServiceName)));
    });
    view! {
        <h1 id=PAGE_HEADING_ID tabindex="-1">
            {text}
        </h1>
    }
}
