//! What the authorities await from the citizen, from the case list, without the browser.

use crate::api::cases::CaseSummary;
use crate::api::Sourced;
use crate::date::Date;
use crate::state::events::select::{awaiting, Awaiting};
use crate::state::events::{events, Event, EventKind, Inputs, Kind};

/// The "awaits the citizen" events of the cases on `today` (oldest first).
pub fn awaited_events(cases: &Sourced<Vec<CaseSummary>>, today: Date) -> Vec<Event> {
    let inputs = Inputs {
        cases: Some(cases),
        ..Inputs::default()
    };
    let mut all = events(&inputs, today, None);
    all.retain(|event| event.kind() == Kind::AwaitsCitizen);
    all
}

/// One awaited thing as the page shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Task {
    pub event: Event,
    /// The case's title.
    pub title: String,
    /// What is asked for, if the authority says.
    pub what: Option<String>,
    pub deadline: Option<Date>,
    pub days_left: Option<i64>,
    pub overdue: bool,
}

/// Everything awaited on `today`, by deadline (the earliest first, those without one last).
pub fn tasks(events: &[Event], today: Date) -> Vec<Task> {
    awaiting(events, today)
        .into_iter()
        .map(
            |Awaiting {
                 event,
                 deadline,
                 days_left,
                 overdue,
             }| {
                let (title, what) = match &event.kind {
                    EventKind::AwaitsCitizen { title, what, .. } => (title.clone(), what.clone()),
                    _ => (String::new(), None),
                };
                Task {
                    event: event.clone(),
                    title,
                    what,
                    deadline,
                    days_left,
                    overdue,
                }
            },
        )
        .collect()
}

/// The card's facts: how many, how many overdue, and the first (by deadline).
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub count: usize,
    pub overdue: usize,
    pub first: Option<Task>,
}

/// The summary of `tasks` (in their order).
pub fn summary(tasks: Vec<Task>) -> Summary {
    Summary {
        count: tasks.len(),
        overdue: tasks.iter().filter(|t| t.overdue).count(),
        first: tasks.into_iter().next(),
    }
}

/// How many awaited things one page shows.
pub const PAGE_SIZE: usize = 50;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::fixture;
    use crate::date::day;

    fn cases(persona: &str) -> Sourced<Vec<CaseSummary>> {
        fixture::<Vec<CaseSummary>>(persona, "sager")
    }

    #[test]
    fn the_sick_listed_citizen_is_asked_for_a_doctors_note_by_4_december() {
        let today = day("2026-11-24");
        let list = tasks(&awaited_events(&cases("sygemeldt"), today), today);
        assert_eq!(list.len(), 1);
        let task = &list[0];
        assert_eq!(task.what.as_deref(), Some("En lægeattest om din sygdom"));
        assert_eq!(task.deadline, Some(day("2026-12-04")));
        assert_eq!((task.days_left, task.overdue), (Some(10), false));
        // The scenario clock moves the deadline past.
        let later = day("2026-12-05");
        let moved = tasks(&awaited_events(&cases("sygemeldt"), later), later);
        assert!(moved[0].overdue);
        assert_eq!(moved[0].days_left, Some(-1));
    }

    #[test]
    fn five_revalidation_tasks_by_deadline_one_overdue() {
        let today = day("2026-11-24");
        let list = tasks(&awaited_events(&cases("mange-sager"), today), today);
        let deadlines: Vec<String> = list
            .iter()
            .map(|t| t.deadline.unwrap().to_string())
            .collect();
        assert_eq!(
            deadlines,
            crate::state::events::tests::MANGE_SAGER_DEADLINES
        );
        assert_eq!(list.iter().filter(|t| t.overdue).count(), 1);
        assert!(list[0].overdue);
        let facts = summary(list);
        assert_eq!((facts.count, facts.overdue), (5, 1));
        assert_eq!(
            facts.first.unwrap().what.as_deref(),
            Some("Dine kørselsoplysninger til kurset: datoer og antal kilometer")
        );
    }

    #[test]
    fn a_persona_without_awaited_cases_has_nothing_to_do() {
        let today = day("2026-11-24");
        let facts = summary(tasks(&awaited_events(&cases("studerende"), today), today));
        assert_eq!((facts.count, facts.overdue, facts.first), (0, 0, None));
    }
}
