//! The panel's section: loading a scenario file.

use leptos::prelude::*;

use super::super::scenario::{readable, ScenarioMeta};
use super::super::setup::{end_run, load_scenario, loaded_meta, remove_scenario, Rejected};
use super::super::texts::{scenario_summary, ToolkitText};
use crate::components::alert::{Alert, AlertKind};
use crate::i18n::Text;

use super::{use_panel, use_shared, Personas};

/// What loading a file ended in.
#[derive(Clone, PartialEq)]
enum LoadResult {
    Loaded,
    Rejected(Rejected),
    Unreadable,
}

/// Loading a scenario file: the panel's section, with what is loaded and its removal.
#[component]
pub(super) fn ScenarioSection() -> impl IntoView {
    let (i18n, toolkit, _, _) = use_panel();
    let personas = use_shared().personas;
    let reset = RwSignal::new(0u32);
    let summary = move || {
        let lang = i18n.lang();
        match loaded_meta(toolkit) {
            Some(meta) => view! {
                <p data-testid="scenario-loaded-name">{scenario_summary(lang, &meta.id, &meta.name, meta.tasks.len())}</p>
                <button type="button" class="button button-secondary" on:click=move |_| {
                    remove_scenario();
                    end_run(toolkit);
                    reset.update(|n| *n += 1);
                }>
                    {move || i18n.t(ToolkitText::RemoveScenario)}
                </button>
            }.into_any(),
            None => view! { <p>{move || i18n.t(ToolkitText::NoScenario)}</p> }.into_any(),
        }
    };
    view! {
            <p>
                {move || i18n.t(ToolkitText::ScenarioHint)} " "
                <a href="/api/scenarier/eksempel.json" download="eksempel.json">"eksempel.json"</a>
                " · "
                <a href="/api/scenarie.schema.json">"scenarie.schema.json"</a>
            </p>
            <ScenarioLoader personas id="scenario-file" reset on_loaded=Callback::new(|_| ())/>
            {summary}
    }
}

/// A scenario file's picker and drop zone, and what loading it ended in (its errors with their
/// pointers). `reset` clears the feedback when bumped; `on_loaded` hears of a loaded scenario.
#[component]
pub(in super::super) fn ScenarioLoader(
    personas: Personas,
    /// The file input's id and test id (its drop zone's: `{id}-drop`).
    id: &'static str,
    #[prop(optional)] reset: Option<RwSignal<u32>>,
    on_loaded: Callback<ScenarioMeta>,
) -> impl IntoView {
    let (i18n, toolkit, clock, _) = use_panel();
    let (result, set_result) = signal(None::<LoadResult>);
    if let Some(reset) = reset {
        Effect::new(move |_| {
            reset.track();
            set_result.set(None);
        });
    }
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
            match load_scenario(text, builtin, toolkit, clock).await {
                Ok(meta) => {
                    set_result.set(Some(LoadResult::Loaded));
                    on_loaded.run(meta);
                }
                Err(rejected) => set_result.set(Some(LoadResult::Rejected(rejected))),
            }
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
            LoadResult::Rejected(Rejected::CheckerUnavailable) => view! {
                <Alert kind=AlertKind::Error testid="scenario-errors">
                    <p class="alert-text">{ToolkitText::CheckerUnavailable.text(lang)}</p>
                </Alert>
            }.into_any(),
            LoadResult::Rejected(Rejected::Invalid(problems)) => view! {
                <Alert kind=AlertKind::Error testid="scenario-errors">
                    <p class="alert-text">{ToolkitText::ScenarioRejected.text(lang)}</p>
                    <ul class="scenario-problems">
                        {problems.into_iter().map(|problem| {
                            // Where, as a person reads it, with the JSON pointer beside it for
                            // developers and editors.
                            let place = readable(&problem.pointer, lang)
                                .unwrap_or_else(|| ToolkitText::WholeFile.text(lang).to_owned());
                            view! {
                                <li data-testid="scenario-problem">
                                    <strong data-testid="scenario-place">{place}</strong>
                                    {(!problem.pointer.is_empty()).then(|| view! {
                                        " " <code data-testid="scenario-pointer">{problem.pointer.clone()}</code>
                                    })}
                                    ": " {problem.message(lang)}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </Alert>
            }.into_any(),
        })
    };
    view! {
        <div
            class="drop-zone"
            class:is-dragging=dragging
            data-testid=format!("{id}-drop")
            on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); set_dragging.set(true); }
            on:dragleave=move |_| set_dragging.set(false)
            on:drop=on_drop
        >
            <label class="form-label" for=id>{move || i18n.t(ToolkitText::ChooseFile)}</label>
            <input type="file" id=id accept="application/json,.json" data-testid=id on:change=on_pick/>
            <p class="form-hint">{move || i18n.t(ToolkitText::DropHere)}</p>
        </div>
        <div aria-live="polite">{feedback}</div>
    }
}
