//! The combined report's page (`/resultater`): the facilitator drops the participants' results
//! files (or takes those kept in this tab) and reads, per task, the success rate, the time on
//! task, the SEQ, the paths and the notes; the SUS per participant and in total. A bar chart of
//! the success rates has the table above it as its alternative. Nothing leaves the browser.

use leptos::prelude::*;

use super::super::setup::{earlier_results, task_run};
use super::super::tasks::export::StudyExport;
use super::super::tasks::sus;
use super::super::texts::{report_counts, seconds, tenths, ToolkitText};
use super::super::use_toolkit;
use super::logic::{report, report_csv, Report, TaskSummary};
use crate::components::alert::{Alert, AlertKind};
use crate::components::data_table::DataTable;
use crate::i18n::{Lang, Text};
use crate::page::{heading::PageHeading, routes::Page};
use crate::save_file::save_file;
use crate::state::{clock::use_clock, language::use_i18n};

/// The report page.
#[component]
pub fn StudyResultsPage() -> impl IntoView {
    let i18n = use_i18n();
    let toolkit = use_toolkit();
    let clock = use_clock();
    let files = RwSignal::new(Vec::<StudyExport>::new());
    let (unread, set_unread) = signal(Vec::<String>::new());
    let (dragging, set_dragging) = signal(false);
    let add = move |new: Vec<StudyExport>| {
        files.update(|files| {
            for export in new {
                if !files.contains(&export) {
                    files.push(export);
                }
            }
        });
    };
    let read = move |list: web_sys::FileList| {
        let picked: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        set_unread.set(Vec::new());
        for file in picked {
            leptos::task::spawn_local(async move {
                let text = wasm_bindgen_futures::JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|value| value.as_string());
                match text.as_deref().and_then(read_exports) {
                    Some(exports) => add(exports),
                    None => set_unread.update(|names| names.push(file.name())),
                }
            });
        }
    };
    let from_tab = move |_| {
        let mut kept = earlier_results(toolkit);
        if let Some(run) = task_run(toolkit).filter(|run| !run.results.is_empty()) {
            kept.push(StudyExport::of(
                &run,
                i18n.lang(),
                &clock.today().to_string(),
            ));
        }
        add(kept);
    };
    let in_tab = move || {
        earlier_results(toolkit).len()
            + usize::from(task_run(toolkit).is_some_and(|r| !r.results.is_empty()))
    };
    let summary = Memo::new(move |_| files.with(|files| report(files, i18n.lang())));
    let download = move |_| {
        let date = clock.today().to_string();
        save_file(
            &format!("undersoegelse-{date}.csv"),
            "text/csv",
            &report_csv(&summary.get_untracked()),
        );
    };
    view! {
        <PageHeading text=i18n.signal(Page::StudyResults.title_text())/>
        <p class="font-lead">{move || i18n.t(ToolkitText::ReportIntro)}</p>
        <div class="d-print-none">
            <div
                class="drop-zone"
                class:is-dragging=dragging
                data-testid="report-drop"
                on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); set_dragging.set(true); }
                on:dragleave=move |_| set_dragging.set(false)
                on:drop=move |ev: leptos::ev::DragEvent| {
                    ev.prevent_default();
                    set_dragging.set(false);
                    if let Some(list) = ev.data_transfer().and_then(|d| d.files()) {
                        read(list);
                    }
                }
            >
                <label class="form-label" for="report-files">{move || i18n.t(ToolkitText::ReportChoose)}</label>
                <input type="file" id="report-files" multiple accept="application/json,.json" data-testid="report-files"
                    on:change=move |ev| {
                        let input: web_sys::HtmlInputElement = event_target(&ev);
                        if let Some(list) = input.files() {
                            read(list);
                        }
                        input.set_value("");
                    }/>
                <p class="form-hint">{move || i18n.t(ToolkitText::DropHere)}</p>
            </div>
            <p class="d-flex flex-wrap">
                {move || (in_tab() > 0).then(|| view! {
                    <button type="button" class="button button-secondary mr-4" data-testid="report-from-tab" on:click=from_tab>
                        {move || i18n.t(ToolkitText::ReportFromTab)}
                    </button>
                })}
                {move || files.with(|f| !f.is_empty()).then(|| view! {
                    <button type="button" class="button button-secondary" data-testid="report-clear" on:click=move |_| files.set(Vec::new())>
                        {move || i18n.t(ToolkitText::ReportClear)}
                    </button>
                })}
            </p>
            <div aria-live="polite">
                {move || (!unread.get().is_empty()).then(|| view! {
                    <Alert kind=AlertKind::Error testid="report-unread">
                        <p class="alert-text">{move || i18n.t(ToolkitText::ReportUnread)}</p>
                        <ul>{unread.get().into_iter().map(|name| view! { <li>{name}</li> }).collect_view()}</ul>
                    </Alert>
                })}
            </div>
        </div>
        {move || {
            let report = summary.get();
            let lang = i18n.lang();
            if report.participants.is_empty() {
                return view! { <p data-testid="report-empty">{ToolkitText::ReportEmpty.text(lang)}</p> }.into_any();
            }
            view! {
                <p role="status" data-testid="report-status">{report_counts(lang, &report.participants, &report.scenarios)}</p>
                <ReportBody report lang/>
                <p class="d-flex flex-wrap d-print-none mt-6">
                    <button type="button" class="button button-primary mr-4" data-testid="report-csv" on:click=download>
                        {ToolkitText::ReportCsv.text(lang)}
                    </button>
                    <button type="button" class="button button-secondary" data-testid="report-print" on:click=move |_| { let _ = window().print(); }>
                        {ToolkitText::ReportPrint.text(lang)}
                    </button>
                </p>
            }.into_any()
        }}
    }
}

