//! The pagination's examples: few pages, many pages, and a single page (no pagination).

use leptos::prelude::*;

use super::Pagination;
use crate::components::examples::{Both, Example, Examples};

pub const EXAMPLES: Examples = Examples {
    component: "Pagination",
    folder: "pagination",
    about: Both(
        "Forrige, næste og sidetal som almindelige links, så hver side har en adresse. Vises ikke for én side.",
        "Previous, next and page numbers as plain links, so every page has an address. Not shown for a single page.",
    ),
    examples: &[
        Example {
            name: Both("Tre sider, side 2", "Three pages, page 2"),
            view: three_pages,
        },
        Example {
            name: Both("Hundrede sider, side 50", "A hundred pages, page 50"),
            view: many_pages,
        },
        Example {
            name: Both("Én side: ingenting", "One page: nothing"),
            view: one_page,
        },
    ],
};

fn href() -> Callback<usize, String> {
    Callback::new(|page: usize| format!("?side={page}"))
}

/// Every page linked, the current one marked.
pub fn three_pages() -> AnyView {
    view! { <Pagination current=2 pages=3 href=href()/> }.into_any()
}

/// The first, the last and the current page's neighbours; gaps between.
pub fn many_pages() -> AnyView {
    view! { <Pagination current=50 pages=100 href=href()/> }.into_any()
}

/// A single page renders nothing.
pub fn one_page() -> AnyView {
    view! { <Pagination current=1 pages=1 href=href()/> }.into_any()
}
