//! The panel's section: the inactivity timeout.

use leptos::prelude::*;

use super::super::texts::ToolkitText;
use super::super::use_toolkit;
use crate::state::language::use_i18n;

/// Minutes of inactivity before automatic logout.
#[component]
pub(super) fn TimeoutSection() -> impl IntoView {
    let i18n = use_i18n();
    let toolkit = use_toolkit();
    view! {
            <div class="form-group">
                <label class="form-label" for="panel-timeout-input">{move || i18n.t(ToolkitText::TimeoutLabel)}</label>
                <input type="number" class="form-input input-width-xs" id="panel-timeout-input" min="1" max="1440" step="1"
                    prop:value=move || (toolkit.timeout_s.get() as f64 / 60.0).to_string()
                    on:change=move |ev| {
                        if let Ok(minutes) = event_target_value(&ev).replace(',', ".").parse::<f64>() {
                            toolkit.set_timeout((minutes * 60.0).round().max(0.0) as u32);
                        }
                    }/>
            </div>
    }
}
