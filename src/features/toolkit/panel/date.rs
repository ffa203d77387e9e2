//! The panel's section: the scenario clock.

use leptos::prelude::*;

use super::super::texts::ToolkitText;
use crate::date::Date;
use crate::state::{
    clock::{use_clock, REFERENCE_DATE},
    language::use_i18n,
};

/// The scenario clock.
#[component]
pub(super) fn DateSection() -> impl IntoView {
    let i18n = use_i18n();
    let clock = use_clock();
    let (invalid, set_invalid) = signal(false);
    view! {
            <div class="form-group" class:form-error=invalid>
                <label class="form-label" for="panel-date-input">{move || i18n.t(ToolkitText::DateLabel)}</label>
                <span class="form-hint" id="panel-date-hint">{move || i18n.t(ToolkitText::DateHint)}</span>
                {move || invalid.get().then(|| view! {
                    <span class="form-error-message" id="panel-date-error" role="alert">{move || i18n.t(ToolkitText::DateInvalid)}</span>
                })}
                <input type="date" class="form-input" id="panel-date-input" data-testid="panel-date"
                    aria-describedby=move || if invalid.get() { "panel-date-hint panel-date-error" } else { "panel-date-hint" }
                    prop:value=move || clock.today().to_string()
                    on:change=move |ev| match Date::parse_day(&event_target_value(&ev)) {
                        Some(date) => { set_invalid.set(false); clock.set(date); }
                        None => set_invalid.set(true),
                    }/>
            </div>
            <button type="button" class="button button-secondary mt-3" on:click=move |_| { set_invalid.set(false); clock.set(REFERENCE_DATE); }>
                {move || i18n.t(ToolkitText::UseReferenceDate)}
            </button>
    }
}
