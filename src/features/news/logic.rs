//! What is new since the last login, its filters and its days, without the browser.

use crate::date::Date;
use crate::lists::{compare_danish, page_of, Paged};
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

/// How many events one page of the list shows.
pub const PAGE_SIZE: usize = 50;

/// Page `page` of the events of `kind` and `authority`, `PAGE_SIZE` events a page.
pub fn days_page(
    events: &[Event],
    kind: Option<Kind>,
    authority: Option<&str>,
    page: usize,
) -> Paged<Event> {
    let kinds: Vec<Kind> = kind.into_iter().collect();
    let shown: Vec<Event> = filtered(events, &kinds, authority)
        .into_iter()
        .cloned()
        .collect();
    page_of(&shown, page, PAGE_SIZE)
}

/// A page's events grouped by day, in their order; a day cut by the page break continues on
/// the next page under its date again.
pub fn days(events: &[Event]) -> Vec<(Date, Vec<Event>)> {
    let refs: Vec<&Event> = events.iter().collect();
    by_day(&refs)
        .into_iter()
        .map(|(day, events)| (day, events.into_iter().cloned().collect()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::day;
    use crate::state::events::tests::{last_login, persona_events as all};

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
        let grouped = days(&days_page(&new, None, None, 1).items);
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
        let letters = days(&days_page(&new, Some(Kind::LetterReceived), None, 1).items);
        assert!(letters
            .iter()
            .flat_map(|(_, e)| e)
            .all(|e| e.kind() == Kind::LetterReceived));
        let first = &names[0];
        let theirs = days(&days_page(&new, None, Some(first), 1).items);
        assert!(!theirs.is_empty());
        assert!(theirs
            .iter()
            .flat_map(|(_, e)| e)
            .all(|e| &e.authority == first));
        assert!(
            days(&days_page(&new, Some(Kind::LetterReceived), Some("Findes ikke"), 1).items)
                .is_empty()
        );
    }

    #[test]
    fn a_long_list_is_paged_and_every_event_is_on_exactly_one_page() {
        let today = day("2026-11-24");
        let new = new_since(
            &all("mange-sager", today),
            &last_login("mange-sager"),
            today,
        );
        assert!(
            new.len() > PAGE_SIZE,
            "mange-sager has {} new events",
            new.len()
        );
        let first = days_page(&new, None, None, 1);
        assert_eq!((first.page, first.first, first.total), (1, 1, new.len()));
        assert_eq!(first.pages, new.len().div_ceil(PAGE_SIZE));
        assert_eq!(first.last(), PAGE_SIZE);
        let mut seen: Vec<String> = Vec::new();
        for n in 1..=first.pages {
            let page = days_page(&new, None, None, n);
            assert!(
                days(&page.items).windows(2).all(|w| w[0].0 > w[1].0),
                "days in order"
            );
            seen.extend(
                days(&page.items)
                    .iter()
                    .flat_map(|(_, e)| e)
                    .map(Event::uid),
            );
        }
        let all: Vec<String> = new.iter().map(Event::uid).collect();
        assert_eq!(seen, all, "the pages together are the list, in its order");
        let beyond = days_page(&new, None, None, 99);
        assert_eq!(
            beyond.page, first.pages,
            "a page past the end shows the last"
        );
        let none = days_page(&new, Some(Kind::LetterReceived), Some("Findes ikke"), 1);
        assert_eq!((none.total, none.first, none.pages), (0, 0, 1));
    }

    #[test]
    fn a_moved_clock_leaves_out_what_has_not_happened_yet() {
        let early = day("2026-11-10");
        let login = last_login("sygemeldt");
        let new = new_since(&all("sygemeldt", early), &login, early);
        assert!(new.iter().all(|e| e.date <= early));
    }

    #[test]
    fn the_steps_between_of_the_cases_changed_since_the_last_login_are_told() {
        use crate::state::case_histories::{changed_since, HISTORY_CAP};
        use crate::state::events::tests::persona_events_reading;
        let today = day("2026-11-24");
        let mut gained = 0;
        for persona in ["familie", "sygemeldt", "mange-sager", "pensionist"] {
            let login = last_login(persona);
            let uids = |events: Vec<Event>| -> Vec<String> {
                new_since(&events, &login, today)
                    .iter()
                    .map(Event::uid)
                    .collect()
            };
            // As the app reads them: the details of the changed cases (capped)…
            let changed = std::cell::Cell::new(0);
            let read = uids(persona_events_reading(persona, today, |cases| {
                changed.set(changed_since(cases, &login, usize::MAX).len());
                changed_since(cases, &login, HISTORY_CAP)
            }));
            // …against the list alone and against every detail.
            let list_only = uids(persona_events_reading(persona, today, |_| Vec::new()));
            let every = uids(all(persona, today));
            assert!(
                list_only.iter().all(|uid| read.contains(uid)),
                "{persona}: nothing lost"
            );
            if changed.get() <= HISTORY_CAP {
                assert_eq!(read, every, "{persona}: every step since the last login");
            }
            gained += read.len() - list_only.len();
        }
        assert!(
            gained > 0,
            "some case took a step between the last login and its current one"
        );
    }
}
