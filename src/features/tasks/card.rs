//! The overview's card for Det venter vi på fra dig: how many things, how many overdue, and the
//! first deadline. Loaded with the overview's `event_cards` chunk, not the first view.

use leptos::prelude::*;

use super::logic::{awaited_events, summary, tasks};
use super::texts::{TaskCount, TaskText};
use crate::api::Source;
use crate::components::card::Card;
use crate::components::dashboard_card::{CardState, Fact, Facts};
use crate::components::section_error::SectionError;
use crate::components::source_note::{SourceFreshness, SourceLoading};
use crate::format::long_date;
use crate::i18n::{Counted, Text};
use crate::page::routes::Page;
use crate::state::{clock::use_clock, language::use_i18n, sources::use_sources};

/// What awaits the citizen, in brief. Built like a `DashboardCard`, but with its own heading id:
/// the case tile shows the same source.
#[component]
pub fn TasksCard() -> impl IntoView {
    let i18n = use_i18n();
    let sources = use_sources();
    let clock = use_clock();
    let state = Signal::derive(move || -> CardState {
        let lang = i18n.lang();
        let today = clock.today();
        let loaded = sources.cases.get()?;
        Some(loaded.map(|cases| {
            let facts = summary(tasks(&awaited_events(&cases, today), today));
            let figure = if facts.count == 0 {
                TaskText::CardNone.text(lang).to_owned()
            } else {
                TaskCount::Waiting.count(lang, facts.count)
            };
            let mut lines = Vec::new();
            if facts.overdue > 0 {
                lines.push(Fact::text(
                    "tasks-card-overdue",
                    TaskCount::Overdue.count(lang, facts.overdue),
                ));
            }
            if let Some(first) = facts.first.filter(|t| t.deadline.is_some()) {
                let what = first.what.unwrap_or(first.title);
                let date = first
                    .deadline
                    .map(|d| long_date(d, lang))
                    .unwrap_or_default();
                lines.push(Fact::text(
                    "tasks-card-first",
                    format!("{} {date} – {what}", TaskText::FirstDeadline.text(lang)),
                ));
            }
            (
                cases.source,
                Facts {
                    figure: Fact::text("tasks-card-count", figure),
                    lines,
                },
            )
        }))
    });
    let on_retry = sources.retry_callback(Source::Cases);
    let line = |fact: Fact, class: &'static str| view! { <p class=class data-testid=fact.testid>{fact.text}</p> };
    view! {
        <Card heading_id="card-tasks-heading" heading=i18n.signal(Page::Tasks.title_text()) class="dashboard-card" testid="tasks-card">
            {move || match state.get() {
                None => view! { <SourceLoading source=Source::Cases/> }.into_any(),
                Some(Err(error)) => view! { <SectionError source=Source::Cases error on_retry/> }.into_any(),
                Some(Ok((info, facts))) => view! {
                    {line(facts.figure, "dashboard-figure")}
                    {facts.lines.into_iter().map(|fact| line(fact, "dashboard-line")).collect_view()}
                    <SourceFreshness info/>
                }
                .into_any(),
            }}
            <p class="card-link">
                <a href=Page::Tasks.path() class="function-link">{move || i18n.t(TaskText::SeeTasks)}</a>
            </p>
        </Card>
    }
}
