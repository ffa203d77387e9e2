//! One event model across sources: every source's data, already decoded, becomes dated
//! [`Event`]s (a letter received, a case changing status, a payout paid, a look-up of the
//! citizen's data, a deadline, an expiry …), each with its source, its authority, a stable id and
//! a typed target the page layer turns into a link. "Nyt siden sidst", "Det venter vi på fra
//! dig" and the calendar are selections of one list ([`select`], [`group`]); each event says
//! what happened in one sentence in Danish and English ([`texts::sentence`]).
//!
//! Plain functions of the sources and the scenario's day, tested natively against every
//! persona's fixtures. A source adds its events in its own file here; see `docs/events.md`.

mod benefits;
mod cases;
mod data_use;
mod debt;
pub mod group;
mod kind;
mod letters;
mod my_data;
pub mod select;
mod tax;
pub mod texts;

#[cfg(test)]
pub(crate) mod tests;

pub use kind::{EventKind, Kind};

use crate::api::access_log::AccessEntry;
use crate::api::benefits::{Grant, Payout};
use crate::api::cases::{CaseDetail, CaseSummary};
use crate::api::consents::Consent;
use crate::api::debt::DebtOverview;
use crate::api::digital_post::MessageHeader;
use crate::api::person::Person;
use crate::api::powers_of_attorney::PowerOfAttorney;
use crate::api::scope::Scope;
use crate::api::tax::TaxOverview;
use crate::api::vehicles::Vehicle;
use crate::api::{Source, Sourced};
use crate::date::{instant_minutes, Date};

/// The decoded answers events are made from; a source that has not answered (or is out of the
/// acting scope) is `None` and yields no events.
#[derive(Clone, Copy, Default)]
pub struct Inputs<'a> {
    pub cases: Option<&'a Sourced<Vec<CaseSummary>>>,
    /// The details read so far (their histories give every status change); a case without one
    /// still yields its creation and current status.
    pub case_details: &'a [CaseDetail],
    pub grants: Option<&'a Sourced<Vec<Grant>>>,
    pub payouts: Option<&'a Sourced<Vec<Payout>>>,
    pub tax: Option<&'a Sourced<TaxOverview>>,
    pub debt: Option<&'a Sourced<DebtOverview>>,
    pub person: Option<&'a Sourced<Person>>,
    pub vehicles: Option<&'a Sourced<Vec<Vehicle>>>,
    pub letters: Option<&'a Sourced<Vec<MessageHeader>>>,
    pub access_log: Option<&'a Sourced<Vec<AccessEntry>>>,
    pub consents: Option<&'a Sourced<Vec<Consent>>>,
    pub powers_of_attorney: Option<&'a Sourced<Vec<PowerOfAttorney>>>,
}

/// Every event of `inputs` on the scenario's day `today`, oldest first (by date, then time, then
/// id). Acting for someone (`scope` is the representation's), only the events of sources the
/// scope covers.
pub fn events(inputs: &Inputs, today: Date, scope: Option<&[Scope]>) -> Vec<Event> {
    let mut all = Vec::new();
    cases::events(inputs, today, &mut all);
    benefits::events(inputs, &mut all);
    tax::events(inputs, &mut all);
    debt::events(inputs, &mut all);
    my_data::events(inputs, &mut all);
    letters::events(inputs, &mut all);
    data_use::events(inputs, &mut all);
    if let Some(scope) = scope {
        all.retain(|event| event.source.scope().is_some_and(|s| scope.contains(&s)));
    }
    all.sort_by_cached_key(|event| (event.date, event.time, event.uid()));
    all
}

/// A wall-clock time in Danish time, as the source wrote it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClockTime {
    pub hour: u8,
    pub minute: u8,
}

impl ClockTime {
    /// The time of an ISO date-time (`2026-11-20T09:45:00+01:00` → 09:45); `None` for a date.
    pub fn of_iso(iso: &str) -> Option<ClockTime> {
        let hour = iso.get(11..13)?.parse().ok()?;
        let minute = iso.get(14..16)?.parse().ok()?;
        (iso.get(10..11) == Some("T") && hour < 24 && minute < 60)
            .then_some(ClockTime { hour, minute })
    }
}

