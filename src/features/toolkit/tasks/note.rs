//! The facilitator's note field (Ctrl+Shift+L): a small dialog whose note is timed against the
//! task under way and kept with the run, so it goes into the export.

use leptos::prelude::*;

use super::super::setup::{now, save_run, task_run};
use super::super::texts::ToolkitText;
use super::super::use_toolkit;
use super::Now;
use crate::components::dialog::ModalDialog;
use crate::state::language::use_i18n;

/// The note dialog.
#[component]
pub fn NoteDialog() -> impl IntoView {
    let i18n = use_i18n();
    let toolkit = use_toolkit();
    let text = NodeRef::<leptos::html::Textarea>::new();
    let (saved, set_saved) = signal(false);
    let close = Callback::new(move |()| toolkit.note_open.set(false));
    let has_run = move || {
        toolkit.revision.track();
        untrack(|| task_run(toolkit)).is_some()
    };
    let save = move || {
        let (Some(area), Some(mut run)) = (text.get_untracked(), task_run(toolkit)) else {
            return;
        };
        let (ms, iso) = now();
        run.add_note(&area.value(), Now { ms, iso: &iso });
        save_run(toolkit, &run);
        area.set_value("");
        let _ = area.focus();
        set_saved.set(true);
    };
    view! {
        <ModalDialog id="note-dialog" class="note-dialog" labelled_by="note-heading" open=Signal::stored(true) on_close=close>
            <div class="note-dialog-box" data-testid="note-dialog">
                <h2 id="note-heading" class="h4 mt-0">{move || i18n.t(ToolkitText::NoteHeading)}</h2>
                {move || if has_run() {
                    view! {
                        <form on:submit=move |ev| { ev.prevent_default(); save(); }>
                            <div class="form-group mt-0">
                                <label class="form-label" for="note-text">{move || i18n.t(ToolkitText::NoteLabel)}</label>
                                <span class="form-hint" id="note-hint">{move || i18n.t(ToolkitText::NoteHint)}</span>
                                <textarea class="form-input" id="note-text" rows="3" aria-describedby="note-hint" data-testid="note-text" node_ref=text
                                    on:input=move |_| set_saved.set(false)
                                    on:keydown=move |ev| if ev.key() == "Enter" && (ev.ctrl_key() || ev.meta_key()) {
                                        ev.prevent_default();
                                        save();
                                    }></textarea>
                            </div>
                            <p role="status" data-testid="note-status">{move || saved.get().then(|| i18n.t(ToolkitText::NoteSaved))}</p>
                            <p class="d-flex flex-wrap">
                                <button type="submit" class="button button-primary button-small mr-4" data-testid="note-save">
                                    {move || i18n.t(ToolkitText::NoteSave)}
                                </button>
                                <button type="button" class="button button-secondary button-small" data-testid="note-close" on:click=move |_| close.run(())>
                                    {move || i18n.t(ToolkitText::NoteClose)}
                                </button>
                            </p>
                        </form>
                    }.into_any()
                } else {
                    view! {
                        <p data-testid="note-no-run">{move || i18n.t(ToolkitText::NoteNoRun)}</p>
                        <button type="button" class="button button-secondary button-small" data-testid="note-close" on:click=move |_| close.run(())>
                            {move || i18n.t(ToolkitText::NoteClose)}
                        </button>
                    }.into_any()
                }}
            </div>
        </ModalDialog>
    }
}
