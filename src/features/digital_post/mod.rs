//! Digital Post: who wrote to the citizen and about what (never the contents). Being built.

pub mod texts;

use leptos::prelude::*;
use leptos_router::{components::Route, MatchNestedRoutes};

use crate::shell::{lazy::Lazy, placeholder::SectionPlaceholder, routes::Page};
use texts::DigitalPostText;

crate::lazy_view!(
    digital_post,
    fn page_view() {
        view! { <SectionPlaceholder title=DigitalPostText::Title intro=DigitalPostText::Intro/> }
    }
);

/// The section's routes, each loading the section's chunk.
#[component(transparent)]
pub fn DigitalPostRoutes() -> impl MatchNestedRoutes + Clone {
    view! { <Route path=Page::DigitalPost.segment() view=Lazy(page_view)/> }.into_inner()
}
