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

/// How many dates one page of the list shows.
pub const PAGE_SIZE: usize = 50;

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

/// One day in the month grid: the date, how many of the agenda's dates fall on it, and whether
/// one of them is overdue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GridDay {
    pub date: Date,
    pub count: usize,
    pub overdue: bool,
}

/// The month of `month` as weeks from Monday to Sunday; days outside the month are `None`.
pub fn month_grid(month: Date, agenda: &[Event]) -> Vec<[Option<GridDay>; 7]> {
    let first = month.first_of_month();
    let next = first.next_month();
    let mut weeks: Vec<[Option<GridDay>; 7]> = Vec::new();
    let mut week = [None; 7];
    let mut day = first;
    while day < next {
        let on_day = agenda.iter().filter(|e| e.date == day);
        let slot = usize::from(day.weekday_from_monday());
        week[slot] = Some(GridDay {
            date: day,
            count: on_day.clone().count(),
            overdue: on_day
                .into_iter()
                .any(|e| e.kind() == Kind::DecisionOverdue),
        });
        if slot == 6 {
            weeks.push(week);
            week = [None; 7];
        }
        day = day.add_days(1);
    }
    if week.iter().any(Option::is_some) {
        weeks.push(week);
    }
    weeks
}

/// The months the grid can show: from `today`'s month to the agenda's last (at least one).
pub fn grid_months(agenda: &[Event], today: Date) -> (Date, Date) {
    let first = today.first_of_month();
    let last = agenda
        .iter()
        .map(|e| e.date.first_of_month())
        .max()
        .unwrap_or(first)
        .max(first);
    (first, last)
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
    use crate::date::day;
    use crate::features::calendar::ics::calendar;
    use crate::state::events::tests::persona_events as all;

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
    fn the_month_grid_puts_each_day_under_its_weekday_and_counts_its_dates() {
        let today = day("2026-11-24");
        let list = agenda(&all("gaeld", today), today, None);
        let december = day("2026-12-01");
        let weeks = month_grid(december, &list);
        // December 2026: Tuesday the 1st to Thursday the 31st, five weeks.
        assert_eq!(weeks.len(), 5);
        assert_eq!(weeks[0][0], None);
        assert_eq!(weeks[0][1].unwrap().date, december);
        assert_eq!(weeks[4][3].unwrap().date, day("2026-12-31"));
        assert!(weeks[4][4..].iter().all(Option::is_none));
        let days: Vec<GridDay> = weeks.iter().flatten().flatten().copied().collect();
        assert_eq!(days.len(), 31);
        assert!(days.windows(2).all(|w| w[1].date == w[0].date.add_days(1)));
        let in_month = list
            .iter()
            .filter(|e| e.date.first_of_month() == december)
            .count();
        assert!(in_month > 0);
        assert_eq!(days.iter().map(|d| d.count).sum::<usize>(), in_month);
        let first = days.iter().find(|d| d.date == december).unwrap();
        assert!(first.count >= 1, "the instalment on 1 December");
        // A month that starts on a Monday and ends on a Sunday: February 2027 is four weeks.
        assert_eq!(month_grid(day("2027-02-10"), &[]).len(), 4);
        let (from, to) = grid_months(&list, today);
        assert_eq!(from, day("2026-11-01"));
        assert!(to >= december && list.iter().all(|e| e.date.first_of_month() <= to));
        assert_eq!(grid_months(&[], today), (from, from));
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
