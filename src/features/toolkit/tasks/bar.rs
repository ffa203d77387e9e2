//! The task bar: while a task run is under way, the current task in a slim bar at the bottom of
//! every page with *Færdig* and *Spring over*; after each task the Single Ease Question (when the
//! study has it), and after the last the System Usability Scale in a full-page dialog. It records
//! the pages visited as the participant moves around.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};

use super::super::setup::{now, save_run, task_run};
use super::super::texts::{task_number, ToolkitText};
use super::super::use_toolkit;
use super::{sus, Now, Outcome, Stage, TaskRun};
use crate::components::dialog::ModalDialog;
use crate::i18n::{Lang, Text};
use crate::state::language::use_i18n;

/// The task bar.
#[component]
pub fn TaskBar() -> impl IntoView {
    let i18n = use_i18n();
    let toolkit = use_toolkit();
    let location = use_location();
    let pathname = location.pathname;
    // Stored, so the handlers below are `Copy`.
    let navigate = StoredValue::new_local(use_navigate());
    let run = Memo::new(move |_| task_run(toolkit));
    Effect::new(move |_| {
        let path = pathname.get();
        if let Some(mut run) = untrack(|| task_run(toolkit)) {
            let before = run.pages.clone();
            run.visit(&path);
            if run.pages != before {
                save_run(toolkit, &run);
            }
        }
    });
    // The task's text, focused when the next task comes up on the same page (after *Færdig*,
    // *Spring over* or the question): the keyboard starts at the new task, not on a button that
    // would skip it. A task that starts on another page gets the page's focus instead.
    let task_text = NodeRef::<leptos::html::Div>::new();
    // Changes the run `now`; then, when a next task has begun, goes to its start page.
    let step = move |change: &dyn Fn(&mut TaskRun, Now, &str)| {
        let Some(mut run) = task_run(toolkit) else {
            return;
        };
        let next_start = run.next_start().map(str::to_owned);
        let here = pathname.get_untracked();
        let (ms, iso) = now();
        let was = run.current().map(|(n, _)| n);
        change(
            &mut run,
            Now { ms, iso: &iso },
            next_start.as_deref().unwrap_or(&here),
        );
        let is = run.current().map(|(n, _)| n);
        save_run(toolkit, &run);
        if is.is_none() || is == was {
            return;
        }
        // The address with its query: a start page is left as it is only when it is shown as it
        // starts (`/sager` after `/sager?side=2` starts again on page 1).
        let address = match location.search.get_untracked() {
            search if search.is_empty() => here,
            search => format!("{here}?{search}"),
        };
        match next_start {
            Some(start) if start != address => {
                navigate.with_value(|navigate| navigate(start.as_str(), Default::default()));
            }
            // After the bar has drawn the task.
            _ => request_animation_frame(move || {
                if let Some(text) = task_text.get_untracked() {
                    let _ = text.focus();
                }
            }),
        }
    };
    let finish = move |outcome: Outcome| {
        let faults = toolkit.faults().summary();
        step(&|run, now, path| run.finish(outcome, now, &faults, path));
    };
    view! {
        <aside class="task-bar d-print-none" aria-label=move || i18n.t(ToolkitText::TaskBarLabel) data-testid="task-bar">
            <div class="container task-bar-inner">
                {move || run.get().map(|run| {
                    let lang = i18n.lang();
                    let total = run.tasks.len();
                    match run.stage() {
                        Stage::Task(n, task) => {
                            let text = match (lang, &task.text_en) {
                                (Lang::En, Some(en)) => en.clone(),
                                _ => task.text.clone(),
                            };
                            view! {
                                <div role="status" class="task-bar-task" tabindex="-1" node_ref=task_text data-testid="task-bar-task">
                                    <strong class="task-bar-number">{task_number(lang, n, total)} ": "</strong>
                                    <span data-testid="task-text">{text}</span>
                                </div>
                                <div class="task-bar-actions">
                                    <button type="button" class="button button-primary button-small" data-testid="task-done" on:click=move |_| finish(Outcome::Done)>
                                        {ToolkitText::TaskDone.text(lang)}
                                    </button>
                                    <button type="button" class="button button-secondary button-small" data-testid="task-skip" on:click=move |_| finish(Outcome::Skipped)>
                                        {ToolkitText::TaskSkip.text(lang)}
                                    </button>
                                </div>
                            }.into_any()
                        }
                        Stage::Seq(n, _) => view! {
                            <SeqQuestion n total on_answer=Callback::new(move |answer: Option<u8>| {
                                step(&|run, now, path| run.answer_seq(answer, now, path));
                            })/>
                        }.into_any(),
                        Stage::Sus => view! {
                            <SusQuestionnaire on_answer=Callback::new(move |answers: Option<Vec<u8>>| {
                                step(&|run, _, _| run.answer_sus(answers.clone()));
                            })/>
                        }.into_any(),
                        Stage::Done => view! {
                            <p role="status" class="task-bar-task" data-testid="tasks-complete">{ToolkitText::AllTasksDone.text(lang)}</p>
                        }.into_any(),
                    }
                })}
            </div>
        </aside>
    }
}

