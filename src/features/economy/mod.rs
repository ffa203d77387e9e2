//! Økonomi: benefits, payouts, tax and debt to public authorities. Being built.

pub mod texts;

use leptos::prelude::*;
use leptos_router::{components::Route, MatchNestedRoutes};

use crate::shell::{lazy::Lazy, placeholder::SectionPlaceholder, routes::Page};
use texts::EconomyText;

crate::lazy_view!(
    economy,
    fn page_view() {
        view! { <SectionPlaceholder title=EconomyText::Title intro=EconomyText::Intro/> }
    }
);

/// The section's routes, each loading the section's chunk.
#[component(transparent)]
pub fn EconomyRoutes() -> impl MatchNestedRoutes + Clone {
    view! { <Route path=Page::Economy.segment() view=Lazy(page_view)/> }.into_inner()
}
