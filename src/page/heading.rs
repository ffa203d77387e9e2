//! The page's one `h1`: target of focus on route change, and source of the document title.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::focus::NavigationFocus;
use super::texts::PageText;
use crate::state::{acting::use_acting, language::use_i18n};

/// The id every page heading carries, so focus can move to it after navigation.
pub const PAGE_HEADING_ID: &str = "page-heading";

/// Renders the page heading, keeps `document.title` in step with it, takes over from the build's
/// page frame, and takes keyboard focus when the citizen has navigated to this page (see
/// [`NavigationFocus`]).
#[component]
pub fn PageHeading(#[prop(into)] text: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let acting = use_acting();
    Effect::new(move |_| {
        let heading = match acting.who() {
            Some(who) => format!("{} – {}", text.get(), who.name),
            None => text.get(),
        };
        document().set_title(&document_title(&heading, i18n.t(PageText::ServiceName)));
    });
    let heading = NodeRef::<leptos::html::H1>::new();
    // Once the heading is on the page, the app shows what the build's frame shows (if any).
    Effect::new(move |_| when_shown(heading, 20, |_| super::frame::hand_over()));
    if let Some(focus) = use_context::<NavigationFocus>() {
        let location = use_location();
        // The path this heading was made for: once the address moves on, this heading is on its
        // way out and must not take focus (nor touch its node after the page is gone).
        let own_path = location.pathname.get_untracked();
        Effect::new(move |_| {
            let path = location.pathname.get();
            if path == own_path && focus.is_due(&path) {
                when_shown(heading, 20, |element| {
                    // Focus stays in an open modal dialog (the facilitator panel, say).
                    if !modal_open() {
                        let _ = element.focus();
                    }
                });
            }
        });
    }
    view! {
        <h1 id=PAGE_HEADING_ID tabindex="-1" node_ref=heading>
            {text}
        </h1>
    }
}

/// Runs `then` on the heading once the router has put it on the page (a lazily loaded view is
/// built before it is attached), trying for up to `frames` animation frames. The page may be
/// left within those frames, so the node is read with `try_`: a disposed heading is skipped.
fn when_shown(
    heading: NodeRef<leptos::html::H1>,
    frames: u8,
    then: impl FnOnce(&web_sys::HtmlHeadingElement) + 'static,
) {
    request_animation_frame(move || match heading.try_get_untracked().flatten() {
        Some(element) if element.is_connected() => then(&element),
        Some(_) if frames > 0 => when_shown(heading, frames - 1, then),
        _ => {}
    });
}

/// Whether a modal dialog is open (a closed one stays in the page, hidden, without the class).
fn modal_open() -> bool {
    document()
        .query_selector("[aria-modal=true].is-visible")
        .ok()
        .flatten()
        .is_some()
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