/// A reference moment such as the last login (an ISO date-time): its day and its UTC minute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Since {
    day: Date,
    instant: i64,
}

impl Since {
    /// The moment `iso`; `None` if it cannot be read.
    pub fn of(iso: &str) -> Option<Since> {
        Some(Since {
            day: Date::parse_iso(iso)?,
            instant: instant_minutes(iso),
        })
    }

    /// Whether the ISO date or date-time `iso` lies after it (see [`Since::before`]).
    pub fn precedes(self, iso: &str) -> bool {
        Date::parse_iso(iso).is_some_and(|day| {
            self.before(day, ClockTime::of_iso(iso).map(|_| instant_minutes(iso)))
        })
    }

    /// Whether something on `day`, at the UTC minute `instant` where it has a time, lies after
    /// it: by its moment where it has a time, else by a later day.
    fn before(self, day: Date, instant: Option<i64>) -> bool {
        match instant {
            Some(own) => own > self.instant,
            None => day > self.day,
        }
    }
}

/// Where the app shows an event's item; the page layer turns it into an address.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    /// One case (by id).
    Case(String),
    /// One letter in Digital Post (by id).
    Letter(String),
    /// Økonomi: benefits, payouts, tax and debt.
    Economy,
    /// Mine oplysninger: CPR data, protections and vehicles.
    MyData,
    /// Dine data: look-ups, consents and powers of attorney.
    DataUse,
}

/// One dated event of one source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub date: Date,
    /// The time of day, where the source gives one (Danish time).
    pub time: Option<ClockTime>,
    pub kind: EventKind,
    pub source: Source,
    /// The authority behind it: the case's owner, the payer, the sender, who looked it up …
    pub authority: String,
    /// A short id of the underlying item in its source (a case's, letter's or payout's id …).
    pub item: String,
    pub target: Target,
    /// The moment in UTC minutes, where the source gives a time (for "since the last login").
    instant: Option<i64>,
}

impl Event {
    /// An event on `date` (no time of day).
    fn on(
        date: Date,
        kind: EventKind,
        source: Source,
        authority: &str,
        item: &str,
        target: Target,
    ) -> Event {
        Event {
            date,
            time: None,
            kind,
            source,
            authority: authority.to_owned(),
            item: item.to_owned(),
            target,
            instant: None,
        }
    }

    /// An event at the ISO date-time or date `iso`; `None` if it cannot be read.
    fn at(
        iso: &str,
        kind: EventKind,
        source: Source,
        authority: &str,
        item: &str,
        target: Target,
    ) -> Option<Event> {
        let mut event = Event::on(Date::parse_iso(iso)?, kind, source, authority, item, target);
        event.time = ClockTime::of_iso(iso);
        event.instant = event.time.map(|_| instant_minutes(iso));
        Some(event)
    }

    /// The kind without its data.
    pub fn kind(&self) -> Kind {
        self.kind.kind()
    }

    /// A stable id, unique in one person's events (usable as an iCalendar UID): source, kind,
    /// item and date, e.g. `sager.sag-status.c7325839-….Oplyst.20260915@mit-overblik`. The same
    /// event has the same id on every day and in every session; it holds no CPR number or name.
    /// An item without an id of its own (an annual statement, a protection) is named by what it
    /// is, so two people's can share an id: see [`Event::uid_for`].
    pub fn uid(&self) -> String {
        self.uid_for(None)
    }

    /// [`Event::uid`] for the events of someone the citizen acts for, prefixed with the
    /// represented person's opaque id, so one calendar with the citizen's own events and theirs
    /// never holds one id twice.
    pub fn uid_for(&self, on_behalf: Option<&str>) -> String {
        let prefix = on_behalf.map(|id| format!("{id}.")).unwrap_or_default();
        format!(
            "{prefix}{}.{}.{}.{:04}{:02}{:02}@mit-overblik",
            self.source.id(),
            self.kind().uid_code(),
            self.item,
            self.date.year,
            self.date.month,
            self.date.day
        )
    }

    /// Whether it happened after `since`: by its own moment where it has a time, else by its
    /// day (a later day).
    fn after(&self, since: Since) -> bool {
        since.before(self.date, self.instant)
    }
}
