//! The task bar: while a task run is under way, the current task in a slim bar at the bottom of
//! every page with *Færdig* and *Spring over*. It records the pages visited as the participant
//! moves around.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};

use super::super::setup::{save_run, task_run};
use super::super::texts::{task_number, ToolkitText};
use super::super::use_toolkit;
use super::Outcome;
use crate::i18n::Lang;
use crate::state::language::use_i18n;

/// The task bar.
#[component]
pub fn TaskBar() -> impl IntoView {
    let i18n = use_i18n();
    let toolkit = use_toolkit();
    let location = use_location();
    let navigate = use_navigate();
    let run = Memo::new(move |_| task_run(toolkit));
    Effect::new(move |_| {
        let path = location.pathname.get();
        if let Some(mut run) = untrack(|| task_run(toolkit)) {
            let before = run.pages.clone();
            run.visit(&path);
            if run.pages != before {
                save_run(toolkit, &run);
            }
        }
    });
    let finish = move |outcome: Outcome| {
        let Some(mut run) = task_run(toolkit) else {
            return;
        };
        let next_start = run.next_start().map(str::to_owned);
        let here = location.pathname.get_untracked();
        run.finish(
            outcome,
            js_sys::Date::now(),
            next_start.as_deref().unwrap_or(&here),
        );
        save_run(toolkit, &run);
        if let Some(start) = next_start {
            navigate(start.as_str(), Default::default());
        }
    };
    view! {
        <aside class="task-bar d-print-none" aria-label=move || i18n.t(ToolkitText::TaskBarLabel) data-testid="task-bar">
            <div class="container task-bar-inner">
                {move || run.get().map(|run| {
                    let (done, skip) = (finish.clone(), finish.clone());
                    let total = run.tasks.len();
                    match run.current() {
                        Some((n, task)) => {
                            let text = match (i18n.lang(), &task.text_en) {
                                (Lang::En, Some(en)) => en.clone(),
                                _ => task.text.clone(),
                            };
                            view! {
                                <div role="status" class="task-bar-task">
                                    <strong class="task-bar-number">{task_number(i18n.lang(), n, total)} ": "</strong>
                                    <span data-testid="task-text">{text}</span>
                                </div>
                                <div class="task-bar-actions">
                                    <button type="button" class="button button-primary button-small" data-testid="task-done" on:click=move |_| done(Outcome::Done)>
                                        {move || i18n.t(ToolkitText::TaskDone)}
                                    </button>
                                    <button type="button" class="button button-secondary button-small" data-testid="task-skip" on:click=move |_| skip(Outcome::Skipped)>
                                        {move || i18n.t(ToolkitText::TaskSkip)}
                                    </button>
                                </div>
                            }.into_any()
                        }
                        None => view! {
                            <p role="status" class="task-bar-task" data-testid="tasks-complete">{move || i18n.t(ToolkitText::AllTasksDone)}</p>
                        }.into_any(),
                    }
                })}
            </div>
        </aside>
    }
}
