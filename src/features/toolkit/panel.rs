//! The facilitator panel: a dialog (Ctrl+Shift+F, or `?facilitator` in a start link) that sets
//! up a test without a developer — person, language, scenario date, latency and failures per
//! source, a scenario file with tasks, the task results, a start link, the inactivity timeout,
//! and a reset. Every change applies at once, without a reload.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::faults::{Failure, FaultPlan};
use super::setup::{
    choices, end_run, load_scenario, loaded_meta, log_in_as, personas_resource, remove_scenario,
    save_run, task_run, Rejected,
};
use super::tasks::{Outcome, TaskRun};
use super::texts::{scenario_summary, seconds, ToolkitText};
use super::{use_toolkit, DEFAULT_TIMEOUT_S};
use crate::api::{endpoints::PersonaIndex, ApiError, Source};
use crate::components::alert::{Alert, AlertKind};
use crate::components::data_table::DataTable;
use crate::components::dialog::ModalDialog;
use crate::date::Date;
use crate::i18n::{Lang, Text};
use crate::page::{hrefs::with_query, routes::Page, session::use_log_off};
use crate::save_file::save_file;
use crate::state::{
    api_settings::use_api_settings,
    clock::{use_clock, REFERENCE_DATE},
    language::use_i18n,
    source_texts::source_label,
    sources::use_sources,
    tab_storage::clear_storage,
};

/// The mock's persona index, as the panel's sections share it.
type Personas = LocalResource<Result<PersonaIndex, ApiError>>;

/// The panel.
#[component]
pub fn FacilitatorPanel() -> impl IntoView {
    let i18n = use_i18n();
    // Read once for the sections that list people.
    let personas = personas_resource();
    let toolkit = use_toolkit();
    let close = Callback::new(move |()| toolkit.panel_open.set(false));
    view! {
        <ModalDialog id="facilitator-panel" class="facilitator-panel" labelled_by="panel-heading" open=Signal::stored(true) on_close=close>
            <div class="facilitator-panel-box" data-testid="facilitator-panel">
                <div class="facilitator-panel-top">
                    <h2 id="panel-heading" class="h3 m-0">{move || i18n.t(ToolkitText::PanelTitle)}</h2>
                    <button type="button" class="button button-secondary button-small" data-testid="panel-close" on:click=move |_| close.run(())>
                        {move || i18n.t(ToolkitText::ClosePanel)}
                    </button>
                </div>
                <p>{move || i18n.t(ToolkitText::PanelIntro)}</p>
                <PersonSection personas/>
                <LanguageSection/>
                <DateSection/>
                <FaultsSection/>
                <ScenarioSection personas/>
                <TasksSection/>
                <StartLinkSection/>
                <TimeoutSection/>
                <ResetSection/>
            </div>
        </ModalDialog>
        <div class="confirm-backdrop is-visible" aria-hidden="true" on:click=move |_| close.run(())></div>
    }
}

/// Switching person: anyone from the mock or the loaded scenario; the overview shows them.
#[component]
fn PersonSection(personas: Personas) -> impl IntoView {
    let i18n = use_i18n();
    let settings = use_api_settings();
    let clock = use_clock();
    let toolkit = use_toolkit();
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

/// Danish or English.
#[component]
fn LanguageSection() -> impl IntoView {
    let i18n = use_i18n();
    let radio = move |lang: Lang, label: &'static str| {
        let id = format!("panel-lang-{}", lang.code());
        view! {
            <div class="form-group-radio">
                <input type="radio" class="form-radio" name="panel-lang" id=id.clone() prop:checked=move || i18n.lang() == lang
                    on:change=move |_| i18n.set_lang(lang)/>
                <label for=id lang=lang.code()>{label}</label>
            </div>
        }
    };
    view! {
        <section class="panel-section">
            <fieldset>
                <legend class="h4">{move || i18n.t(ToolkitText::LanguageHeading)}</legend>
                {radio(Lang::Da, "Dansk")}
                {radio(Lang::En, "English")}
            </fieldset>
        </section>
    }
}

