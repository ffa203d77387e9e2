//! The agenda: which events the calendar shows, its months, and the calendar file's events.

use super::ics::IcsEvent;
use crate::date::Date;
use crate::i18n::{Lang, Text};
use crate::state::events::group::by_month;
use crate::state::events::texts::{plain, sentence};
use crate::state::events::{Event, Kind};

/// The dates the calendar shows: what lies ahead or is due (not what happened), from the first
/// of `today`'s month on, of `kind` (all if `None`), in date order.
pub fn agenda(events: &[Event], today: Date, kind: Option<Kind>) -> Vec<Event> {
    let from = today.first_of_month();
    events
        .iter()
        .filter(|e| !e.kind().is_occurrence() && e.date >= from)
        .filter(|e| kind.is_none_or(|k| e.kind() == k))
        .cloned()
        .collect()
}

/// The kinds the agenda holds, each once, in the kinds' order: the filter's choices.
pub fn kinds(events: &[Event]) -> Vec<Kind> {
    let mut kinds: Vec<Kind> = events.iter().map(Event::kind).collect();
    kinds.sort();
    kinds.dedup();
    kinds
}

/// The agenda by month (the month's first day as its key).
pub fn months(agenda: &[Event]) -> Vec<(Date, Vec<Event>)> {
    let refs: Vec<&Event> = agenda.iter().collect();
    by_month(&refs)
        .into_iter()
        .map(|(month, events)| (month, events.into_iter().cloned().collect()))
        .collect()
}

/// An event as the calendar file holds it, in `lang`; `on_behalf` (the represented person's
/// opaque id) keeps ids unique when one calendar holds two people's events.
pub fn ics_event(event: &Event, lang: Lang, on_behalf: Option<&str>) -> IcsEvent {
    IcsEvent {
        uid: event.uid_for(on_behalf),
        date: event.date,
        summary: plain(&sentence(event, lang)),
        category: event.kind().label().text(lang).to_owned(),
    }
}

/// The calendar file's name: `mit-overblik-kalender.ics`, or one event's day and kind.
pub fn file_name(event: Option<&Event>) -> String {
    match event {
        None => "mit-overblik-kalender.ics".to_owned(),
        Some(e) => format!("mit-overblik-{}-{}.ics", e.kind().code(), e.date),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::fixture;
    use crate::features::calendar::ics::calendar;
    use crate::state::events::{events, Inputs};

    fn day(text: &str) -> Date {
        Date::parse_day(text).unwrap()
    }

    fn all(persona: &str, today: Date) -> Vec<Event> {
        let cases = fixture(persona, "sager");
        let payouts = fixture(persona, "udbetalinger");
        let grants = fixture(persona, "ydelser");
        let tax = fixture(persona, "skat");
        let debt = fixture(persona, "gaeld");
        let vehicles = fixture(persona, "koeretoejer");
        let person = fixture(persona, "person");
        let inputs = Inputs {
            cases: Some(&cases),
            payouts: Some(&payouts),
            grants: Some(&grants),
            tax: Some(&tax),
            debt: Some(&debt),
            vehicles: Some(&vehicles),
            person: Some(&person),
            ..Inputs::default()
        };
        events(&inputs, today, None)
    }

    #[test]
    fn the_agenda_holds_dates_ahead_from_this_month_in_order_by_month() {
        let today = day("2026-11-24");
        let list = agenda(&all("gaeld", today), today, None);
        assert!(!list.is_empty());
        assert!(list
            .iter()
            .all(|e| !e.kind().is_occurrence() && e.date >= day("2026-11-01")));
        assert!(list.windows(2).all(|w| w[0].date <= w[1].date));
        assert!(list
            .iter()
            .any(|e| e.kind() == Kind::DebtInstalmentDue && e.date == day("2026-12-01")));
        let grouped = months(&list);
        assert!(grouped.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(grouped
            .iter()
            .all(|(m, es)| es.iter().all(|e| e.date.first_of_month() == *m)));
        let only = agenda(&all("gaeld", today), today, Some(Kind::DebtInstalmentDue));
        assert!(!only.is_empty() && only.iter().all(|e| e.kind() == Kind::DebtInstalmentDue));
    }

    #[test]
    fn the_calendar_file_holds_each_event_once_with_stable_ids_and_no_cpr_number() {
        let today = day("2026-11-24");
        let list = agenda(&all("sygemeldt", today), today, None);
        let file = |today: Date, lang| {
            let items: Vec<IcsEvent> = agenda(&all("sygemeldt", today), today, None)
                .iter()
                .map(|e| ics_event(e, lang, None))
                .collect();
            calendar(&items, lang, today)
        };
        let da = file(today, Lang::Da);
        let uids: Vec<&str> = da.lines().filter_map(|l| l.strip_prefix("UID:")).collect();
        assert_eq!(uids.len(), list.len());
        let mut unique = uids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), uids.len(), "unique ids");
        // The same events on the next day keep their ids.
        let next = file(day("2026-11-25"), Lang::En);
        for uid in &uids {
            assert!(
                next.contains(uid) || next.replace("\r\n ", "").contains(uid),
                "{uid}"
            );
        }
        let cpr = fixture::<crate::api::session::Session>("sygemeldt", "session")
            .data
            .cpr;
        let name = fixture::<crate::api::session::Session>("sygemeldt", "session")
            .data
            .name;
        let unfolded = da.replace("\r\n ", "");
        assert!(!unfolded.contains(&cpr) && !unfolded.contains(&cpr.replace('-', "")));
        assert!(!unfolded.contains(&name));
        assert!(
            unfolded.contains("En lægeattest om din sygdom") || unfolded.contains("lægeattest")
        );
        // Acting for someone: the represented person's id in front keeps both people's apart.
        let theirs = ics_event(&list[0], Lang::Da, Some("abc"));
        assert!(theirs.uid.starts_with("abc."));
    }

    #[test]
    fn file_names_say_what_they_hold() {
        let today = day("2026-11-24");
        let list = agenda(&all("gaeld", today), today, Some(Kind::DebtInstalmentDue));
        assert_eq!(file_name(None), "mit-overblik-kalender.ics");
        assert_eq!(
            file_name(list.first()),
            "mit-overblik-afdrag-2026-12-01.ics"
        );
    }
}
