//! The page shown after "Log af".

use leptos::prelude::*;
use leptos_router::components::A;

use super::page_heading::PageHeading;
use super::routes::Page;
use super::texts::ShellText;
use crate::state::language::use_i18n;

/// "You are logged out", with a way back in.
#[component]
pub fn LoggedOutPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading text=i18n.signal(ShellText::LoggedOutTitle)/>
        <p class="font-lead">{move || i18n.t(ShellText::LoggedOutText)}</p>
        <p>
            <A href=Page::Overview.path() attr:class="button button-primary">
                {move || i18n.t(ShellText::LogInAgain)}
            </A>
        </p>
    }
}
