//! Grouping an event list by day (for "Nyt siden sidst") or by month (for the calendar's
//! agenda), keeping the list's order inside each group.

use super::Event;
use crate::date::Date;

/// Consecutive events of the same day together, in the list's order.
pub fn by_day<'a>(events: &[&'a Event]) -> Vec<(Date, Vec<&'a Event>)> {
    group(events, |event| event.date)
}

/// Consecutive events of the same month together (the month's first day as its key).
pub fn by_month<'a>(events: &[&'a Event]) -> Vec<(Date, Vec<&'a Event>)> {
    group(events, |event| event.date.first_of_month())
}

fn group<'a>(events: &[&'a Event], key: impl Fn(&Event) -> Date) -> Vec<(Date, Vec<&'a Event>)> {
    let mut groups: Vec<(Date, Vec<&'a Event>)> = Vec::new();
    for &event in events {
        let k = key(event);
        match groups.last_mut() {
            Some((last, members)) if *last == k => members.push(event),
            _ => groups.push((k, vec![event])),
        }
    }
    groups
}
