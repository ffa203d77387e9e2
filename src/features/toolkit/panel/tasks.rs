//! The panel's section: task runs, their results and their export.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::super::setup::{end_run, loaded_meta, save_run, task_run};
use super::super::tasks::{Outcome, TaskRun};
use super::super::texts::{seconds, ToolkitText};
use super::use_panel;
use crate::components::data_table::DataTable;
use crate::i18n::Text;
use crate::save_file::save_file;

/// Starting and ending a task run, its results, and their export.
#[component]
pub(super) fn TasksSection() -> impl IntoView {
    let (i18n, toolkit, clock, settings) = use_panel();
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