/// The text of a results file: one export, or a list of them (the panel's file of earlier
/// participants).
fn read_exports(text: &str) -> Option<Vec<StudyExport>> {
    if let Some(one) = StudyExport::read(text) {
        return Some(vec![one]);
    }
    let list: Vec<serde_json::Value> =
        serde_json::from_str(text.trim_start_matches('\u{feff}')).ok()?;
    let read: Vec<StudyExport> = list
        .into_iter()
        .filter_map(|value| StudyExport::read(&value.to_string()))
        .collect();
    (!read.is_empty()).then_some(read)
}

/// "62 %" / "62%".
fn percent(lang: Lang, share: f64) -> String {
    let value = (share * 100.0).round();
    match lang {
        Lang::Da => format!("{value} %"),
        Lang::En => format!("{value}%"),
    }
}

/// The report's tables, chart, paths and notes.
#[component]
fn ReportBody(report: Report, lang: Lang) -> impl IntoView {
    let t = move |text: ToolkitText| text.text(lang);
    let rows = report.tasks.iter().map(|task| {
        let time = task.time.map_or_else(
            || "–".to_owned(),
            |(median, min, max)| format!("{} ({}–{})", seconds(lang, median), tenths(lang, min), tenths(lang, max)),
        );
        let seq = task.seq.map_or_else(|| "–".to_owned(), |(mean, n)| format!("{} (n = {n})", tenths(lang, mean)));
        view! {
            <tr data-testid="report-task">
                <th scope="row" class="report-task-id">{task.id.clone()}</th>
                <td class="amount" data-label=t(ToolkitText::ReportSuccess) data-testid="report-success">{task.success_rate().map_or_else(|| "–".to_owned(), |r| percent(lang, r))}</td>
                <td class="amount" data-label=t(ToolkitText::VerdictDirect)>{task.direct}</td>
                <td class="amount" data-label=t(ToolkitText::VerdictIndirect)>{task.indirect}</td>
                <td class="amount" data-label=t(ToolkitText::VerdictFailed)>{task.failed}</td>
                <td class="amount" data-label=t(ToolkitText::VerdictSkipped)>{task.skipped}</td>
                <td class="amount" data-label=t(ToolkitText::ReportTime) data-testid="report-time">{time}</td>
                <td class="amount" data-label=t(ToolkitText::ReportSeq) data-testid="report-seq">{seq}</td>
            </tr>
        }
    }).collect_view();
    let bars = report.tasks.iter().map(|task| {
        let rate = task.success_rate().unwrap_or(0.0);
        view! {
            <div class="report-bar-row">
                <span class="report-bar-label">{task.id.clone()}</span>
                // An SVG's attributes, not a style: the page's policy allows no inline styles.
                <svg class="report-bar-track" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                    <rect class="report-bar" width=format!("{:.1}", rate * 100.0) height="10"></rect>
                </svg>
                <span class="report-bar-value">{task.success_rate().map_or_else(|| "–".to_owned(), |r| percent(lang, r))}</span>
            </div>
        }
    }).collect_view();
    let sus_rows = report
        .sus
        .iter()
        .map(|score| {
            view! {
                <tr data-testid="report-sus">
                    <th scope="row">{score.participant.clone()}</th>
                    <td class="amount">{tenths(lang, score.score)}</td>
                    <td>{sus::grade(score.score, lang)}</td>
                </tr>
            }
        })
        .collect_view();
    let sus_mean = report.sus_mean();
    let details = report
        .tasks
        .iter()
        .map(|task| view! { <TaskDetails task=task.clone() lang/> })
        .collect_view();
    view! {
        <DataTable caption=Signal::stored(t(ToolkitText::ReportTasksCaption).to_owned()) testid="report-tasks" stack=true>
            <thead>
                <tr>
                    <th scope="col">{t(ToolkitText::ColTask)}</th>
                    <th scope="col" class="text-align-right">{t(ToolkitText::ReportSuccess)}</th>
                    <th scope="col" class="text-align-right">{t(ToolkitText::VerdictDirect)}</th>
                    <th scope="col" class="text-align-right">{t(ToolkitText::VerdictIndirect)}</th>
                    <th scope="col" class="text-align-right">{t(ToolkitText::VerdictFailed)}</th>
                    <th scope="col" class="text-align-right">{t(ToolkitText::VerdictSkipped)}</th>
                    <th scope="col" class="text-align-right">{t(ToolkitText::ReportTime)}</th>
                    <th scope="col" class="text-align-right">{t(ToolkitText::ReportSeq)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </DataTable>
        <figure class="report-chart" data-testid="report-chart">
            <figcaption class="h5">{t(ToolkitText::ReportChartCaption)}</figcaption>
            // The table above holds the same figures; the chart is a picture of them.
            <div aria-hidden="true">{bars}</div>
        </figure>
        <h2 class="h3">{t(ToolkitText::ReportSusHeading)}</h2>
        {if report.sus.is_empty() {
            view! { <p data-testid="report-no-sus">{t(ToolkitText::ReportNoSus)}</p> }.into_any()
        } else {
            view! {
                <DataTable caption=Signal::stored(t(ToolkitText::ReportSusHeading).to_owned()) testid="report-sus-table">
                    <thead>
                        <tr>
                            <th scope="col">{t(ToolkitText::ParticipantLabel)}</th>
                            <th scope="col" class="text-align-right">{t(ToolkitText::ReportSusScore)}</th>
                            <th scope="col">{t(ToolkitText::ReportSusGrade)}</th>
                        </tr>
                    </thead>
                    <tbody>{sus_rows}</tbody>
                    <tfoot>
                        {sus_mean.map(|mean| view! {
                            <tr data-testid="report-sus-mean">
                                <th scope="row">{format!("{} (n = {})", t(ToolkitText::ReportSusMean), report.sus.len())}</th>
                                <td class="amount">{tenths(lang, mean)}</td>
                                <td>{sus::grade(mean, lang)}</td>
                            </tr>
                        })}
                    </tfoot>
                </DataTable>
                <p class="form-hint">{t(ToolkitText::ReportSusSource)}</p>
            }.into_any()
        }}
        <h2 class="h3">{t(ToolkitText::ReportPathsHeading)}</h2>
        {details}
        {(!report.closing_notes.is_empty()).then(|| view! {
            <h3 class="h4">{t(ToolkitText::ReportClosingNotes)}</h3>
            <ul>{report.closing_notes.iter().map(|note| view! {
                <li>{format!("{}: {}", note.participant, note.text)}</li>
            }).collect_view()}</ul>
        })}
    }
}

/// One task's paths and notes.
#[component]
fn TaskDetails(task: TaskSummary, lang: Lang) -> impl IntoView {
    let t = move |text: ToolkitText| text.text(lang);
    view! {
        <section class="report-task-details" data-testid="report-task-details">
            <h3 class="h4">{format!("{}: {}", task.id, task.text)}</h3>
            <h4 class="h5">{t(ToolkitText::ReportPaths)}</h4>
            <ul data-testid="report-paths">
                {task.paths.iter().map(|(path, count)| view! {
                    <li><code>{path.clone()}</code> {format!(" – {count}")}</li>
                }).collect_view()}
            </ul>
            {(!task.notes.is_empty()).then(|| view! {
                <h4 class="h5">{t(ToolkitText::ReportNotes)}</h4>
                <ul data-testid="report-notes">
                    {task.notes.iter().map(|note| {
                        let when = note.seconds.map(|s| format!(" ({})", seconds(lang, s))).unwrap_or_default();
                        view! { <li>{format!("{}{when}: {}", note.participant, note.text)}</li> }
                    }).collect_view()}
                </ul>
            })}
        </section>
    }
}
