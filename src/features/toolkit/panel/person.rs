//! The panel's section: whom the tab is logged in as, and switching person.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::super::setup::log_in_as;
use super::super::texts::{logged_in_as, ToolkitText};
use crate::page::routes::Page;

use super::{use_panel, use_shared, Shared};

/// Who is logged in (or that nobody is), and switching to anyone from the mock or the loaded
/// scenario; the overview shows them. `pick` is the person chosen (the start link's too).
#[component]
pub(super) fn PersonSection() -> impl IntoView {
    let (i18n, toolkit, clock, settings) = use_panel();
    let Shared { people, pick, .. } = use_shared();
    let navigate = use_navigate();
    let options = move || {
        people
            .get()
            .into_iter()
            .map(|c| {
                let selected = {
                    let id = c.id.clone();
                    move || pick.get() == id
                };
                let label = format!("{} ({})", c.name, c.id);
                view! { <option value=c.id selected=selected>{label}</option> }
            })
            .collect_view()
    };
    let status = move || {
        if !settings.is_logged_in() {
            return i18n.t(ToolkitText::NobodyLoggedIn).to_owned();
        }
        let id = settings.persona();
        let name = people
            .get()
            .into_iter()
            .find(|c| c.id == id)
            .map_or_else(|| id.clone(), |c| c.name);
        logged_in_as(i18n.lang(), &name, &id)
    };
    view! {
            <p data-testid="panel-logged-in">{status}</p>
            <div class="form-group">
                <label class="form-label" for="panel-persona">{move || i18n.t(ToolkitText::PersonLabel)}</label>
                <select class="form-select" id="panel-persona" on:change=move |ev| pick.set(event_target_value(&ev))>
                    {options}
                </select>
            </div>
            <button type="button" class="button button-secondary mt-3" data-testid="panel-switch-person" on:click=move |_| {
                log_in_as(settings, clock, toolkit, &pick.get_untracked());
                navigate(Page::Overview.path(), Default::default());
            }>
                {move || i18n.t(if settings.is_logged_in() { ToolkitText::SwitchTo } else { ToolkitText::LogInChosen })}
            </button>
    }
}
