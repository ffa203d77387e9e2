//! The panel's section: loading a scenario file.

use leptos::prelude::*;

use super::super::setup::{end_run, load_scenario, loaded_meta, remove_scenario, Rejected};
use super::super::texts::{scenario_summary, ToolkitText};
use crate::components::alert::{Alert, AlertKind};
use crate::i18n::Text;

use super::{use_panel, Personas};

/// What loading a file ended in.
#[derive(Clone, PartialEq)]
enum LoadResult {
    Loaded,
    Rejected(Rejected),
    Unreadable,
}

/// Loading a scenario file by file picker or drag-and-drop; its errors with their pointers.
#[component]
pub(super) fn ScenarioSection(personas: Personas) -> impl IntoView {
    let (i18n, toolkit, clock, _) = use_panel();
    let (result, set_result) = signal(None::<LoadResult>);
    let (dragging, set_dragging) = signal(false);
    let read = move |file: web_sys::File| {
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|value| value.as_string());
            let Some(text) = text else {
                set_result.set(Some(LoadResult::Unreadable));
                return;
            };
            let builtin: Vec<String> = personas
                .get_untracked()
                .and_then(Result::ok)
                .map(|index| index.personas.into_iter().map(|p| p.id).collect())
                .unwrap_or_default();
            set_result.set(Some(match load_scenario(&text, &builtin, toolkit, clock) {
                Ok(_) => LoadResult::Loaded,
                Err(rejected) => LoadResult::Rejected(rejected),
            }));
        });
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            read(file);
        }
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        set_dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            read(file);
        }
    };
    let summary = move || {
        let lang = i18n.lang();
        match loaded_meta(toolkit) {
            Some(meta) => view! {
                <p data-testid="scenario-loaded-name">{scenario_summary(lang, &meta.id, &meta.name, meta.tasks.len())}</p>
                <button type="button" class="button button-secondary" on:click=move |_| {
                    remove_scenario();
                    end_run(toolkit);
                    set_result.set(None);
                }>
                    {move || i18n.t(ToolkitText::RemoveScenario)}
                </button>
            }.into_any(),
            None => view! { <p>{move || i18n.t(ToolkitText::NoScenario)}</p> }.into_any(),
        }
    };
    let feedback = move || {
        let lang = i18n.lang();
        result.get().map(|result| match result {
            LoadResult::Loaded => view! {
                <Alert kind=AlertKind::Success testid="scenario-loaded">
                    <p class="alert-text">{ToolkitText::ScenarioLoaded.text(lang)}</p>
                </Alert>
            }.into_any(),
            LoadResult::Unreadable => view! {
                <Alert kind=AlertKind::Error testid="scenario-errors">
                    <p class="alert-text">{ToolkitText::FileUnreadable.text(lang)}</p>
                </Alert>
            }.into_any(),
            LoadResult::Rejected(Rejected::TooBig) => view! {
                <Alert kind=AlertKind::Error testid="scenario-errors">
                    <p class="alert-text">{ToolkitText::ScenarioTooBig.text(lang)}</p>
                </Alert>
            }.into_any(),
            LoadResult::Rejected(Rejected::Invalid(problems)) => view! {
                <Alert kind=AlertKind::Error testid="scenario-errors">
                    <p class="alert-text">{ToolkitText::ScenarioRejected.text(lang)}</p>
                    <ul class="scenario-problems">
                        {problems.into_iter().map(|problem| {
                            let pointer = if problem.pointer.is_empty() {
                                ToolkitText::WholeFile.text(lang).to_owned()
                            } else {
                                problem.pointer.clone()
                            };
                            view! {
                                <li data-testid="scenario-problem">
                                    <code data-testid="scenario-pointer">{pointer}</code> ": " {problem.message(lang)}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </Alert>
            }.into_any(),
        })
    };
    view! {
        <section class="panel-section" aria-labelledby="panel-scenario">
            <h3 id="panel-scenario" class="h4">{move || i18n.t(ToolkitText::ScenarioHeading)}</h3>
            <p>
                {move || i18n.t(ToolkitText::ScenarioHint)} " "
                <a href="/api/scenarier/eksempel.json" download="eksempel.json">"eksempel.json"</a>
                " · "
                <a href="/api/scenarie.schema.json">"scenarie.schema.json"</a>
            </p>
            <div
                class="drop-zone"
                class:is-dragging=dragging
                data-testid="drop-zone"
                on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); set_dragging.set(true); }
                on:dragleave=move |_| set_dragging.set(false)
                on:drop=on_drop
            >
                <label class="form-label" for="scenario-file">{move || i18n.t(ToolkitText::ChooseFile)}</label>
                <input type="file" id="scenario-file" accept="application/json,.json" data-testid="scenario-file" on:change=on_pick/>
                <p class="form-hint">{move || i18n.t(ToolkitText::DropHere)}</p>
            </div>
            <div aria-live="polite">{feedback}</div>
            {summary}
        </section>
    }
}
