//! Selections of the event list: what is new since the last login, and what the authorities
//! await from the citizen, by deadline.

use super::{Event, EventKind, Kind, Since};
use crate::date::Date;

/// What happened after `last_login` (the session's `sidsteLogin`, an ISO date-time) up to and
/// including `today`, newest first. Only occurrences count (a letter, a step in a case, a
/// payout sent or paid, a look-up, a consent given or withdrawn), never a date ahead. Without a
/// readable last login, nothing is new.
pub fn since<'a>(events: &'a [Event], last_login: &str, today: Date) -> Vec<&'a Event> {
    let Some(login) = Since::of(last_login) else {
        return Vec::new();
    };
    let mut new: Vec<&Event> = events
        .iter()
        .filter(|e| e.kind().is_occurrence() && e.date <= today && e.after(login))
        .collect();
    new.sort_by_cached_key(|e| (std::cmp::Reverse((e.date, e.time)), e.uid()));
    new
}

/// One thing an authority awaits from the citizen, seen on a given day.
#[derive(Clone, Debug, PartialEq)]
pub struct Awaiting<'a> {
    pub event: &'a Event,
    /// The deadline, if the authority named one.
    pub deadline: Option<Date>,
    /// Days from the day seen to the deadline (negative once it has passed).
    pub days_left: Option<i64>,
    /// Whether the deadline has passed on the day seen.
    pub overdue: bool,
}

/// Everything awaited from the citizen on `today`, by deadline (the earliest first; those
/// without a deadline last), overdue marked by `today`, whatever day the events were made on.
pub fn awaiting(events: &[Event], today: Date) -> Vec<Awaiting<'_>> {
    let mut awaited: Vec<Awaiting> = events
        .iter()
        .filter_map(|event| match &event.kind {
            EventKind::AwaitsCitizen { deadline, .. } => Some(Awaiting {
                event,
                deadline: *deadline,
                days_left: deadline.map(|d| today.days_until(d)),
                overdue: deadline.is_some_and(|d| d < today),
            }),
            _ => None,
        })
        .collect();
    awaited.sort_by_cached_key(|a| (a.deadline.is_none(), a.deadline, a.event.uid()));
    awaited
}

/// The events of the given kinds (all when `kinds` is empty) and of the given authority (any
/// when `None`): the filters of the views.
pub fn filtered<'a>(
    events: &'a [Event],
    kinds: &[Kind],
    authority: Option<&str>,
) -> Vec<&'a Event> {
    events
        .iter()
        .filter(|e| kinds.is_empty() || kinds.contains(&e.kind()))
        .filter(|e| authority.is_none_or(|a| e.authority == a))
        .collect()
}
