//! The panel's section: switching person.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::super::setup::{choices, loaded_meta, log_in_as};
use super::super::texts::ToolkitText;
use crate::page::routes::Page;

use super::{use_panel, Personas};

/// Switching person: anyone from the mock or the loaded scenario; the overview shows them.
#[component]
pub(super) fn PersonSection(personas: Personas) -> impl IntoView {
    let (i18n, toolkit, clock, settings) = use_panel();
    let navigate = use_navigate();
    let (pick, set_pick) = signal(untrack(|| settings.persona()));
    let options = move || {
        let meta = loaded_meta(toolkit);
        personas.get().and_then(Result::ok).map(|index| {
            choices(&index, meta.as_ref(), i18n.lang())
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
        })
    };
    view! {
        <section class="panel-section" aria-labelledby="panel-person">
            <h3 id="panel-person" class="h4">{move || i18n.t(ToolkitText::PersonHeading)}</h3>
            <div class="form-group">
                <label class="form-label" for="panel-persona">{move || i18n.t(ToolkitText::PersonLabel)}</label>
                <select class="form-select" id="panel-persona" on:change=move |ev| set_pick.set(event_target_value(&ev))>
                    {options}
                </select>
            </div>
            <button type="button" class="button button-secondary mt-3" data-testid="panel-switch-person" on:click=move |_| {
                log_in_as(settings, clock, toolkit, &pick.get_untracked());
                navigate(Page::Overview.path(), Default::default());
            }>
                {move || i18n.t(ToolkitText::SwitchTo)}
            </button>
        </section>
    }
}
