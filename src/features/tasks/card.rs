//! The overview's card for Det venter vi på fra dig: how many things, how many overdue, and the
//! first deadline. Loaded with the overview's `event_cards` chunk, not the first view.

use leptos::prelude::*;

use super::logic::{awaited_events, summary, tasks};
use super::texts::{TaskCount, TaskText};
use crate::api::Source;
use crate::components::dashboard_card::{DashboardCard, Fact, Facts};
use crate::format::long_date;
use crate::i18n::{Counted, Text};
use crate::page::routes::Page;
use crate::state::{clock::use_clock, language::use_i18n, sources::use_sources};

/// What awaits the citizen, in brief.
#[component]
pub fn TasksCard() -> impl IntoView {
    let i18n = use_i18n();
    let sources = use_sources();
    let clock = use_clock();
    let state = Signal::derive(move || {
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
    view! {
        <DashboardCard
            heading=i18n.signal(Page::Tasks.title_text())
            class="dashboard-card"
            testid="tasks-card"
            heading_id="card-tasks-heading"
            source=Source::Cases
            state
            href=Page::Tasks.path()
            link_text=i18n.signal(TaskText::SeeTasks)
        />
    }
}
