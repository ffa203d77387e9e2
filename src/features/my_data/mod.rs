//! Mine oplysninger: what CPR holds about the citizen, their home (BBR) and vehicles. Being built.

pub mod texts;

use leptos::prelude::*;
use leptos_router::{components::Route, MatchNestedRoutes};

use crate::shell::{lazy::Lazy, placeholder::SectionPlaceholder, routes::Page};
use texts::MyDataText;

crate::lazy_view!(
    my_data,
    fn page_view() {
        view! { <SectionPlaceholder title=MyDataText::Title intro=MyDataText::Intro/> }
    }
);

/// The section's routes, each loading the section's chunk.
#[component(transparent)]
pub fn MyDataRoutes() -> impl MatchNestedRoutes + Clone {
    view! { <Route path=Page::MyData.segment() view=Lazy(page_view)/> }.into_inner()
}
