//! The panel's section: task runs, what the task under way counts as solved, the results with
//! the facilitator's verdicts, and their export.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::super::setup::{end_run, loaded_meta, now, participant, save_run, task_run};
use super::super::tasks::export::StudyExport;
use super::super::tasks::verdict::Verdict;
use super::super::tasks::{Now, Stage, TaskResult, TaskRun};
use super::super::texts::{
    criterion_text, right_answer, seconds, task_number, verdict_label, ToolkitText,
};
use super::use_panel;
use crate::i18n::Text;
use crate::save_file::save_file;

/// Starting and ending a task run, the task under way, the results and their export.
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
        let (ms, iso) = now();
        let run = TaskRun::new(
            &meta.id,
            &settings.persona(),
            participant(toolkit),
            meta.questionnaires,
            meta.tasks,
            Now { ms, iso: &iso },
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
            let export = StudyExport::of(&run, i18n.lang(), &clock.today().to_string());
            if csv {
                save_file(&export.file_name("csv"), "text/csv", &export.csv());
            } else {
                save_file(
                    &export.file_name("json"),
                    "application/json",
                    &export.json(),
                );
            }
        }
    };
    let change = move |edit: &dyn Fn(&mut TaskRun)| {
        if let Some(mut run) = task_run(toolkit) {
            edit(&mut run);
            save_run(toolkit, &run);
        }
    };
    let under_way = move || {
        let lang = i18n.lang();
        run.get().and_then(|run| {
            let total = run.tasks.len();
            let (n, task) = match run.stage() {
                Stage::Task(n, task) | Stage::Seq(n, task) => (n, task.clone()),
                Stage::Sus | Stage::Done => return None,
            };
            let criterion = task
                .success
                .as_ref()
                .map(|success| criterion_text(lang, success));
            Some(view! {
                <div class="task-under-way" data-testid="task-under-way">
                    <p class="m-0"><strong>{task_number(lang, n, total)} ": "</strong> {task.id}</p>
                    <p class="m-0 form-hint">{criterion.unwrap_or_else(|| ToolkitText::NoCriterion.text(lang).to_owned())}</p>
                </div>
            })
        })
    };
    // The rows are made when a result is added; their cells follow the run, so a select keeps
    // its focus while the facilitator steps through its options.
    let count = Memo::new(move |_| run.with(|run| run.as_ref().map(|run| run.results.len())));
    let result = move |index: usize| {
        run.with(|run| run.as_ref().and_then(|run| run.results.get(index).cloned()))
    };
    let results = move || {
        let lang = i18n.lang();
        count.get().map(|count| {
            if count == 0 {
                return view! { <p>{ToolkitText::NoResults.text(lang)}</p> }.into_any();
            }
            let rows = (0..count).filter_map(|index| {
                let first = untrack(|| result(index))?;
                // The right answer stays beside the mark after the task, when it is marked.
                let expected = untrack(|| run.with(|run| {
                    run.as_ref()
                        .and_then(|run| run.tasks.iter().find(|task| task.id == first.id))
                        .and_then(|task| task.success.as_ref())
                        .and_then(|success| success.answer.clone())
                }));
                let verdict_id = format!("verdict-{index}");
                let answer_id = format!("answer-{index}");
                let answer_hint = format!("answer-hint-{index}");
                let field = move |read: fn(&TaskResult) -> String| {
                    move || result(index).map(|r| read(&r)).unwrap_or_default()
                };
                let chosen = move || result(index).and_then(|r| r.corrected.then_some(r.verdict).flatten());
                let answer = move || result(index).and_then(|r| r.answer_right);
                let time = seconds(lang, first.seconds);
                let seq = field(|r| r.seq.map_or_else(|| "–".to_owned(), |s| s.to_string()));
                Some(view! {
                    <li class="task-result" data-testid="task-result">
                        <h4 class="h5 m-0">{first.id.clone()}</h4>
                        <p class="m-0 task-result-facts">
                            {format!("{}: {time} · ", ToolkitText::ColTime.text(lang))}
                            {format!("{}: ", ToolkitText::ColSeq.text(lang))}
                            <span data-testid="result-seq">{seq}</span>
                        </p>
                        <p class="m-0 task-result-pages">{first.pages.join(" › ")}</p>
                        <div class="task-result-marks">
                            <div class="form-group">
                                <label class="form-label" for=verdict_id.clone()>{ToolkitText::ColVerdict.text(lang)}</label>
                                <select class="form-select" id=verdict_id data-testid="verdict" on:change=move |ev| {
                                    let verdict = Verdict::from_id(&event_target_value(&ev));
                                    change(&|run| run.correct(index, verdict));
                                }>
                                    <option value="" selected=move || chosen().is_none()>
                                        {move || format!(
                                            "{} {}",
                                            verdict_label(lang, result(index).and_then(|r| r.automatic)),
                                            ToolkitText::Automatic.text(lang)
                                        )}
                                    </option>
                                    {Verdict::ALL.into_iter().map(|v| view! {
                                        <option value=v.id() selected=move || chosen() == Some(v)>{verdict_label(lang, Some(v))}</option>
                                    }).collect_view()}
                                </select>
                            </div>
                            {expected.map(|expected| view! {
                                <div class="form-group">
                                    <label class="form-label" for=answer_id.clone()>{ToolkitText::ColAnswer.text(lang)}</label>
                                    <span class="form-hint" id=answer_hint.clone() data-testid="right-answer">{right_answer(lang, &expected)}</span>
                                    <select class="form-select" id=answer_id aria-describedby=answer_hint data-testid="answer-mark" on:change=move |ev| {
                                        let right = match event_target_value(&ev).as_str() {
                                            "ja" => Some(true),
                                            "nej" => Some(false),
                                            _ => None,
                                        };
                                        change(&|run| run.mark_answer(index, right));
                                    }>
                                        <option value="" selected=move || answer().is_none()>{ToolkitText::AnswerUnmarked.text(lang)}</option>
                                        <option value="ja" selected=move || answer() == Some(true)>{ToolkitText::AnswerRight.text(lang)}</option>
                                        <option value="nej" selected=move || answer() == Some(false)>{ToolkitText::AnswerWrong.text(lang)}</option>
                                    </select>
                                </div>
                            })}
                        </div>
                    </li>
                })
            }).collect_view();
            view! {
                <h4 class="h5">{ToolkitText::ResultsCaption.text(lang)}</h4>
                <ol class="task-results" data-testid="task-results">{rows}</ol>
            }.into_any()
        })
    };
    view! {
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
            {under_way}
            {results}
            {move || run.get().is_some_and(|run| !run.results.is_empty()).then(|| view! {
                <p class="form-hint">{move || i18n.t(ToolkitText::NotesHint)}</p>
                <p class="d-flex flex-wrap">
                    <button type="button" class="button button-secondary mr-4" data-testid="export-csv" on:click=move |_| export(true)>
                        {move || i18n.t(ToolkitText::ExportCsv)}
                    </button>
                    <button type="button" class="button button-secondary" data-testid="export-json" on:click=move |_| export(false)>
                        {move || i18n.t(ToolkitText::ExportJson)}
                    </button>
                </p>
            })}
    }
}
