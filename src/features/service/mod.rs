//! The service's own pages, reachable without logging in: the accessibility statement (with its
//! short address `/was`, as the rules for accessibility statements ask) and the page shown after
//! *Log af*. They ship with the first view (no chunk to wait for).

mod accessibility;
mod logged_out;
pub mod texts;

use leptos::prelude::*;
use leptos_router::{
    any_nested_route::IntoAnyNestedRoute,
    components::{Redirect, Route},
    path,
};

use crate::page::routes::Page;
use accessibility::AccessibilityPage;
use logged_out::LoggedOutPage;

/// The accessibility statement, its short address, and the logged-out page.
#[component(transparent)]
pub fn ServiceRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! {
        <Route path=Page::Accessibility.segment() view=AccessibilityPage/>
        <Route path=path!("/was") view=|| view! { <Redirect path=Page::Accessibility.path()/> }/>
        <Route path=Page::LoggedOut.segment() view=LoggedOutPage/>
    }
    .into_inner()
    .into_any_nested_route()
}
