//! Where the toolkit appears in the shell: the facilitator panel, opened with Ctrl+Shift+F (or a
//! start link's `?facilitator`), and the task bar while a task run is under way. Each loads from
//! its chunk the first time it shows; closing the panel returns focus where it was.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{panel_view, task_bar_view, use_toolkit};
use crate::page::lazy::LazyPart;
use crate::state::api_settings::use_api_settings;

/// Whether a key press is the panel's shortcut: Ctrl+Shift+F (by key position, any layout).
fn is_panel_shortcut(event: &web_sys::KeyboardEvent) -> bool {
    event.ctrl_key() && event.shift_key() && !event.alt_key() && event.code() == "KeyF"
}

/// The panel (when open) and the task bar (when a run is under way).
#[component]
pub fn ToolkitHost() -> impl IntoView {
    let toolkit = use_toolkit();
    let settings = use_api_settings();
    let opener = StoredValue::new_local(None::<web_sys::HtmlElement>);
    let handle = window_event_listener(leptos::ev::keydown, move |event| {
        if is_panel_shortcut(&event) {
            event.prevent_default();
            if !toolkit.panel_open.get_untracked() {
                opener.set_value(
                    document()
                        .active_element()
                        .and_then(|element| element.dyn_into().ok()),
                );
                toolkit.panel_open.set(true);
            }
        }
    });
    on_cleanup(move || handle.remove());
    Effect::new(move |was_open: Option<bool>| {
        let open = toolkit.panel_open.get();
        if was_open == Some(true) && !open {
            if let Some(element) = opener.get_value() {
                let _ = element.focus();
            }
        }
        open
    });
    view! {
        {move || toolkit.panel_open.get().then(|| view! {
            <LazyPart load=panel_view testid="panel-load-error"/>
        })}
        // Only while someone is logged in: after *Log af* nothing of the run is on screen.
        {move || (toolkit.tasks_active.get() && settings.is_logged_in()).then(|| view! {
            <LazyPart load=task_bar_view testid="task-bar-load-error"/>
        })}
    }
}
