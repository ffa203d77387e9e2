//! The page's one `h1`: target of focus on route change, and source of the document title.

use leptos::prelude::*;

use super::texts::ShellText;
use crate::state::language::use_i18n;

/// The id every page heading carries, so focus can move to it after navigation.
pub const PAGE_HEADING_ID: &str = "page-heading";

/// Renders the page heading and keeps `document.title` in step with it.
#[component]
pub fn PageHeading(#[prop(into)] text: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    Effect::new(move |_| {
        document().set_title(&document_title(&text.get(), i18n.t(ShellText::ServiceName)));
    });
    view! {
        <h1 id=PAGE_HEADING_ID tabindex="-1">
            {text}
        </h1>
    }
}

/// The document title for a page heading: "Sager – Mit Overblik".
pub fn document_title(page_heading: &str, service_name: &str) -> String {
    if page_heading == service_name {
        service_name.to_owned()
    } else {
        format!("{page_heading} – {service_name}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_title_names_page_and_service() {
        assert_eq!(
            document_title("Sager", "Mit Overblik"),
            "Sager – Mit Overblik"
        );
        assert_eq!(
            document_title("Mit Overblik", "Mit Overblik"),
            "Mit Overblik"
        );
    }
}
