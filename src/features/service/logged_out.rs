//! The page shown after *Log af*, or when the session ended after inactivity.

use crate::page::texts::PageText;
use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_query_map};

use super::texts::ServiceText;
use crate::page::heading::PageHeading;
use crate::page::routes::Page;
use crate::page::session::TIMED_OUT;
use crate::state::language::use_i18n;

/// "You are logged out" (and why, if it was the time limit), with a way back in.
#[component]
pub fn LoggedOutPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let timed_out = move || query.with(|q| q.get(TIMED_OUT.0).as_deref() == Some(TIMED_OUT.1));
    view! {
        <PageHeading text=i18n.signal(PageText::LoggedOut)/>
        {move || timed_out().then(|| view! {
            <p class="font-lead" data-testid="timed-out">{move || i18n.t(ServiceText::TimedOutText)}</p>
        })}
        <p class="font-lead">{move || i18n.t(ServiceText::LoggedOutText)}</p>
        <p>
            <A href=Page::LogIn.path() attr:class="button button-primary" attr:data-testid="log-in-again">
                {move || i18n.t(ServiceText::LogInAgain)}
            </A>
        </p>
    }
}