/// The Single Ease Question on task `n` of `total`: seven choices from very difficult to very
/// easy; *Næste* sends the choice (none is allowed), *Spring spørgsmålet over* leaves it out.
#[component]
fn SeqQuestion(n: usize, total: usize, on_answer: Callback<Option<u8>>) -> impl IntoView {
    let i18n = use_i18n();
    let (chosen, set_chosen) = signal(None::<u8>);
    let form = NodeRef::<leptos::html::Form>::new();
    // The question takes focus, so a keyboard user answers it where the buttons were.
    Effect::new(move |_| {
        if let Some(first) = form
            .get()
            .and_then(|f| f.query_selector("input").ok().flatten())
        {
            use wasm_bindgen::JsCast;
            if let Ok(input) = first.dyn_into::<web_sys::HtmlElement>() {
                let _ = input.focus();
            }
        }
    });
    view! {
        <form class="seq-form" data-testid="seq" node_ref=form on:submit=move |ev| {
            ev.prevent_default();
            on_answer.run(chosen.get_untracked());
        }>
            <fieldset aria-describedby="seq-scale-hint">
                <legend class="task-bar-task">
                    <strong>{move || task_number(i18n.lang(), n, total)} ": "</strong>
                    {move || i18n.t(ToolkitText::SeqQuestion)}
                </legend>
                <span class="form-hint" id="seq-scale-hint">
                    {move || format!("1 = {} · 7 = {}", i18n.t(ToolkitText::SeqHardest), i18n.t(ToolkitText::SeqEasiest))}
                </span>
                <div class="seq-scale">
                    {(1..=7u8).map(|value| {
                        let id = format!("seq-{value}");
                        let end = match value {
                            1 => Some(ToolkitText::SeqHardest),
                            7 => Some(ToolkitText::SeqEasiest),
                            _ => None,
                        };
                        view! {
                            <div class="form-group-radio seq-choice">
                                <input type="radio" class="form-radio" name="seq" id=id.clone() value=value.to_string()
                                    prop:checked=move || chosen.get() == Some(value)
                                    on:change=move |_| set_chosen.set(Some(value))/>
                                <label for=id>
                                    {value.to_string()}
                                    {end.map(|end| view! { <span class="sr-only">{move || format!(" – {}", i18n.t(end))}</span> })}
                                </label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            <div class="task-bar-actions">
                <button type="submit" class="button button-primary button-small" data-testid="seq-next">
                    {move || i18n.t(ToolkitText::SeqNext)}
                </button>
                <button type="button" class="button button-secondary button-small" data-testid="seq-skip" on:click=move |_| on_answer.run(None)>
                    {move || i18n.t(ToolkitText::SeqSkip)}
                </button>
            </div>
        </form>
    }
}

/// The System Usability Scale in a full-page dialog: ten statements, each from *helt uenig* to
/// *helt enig*. Sending needs all ten; the participant may leave the whole of it out.
#[component]
fn SusQuestionnaire(on_answer: Callback<Option<Vec<u8>>>) -> impl IntoView {
    let i18n = use_i18n();
    let answers = RwSignal::new([None::<u8>; 10]);
    let (missing, set_missing) = signal(false);
    let scale = [
        ToolkitText::SusScale1,
        ToolkitText::SusScale2,
        ToolkitText::SusScale3,
        ToolkitText::SusScale4,
        ToolkitText::SusScale5,
    ];
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let given: Option<Vec<u8>> = answers.get_untracked().into_iter().collect();
        match given {
            Some(given) if sus::score(&given).is_some() => on_answer.run(Some(given)),
            _ => set_missing.set(true),
        }
    };
    view! {
        <ModalDialog id="sus" class="questionnaire" labelled_by="sus-heading" open=Signal::stored(true)
            on_close=Callback::new(|()| ())>
            <div class="container questionnaire-box" data-testid="sus">
                <h2 id="sus-heading">{move || i18n.t(ToolkitText::SusHeading)}</h2>
                <p>{move || i18n.t(ToolkitText::SusIntro)}</p>
                <form on:submit=submit novalidate>
                    {sus::STATEMENTS.iter().enumerate().map(|(index, &(da, en))| {
                        let name = format!("sus-{}", index + 1);
                        view! {
                            <fieldset class="sus-statement" data-testid="sus-statement">
                                <legend class="h5">{move || format!("{}. {}", index + 1, match i18n.lang() { Lang::Da => da, Lang::En => en })}</legend>
                                <div class="sus-options">
                                    {scale.iter().enumerate().map(|(i, &label)| {
                                        let value = i as u8 + 1;
                                        let id = format!("{name}-{value}");
                                        view! {
                                            <div class="form-group-radio">
                                                <input type="radio" class="form-radio" name=name.clone() id=id.clone() value=value.to_string()
                                                    prop:checked=move || answers.with(|a| a[index] == Some(value))
                                                    on:change=move |_| { answers.update(|a| a[index] = Some(value)); set_missing.set(false); }/>
                                                <label for=id>{move || i18n.t(label)}</label>
                                            </div>
                                        }
                                    }).collect_view()}
                                </div>
                            </fieldset>
                        }
                    }).collect_view()}
                    <div aria-live="polite">
                        {move || missing.get().then(|| view! {
                            <p class="form-error-message" data-testid="sus-missing">{i18n.t(ToolkitText::SusMissing)}</p>
                        })}
                    </div>
                    <p class="d-flex flex-wrap mt-6">
                        <button type="submit" class="button button-primary mr-4" data-testid="sus-submit">
                            {move || i18n.t(ToolkitText::SusSubmit)}
                        </button>
                        <button type="button" class="button button-secondary" data-testid="sus-skip" on:click=move |_| on_answer.run(None)>
                            {move || i18n.t(ToolkitText::SusSkip)}
                        </button>
                    </p>
                </form>
            </div>
        </ModalDialog>
    }
}
