//! Where the toolkit appears in the shell: the facilitator panel, opened with Ctrl+Shift+F (or a
//! start link's `?facilitator`), the facilitator's note field (Ctrl+Shift+L), and the task bar
//! while a task run is under way. Each loads from its chunk the first time it shows; closing the
//! panel or the note field returns focus where it was.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{note_view, panel_view, task_bar_view, use_toolkit};
use crate::page::{lazy::LazyPart, routes::Page};
use crate::state::api_settings::use_api_settings;
use leptos_router::hooks::use_location;

/// The key (by position, any layout) that opens a toolkit window with Ctrl+Shift: `F` the
/// panel, `L` the note field (Ctrl+Shift+N is the browser's own).
fn shortcut(event: &web_sys::KeyboardEvent) -> Option<&'static str> {
    (event.ctrl_key() && event.shift_key() && !event.alt_key())
        .then(|| event.code())
        .and_then(|code| ["KeyF", "KeyL"].into_iter().find(|key| *key == code))
}

/// The panel (when open) and the task bar (when a run is under way).
#[component]
pub fn ToolkitHost() -> impl IntoView {
    let toolkit = use_toolkit();
    let settings = use_api_settings();
    let pathname = use_location().pathname;
    let opener = StoredValue::new_local(None::<web_sys::HtmlElement>);
    let handle = window_event_listener(leptos::ev::keydown, move |event| {
        let window = match shortcut(&event) {
            Some("KeyF") => toolkit.panel_open,
            Some(_) => toolkit.note_open,
            None => return,
        };
        event.prevent_default();
        if !toolkit.panel_open.get_untracked() && !toolkit.note_open.get_untracked() {
            opener.set_value(
                document()
                    .active_element()
                    .and_then(|element| element.dyn_into().ok()),
            );
            window.set(true);
        }
    });
    on_cleanup(move || handle.remove());
    Effect::new(move |was_open: Option<bool>| {
        let open = toolkit.panel_open.get() || toolkit.note_open.get();
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
        {move || toolkit.note_open.get().then(|| view! {
            <LazyPart load=note_view testid="note-load-error"/>
        })}
        // Only while someone is logged in (after *Log af* nothing of the run is on screen), and
        // not over the study's report.
        {move || (toolkit.tasks_active.get() && settings.is_logged_in()
            && !Page::StudyResults.contains(&pathname.get())).then(|| view! {
            <LazyPart load=task_bar_view testid="task-bar-load-error"/>
        })}
    }
}
