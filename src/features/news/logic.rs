//! What is new since the last login, its filters and its days, without the browser.

use crate::date::Date;
use crate::lists::compare_danish;
use crate::state::events::group::by_day;
use crate::state::events::select::{filtered, since};
use crate::state::events::{Event, Kind};

/// The events after `last_login` up to `today`, newest first (cloned: the page keeps them).
pub fn new_since(events: &[Event], last_login: &str, today: Date) -> Vec<Event> {
    since(events, last_login, today)
        .into_iter()
        .cloned()
        .collect()
}

/// The kinds among `events`, in the kinds' order, each once: the kind filter's choices.
pub fn kinds(events: &[Event]) -> Vec<Kind> {
    let mut kinds: Vec<Kind> = events.iter().map(Event::kind).collect();
    kinds.sort();
    kinds.dedup();
    kinds
}

/// The authorities among `events` in Danish alphabetical order, each once.
pub fn authorities(events: &[Event]) -> Vec<String> {
    let mut names: Vec<String> = events.iter().map(|e| e.authority.clone()).collect();
    names.sort_by(|a, b| compare_danish(a, b));
    names.dedup();
    names
}

/// The events of `kind` (any if `None`) and `authority` (any if `None`), grouped by day in the
/// list's order (newest first).
pub fn days(
    events: &[Event],
    kind: Option<Kind>,
    authority: Option<&str>,
) -> Vec<(Date, Vec<Event>)> {
    let kinds: Vec<Kind> = kind.into_iter().collect();
    let shown = filtered(events, &kinds, authority);
    by_day(&shown)
        .into_iter()
        .map(|(day, events)| (day, events.into_iter().cloned().collect()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::{fixture, session::Session};
    use crate::state::events::{events, Inputs};

    fn day(text: &str) -> Date {
        Date::parse_day(text).unwrap()
    }

    fn all(persona: &str, today: Date) -> Vec<Event> {
        let cases = fixture(persona, "sager");
        let letters = fixture(persona, "digital-post");
        let log = fixture(persona, "adgangslog");
        let payouts = fixture(persona, "udbetalinger");
        let grants = fixture(persona, "ydelser");
        let inputs = Inputs {
            cases: Some(&cases),
            letters: Some(&letters),
            access_log: Some(&log),
            payouts: Some(&payouts),
            grants: Some(&grants),
            ..Inputs::default()
        };
        events(&inputs, today, None)
    }

    fn last_login(persona: &str) -> String {
        fixture::<Session>(persona, "session")
            .data
            .last_login
            .unwrap()
    }

    #[test]
    fn what_is_new_is_after_the_last_login_newest_first_grouped_by_day() {
        let today = day("2026-11-24");
        let login = last_login("sygemeldt");
        let new = new_since(&all("sygemeldt", today), &login, today);
        assert!(!new.is_empty());
        let login_day = Date::parse_iso(&login).unwrap();
        assert!(new.iter().all(|e| e.date >= login_day && e.date <= today));
        assert!(new
            .windows(2)
            .all(|w| (w[0].date, w[0].time) >= (w[1].date, w[1].time)));
        let grouped = days(&new, None, None);
        assert_eq!(
            grouped.iter().map(|(_, e)| e.len()).sum::<usize>(),
            new.len()
        );
        assert!(
            grouped.windows(2).all(|w| w[0].0 > w[1].0),
            "one group per day, newest first"
        );
    }

    #[test]
    fn the_filters_offer_what_is_there_and_keep_only_it() {
        let today = day("2026-11-24");
        let new = new_since(
            &all("mange-sager", today),
            &last_login("mange-sager"),
            today,
        );
        let kinds = kinds(&new);
        assert!(kinds.len() >= 2, "{kinds:?}");
        let names = authorities(&new);
        assert!(names
            .windows(2)
            .all(|w| compare_danish(&w[0], &w[1]).is_lt()));
        let letters = days(&new, Some(Kind::LetterReceived), None);
        assert!(letters
            .iter()
            .flat_map(|(_, e)| e)
            .all(|e| e.kind() == Kind::LetterReceived));
        let first = &names[0];
        let theirs = days(&new, None, Some(first));
        assert!(!theirs.is_empty());
        assert!(theirs
            .iter()
            .flat_map(|(_, e)| e)
            .all(|e| &e.authority == first));
        assert!(days(&new, Some(Kind::LetterReceived), Some("Findes ikke")).is_empty());
    }

    #[test]
    fn a_moved_clock_leaves_out_what_has_not_happened_yet() {
        let early = day("2026-11-10");
        let login = last_login("sygemeldt");
        let new = new_since(&all("sygemeldt", early), &login, early);
        assert!(new.iter().all(|e| e.date <= early));
    }
}
