//! Dine data: who looked up the citizen's data and why, consents and powers of attorney. Being built.

pub mod card;
pub mod texts;

use leptos::prelude::*;
use leptos_router::{components::Route, MatchNestedRoutes};

use crate::shell::{lazy::Lazy, placeholder::SectionPlaceholder, routes::Page};
use texts::DataUseText;

crate::lazy_view!(
    data_use,
    fn page_view() {
        view! { <SectionPlaceholder title=DataUseText::Title intro=DataUseText::Intro/> }
    }
);

/// The section's routes, each loading the section's chunk.
#[component(transparent)]
pub fn DataUseRoutes() -> impl MatchNestedRoutes + Clone {
    view! { <Route path=Page::DataUse.segment() view=Lazy(page_view)/> }.into_inner()
}
