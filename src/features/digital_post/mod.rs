//! Digital Post: the letters' headers (never contents), sorted and filtered, marked as read or
//! unread for the session. The page loads from the `digital_post` chunk; the read marks, the
//! unread count in the menu and the overview's card ship with the shell.

pub mod card;
pub mod logic;
mod page;
pub mod state;
pub mod texts;

use leptos::prelude::*;
use leptos_router::{components::Route, MatchNestedRoutes};

use crate::page::{lazy::Lazy, routes::Page};

crate::lazy_view!(
    digital_post,
    fn page_view() {
        view! { <page::DigitalPostPage/> }
    }
);

/// The section's routes, each loading the section's chunk.
#[component(transparent)]
pub fn DigitalPostRoutes() -> impl MatchNestedRoutes + Clone {
    view! { <Route path=Page::DigitalPost.segment() view=Lazy(page_view)/> }.into_inner()
}
