//! The panel's section: back to a clean start.

use leptos::prelude::*;

use super::super::setup::{end_run, remove_scenario};
use super::super::texts::ToolkitText;
use super::use_panel;
use crate::i18n::Lang;
use crate::page::session::use_log_off;
use crate::state::session_life::DEFAULT_TIMEOUT_S;
use crate::state::{clock::REFERENCE_DATE, tab_storage::clear_storage};

/// Back to a clean start.
#[component]
pub(super) fn ResetSection() -> impl IntoView {
    let (i18n, toolkit, clock, _) = use_panel();
    let log_off = use_log_off();
    let reset = move |_| {
        toolkit.set_faults(Default::default());
        toolkit.set_timeout(DEFAULT_TIMEOUT_S);
        clock.set(REFERENCE_DATE);
        remove_scenario();
        end_run(toolkit);
        i18n.set_lang(Lang::Da);
        toolkit.panel_open.set(false);
        log_off.run(false);
        clear_storage(false);
    };
    view! {
            <p>{move || i18n.t(ToolkitText::ResetHint)}</p>
            <button type="button" class="button button-secondary" data-testid="panel-reset" on:click=reset>
                {move || i18n.t(ToolkitText::ResetAll)}
            </button>
    }
}