/// The scenario clock.
#[component]
fn DateSection() -> impl IntoView {
    let i18n = use_i18n();
    let clock = use_clock();
    let (invalid, set_invalid) = signal(false);
    view! {
        <section class="panel-section" aria-labelledby="panel-date">
            <h3 id="panel-date" class="h4">{move || i18n.t(ToolkitText::DateHeading)}</h3>
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
        </section>
    }
}

/// Latency and a forced failure per source, through the client's fault simulation.
#[component]
fn FaultsSection() -> impl IntoView {
    let i18n = use_i18n();
    let toolkit = use_toolkit();
    let sources = use_sources();
    let plans = RwSignal::new(toolkit.faults());
    let update = move |source: Source, change: &dyn Fn(&mut FaultPlan)| {
        plans.update(|faults| {
            let mut plan = faults.plan(source);
            change(&mut plan);
            faults.set(source, plan);
        });
        toolkit.set_faults(plans.get_untracked());
    };
    let failures = [
        (Failure::None, ToolkitText::FailureNone),
        (Failure::Http500, ToolkitText::FailureHttp500),
        (Failure::Timeout, ToolkitText::FailureTimeout),
        (Failure::Malformed, ToolkitText::FailureMalformed),
    ];
    let rows = Source::ALL
        .into_iter()
        .map(|source| {
            let latency_id = format!("latency-{}", source.id());
            let failure_id = format!("failure-{}", source.id());
            let name_id = format!("source-{}", source.id());
            view! {
                <tr data-testid=format!("fault-{}", source.id())>
                    <th scope="row" id=name_id.clone()>{move || i18n.t(source_label(source))}</th>
                    <td>
                        <input type="number" class="form-input input-width-xs" min="0" max="60000" step="100" id=latency_id
                            aria-labelledby=format!("col-latency {name_id}")
                            prop:value=move || plans.with(|f| f.plan(source).latency_ms.to_string())
                            on:change=move |ev| {
                                let ms = event_target_value(&ev).parse::<u32>().unwrap_or(0).min(60_000);
                                update(source, &|plan| plan.latency_ms = ms);
                            }/>
                    </td>
                    <td>
                        <select class="form-select" id=failure_id aria-labelledby=format!("col-failure {name_id}")
                            on:change=move |ev| {
                                let failure = Failure::from_id(&event_target_value(&ev)).unwrap_or_default();
                                update(source, &|plan| plan.failure = failure);
                            }>
                            {failures.into_iter().map(|(failure, label)| view! {
                                <option value=failure.id() selected=move || plans.with(|f| f.plan(source).failure == failure)>
                                    {move || i18n.t(label)}
                                </option>
                            }).collect_view()}
                        </select>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="panel-section" aria-labelledby="panel-faults">
            <h3 id="panel-faults" class="h4">{move || i18n.t(ToolkitText::FaultsHeading)}</h3>
            <p>{move || i18n.t(ToolkitText::FaultsHint)}</p>
            <DataTable caption=i18n.signal(ToolkitText::FaultsHeading) testid="fault-table">
                <thead>
                    <tr>
                        <th scope="col">{move || i18n.t(ToolkitText::ColSource)}</th>
                        <th scope="col" id="col-latency">{move || i18n.t(ToolkitText::ColLatency)}</th>
                        <th scope="col" id="col-failure">{move || i18n.t(ToolkitText::ColFailure)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </DataTable>
            <button type="button" class="button button-secondary mt-3" on:click=move |_| {
                for source in Source::ALL {
                    sources.retry(source);
                }
            }>
                {move || i18n.t(ToolkitText::RefetchAll)}
            </button>
        </section>
    }
}

/// What loading a file ended in.
#[derive(Clone, PartialEq)]
enum LoadResult {
    Loaded,
    Rejected(Rejected),
    Unreadable,
}

/// Loading a scenario file by file picker or drag-and-drop; its errors with their pointers.
#[component]
fn ScenarioSection(personas: Personas) -> impl IntoView {
    let i18n = use_i18n();
    let toolkit = use_toolkit();
    let clock = use_clock();
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

/// Starting and ending a task run, its results, and their export.
#[component]
fn TasksSection() -> impl IntoView {
    let i18n = use_i18n();
    let toolkit = use_toolkit();
    let settings = use_api_settings();
    let clock = use_clock();
    let navigate = use_navigate();
    let run = Memo::new(move |_| task_run(toolkit));
    let start = move |_| {
        let Some(meta) = loaded_meta(toolkit) else {
            return;
        };
        let first_start = meta.tasks.first().and_then(|task| task.start.clone());
        let here = window().location().pathname().unwrap_or_default();
        let path = first_start.clone().unwrap_or(here);
        let run = TaskRun::new(
            &meta.id,
            &settings.persona(),
            meta.tasks,
            js_sys::Date::now(),
            &path,
        );
        save_run(toolkit, &run);
        toolkit.panel_open.set(false);
        if let Some(start) = first_start {
            navigate(start.as_str(), Default::default());
        }
    };
    let export = move |csv: bool| {
        if let Some(run) = run.get_untracked() {
            let date = clock.today().to_string();
            if csv {
                save_file(
                    &format!("opgaveresultater-{}-{date}.csv", run.scenario),
                    "text/csv",
                    &run.csv(),
                );
            } else {
                save_file(
                    &format!("opgaveresultater-{}-{date}.json", run.scenario),
                    "application/json",
                    &run.json(i18n.lang(), &date),
                );
            }
        }
    };
    let results = move || {
        let lang = i18n.lang();
        run.get().map(|run| {
            if run.results.is_empty() {
                return view! { <p>{ToolkitText::NoResults.text(lang)}</p> }.into_any();
            }
            view! {
                <DataTable caption=i18n.signal(ToolkitText::TasksHeading) testid="task-results">
                    <thead>
                        <tr>
                            <th scope="col">{ToolkitText::ColTask.text(lang)}</th>
                            <th scope="col">{ToolkitText::ColOutcome.text(lang)}</th>
                            <th scope="col" class="text-align-right">{ToolkitText::ColTime.text(lang)}</th>
                            <th scope="col">{ToolkitText::ColPages.text(lang)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {run.results.into_iter().map(|result| view! {
                            <tr data-testid="task-result">
                                <td>{result.id}</td>
                                <td>{match result.outcome {
                                    Outcome::Done => ToolkitText::OutcomeDone.text(lang),
                                    Outcome::Skipped => ToolkitText::OutcomeSkipped.text(lang),
                                }}</td>
                                <td class="text-align-right">{seconds(lang, result.seconds)}</td>
                                <td>{result.pages.join(" › ")}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </DataTable>
            }.into_any()
        })
    };
    view! {
        <section class="panel-section" aria-labelledby="panel-tasks">
            <h3 id="panel-tasks" class="h4">{move || i18n.t(ToolkitText::TasksHeading)}</h3>
            {move || {
                let start = start.clone();
                let tasks = loaded_meta(toolkit).map(|meta| meta.tasks.len()).unwrap_or(0);
                if tasks == 0 {
                    view! { <p>{move || i18n.t(ToolkitText::NoTasks)}</p> }.into_any()
                } else {
                    view! {
                        <p class="d-flex flex-wrap">
                            <button type="button" class="button button-primary mr-4" data-testid="start-tasks" on:click=start>
                                {move || i18n.t(ToolkitText::StartTasks)}
                            </button>
                            {move || run.get().is_some().then(|| view! {
                                <button type="button" class="button button-secondary" data-testid="end-tasks" on:click=move |_| end_run(toolkit)>
                                    {move || i18n.t(ToolkitText::StopTasks)}
                                </button>
                            })}
                        </p>
                    }.into_any()
                }
            }}
            {results}
            {move || run.get().is_some_and(|run| !run.results.is_empty()).then(|| view! {
                <p class="d-flex flex-wrap">
                    <button type="button" class="button button-secondary mr-4" data-testid="export-csv" on:click=move |_| export(true)>
                        {move || i18n.t(ToolkitText::ExportCsv)}
                    </button>
                    <button type="button" class="button button-secondary" data-testid="export-json" on:click=move |_| export(false)>
                        {move || i18n.t(ToolkitText::ExportJson)}
                    </button>
                </p>
            })}
        </section>
    }
}

/// A link that opens the chosen person, language, date, failures, timeout and start page.
#[component]
fn StartLinkSection() -> impl IntoView {
    let i18n = use_i18n();
    let settings = use_api_settings();
    let clock = use_clock();
    let toolkit = use_toolkit();
    let (page, set_page) = signal(Page::Overview);
    let link = move || {
        let mut params = vec![
            ("persona", settings.persona()),
            ("sprog", i18n.lang().code().to_owned()),
            ("dato", clock.today().to_string()),
        ];
        toolkit.revision.track();
        let (failures, latencies) = toolkit.faults().to_params();
        if !failures.is_empty() {
            params.push(("fejl", failures));
        }
        if !latencies.is_empty() {
            params.push(("forsinkelse", latencies));
        }
        let timeout = toolkit.timeout_s.get();
        if timeout != DEFAULT_TIMEOUT_S {
            params.push(("udloeb", timeout.to_string()));
        }
        let origin = window().location().origin().unwrap_or_default();
        format!("{origin}{}", with_query(page.get().path(), &params))
    };
    view! {
        <section class="panel-section" aria-labelledby="panel-link">
            <h3 id="panel-link" class="h4">{move || i18n.t(ToolkitText::StartLinkHeading)}</h3>
            <p>{move || i18n.t(ToolkitText::StartLinkHint)}</p>
            <div class="form-group">
                <label class="form-label" for="panel-start-page">{move || i18n.t(ToolkitText::StartPage)}</label>
                <select class="form-select" id="panel-start-page" on:change=move |ev| {
                    let path = event_target_value(&ev);
                    if let Some(chosen) = Page::MENU.iter().find(|p| p.path() == path) {
                        set_page.set(*chosen);
                    }
                }>
                    {Page::MENU.iter().map(|&p| view! {
                        <option value=p.path() selected=move || page.get() == p>{move || p.title(i18n.lang())}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="form-group">
                <label class="form-label" for="panel-start-link">{move || i18n.t(ToolkitText::StartLinkLabel)}</label>
                <input type="text" class="form-input" id="panel-start-link" readonly data-testid="start-link" prop:value=link/>
            </div>
            // The panel may be refreshed by the focus trap's Tab handling at any time; the
            // link reloads the app, which keeps the tab's setup.
            <a class="button button-secondary mt-3" href=link data-testid="open-start-link" rel="external">
                {move || i18n.t(ToolkitText::OpenStartLink)}
            </a>
        </section>
    }
}

/// Minutes of inactivity before automatic logout.
#[component]
fn TimeoutSection() -> impl IntoView {
    let i18n = use_i18n();
    let toolkit = use_toolkit();
    view! {
        <section class="panel-section" aria-labelledby="panel-timeout">
            <h3 id="panel-timeout" class="h4">{move || i18n.t(ToolkitText::TimeoutHeading)}</h3>
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
        </section>
    }
}

/// Back to a clean start.
#[component]
fn ResetSection() -> impl IntoView {
    let i18n = use_i18n();
    let toolkit = use_toolkit();
    let clock = use_clock();
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
        <section class="panel-section" aria-labelledby="panel-reset">
            <h3 id="panel-reset" class="h4">{move || i18n.t(ToolkitText::ResetHeading)}</h3>
            <p>{move || i18n.t(ToolkitText::ResetHint)}</p>
            <button type="button" class="button button-secondary" data-testid="panel-reset" on:click=reset>
                {move || i18n.t(ToolkitText::ResetAll)}
            </button>
        </section>
    }
}
