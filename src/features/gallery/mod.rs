//! Komponenter: a gallery of every generic component's named examples (see
//! [`crate::components::examples`]), for designers and developers. Not in the menu; reached by
//! its address (`/komponenter`) while logged in. The page and every example load from the
//! `gallery` chunk, so none of them ships in the first view.

mod page;
pub mod texts;

use leptos::prelude::*;
use leptos_router::{components::Route, MatchNestedRoutes};

use crate::page::{lazy::Lazy, routes::Page};

crate::lazy_view!(
    gallery,
    fn page_view() {
        view! { <page::GalleryPage/> }
    }
);

/// The gallery's route, loading its chunk.
#[component(transparent)]
pub fn GalleryRoutes() -> impl MatchNestedRoutes + Clone {
    view! { <Route path=Page::Gallery.segment() view=Lazy(page_view)/> }.into_inner()
}
