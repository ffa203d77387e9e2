//! A case's events: created, each progress step of its history, the expected decision (ahead
//! or overdue) and what the authority awaits from the citizen.

use super::{Event, EventKind, Inputs, Target};
use crate::api::cases::{CaseDetail, CaseSummary, ProgressCode};
use crate::api::Source;
use crate::date::Date;

/// The events of every case in `inputs` on `today`.
pub(super) fn events(inputs: &Inputs, today: Date, out: &mut Vec<Event>) {
    let Some(cases) = inputs.cases else {
        return;
    };
    for case in &cases.data {
        let detail = inputs.case_details.iter().find(|d| d.case.id == case.id);
        of_case(case, detail, today, out);
    }
}

/// One case's events.
fn of_case(case: &CaseSummary, detail: Option<&CaseDetail>, today: Date, out: &mut Vec<Event>) {
    let title = case.title.clone();
    let event = |iso: &str, kind: EventKind, item: &str| {
        Event::at(
            iso,
            kind,
            Source::Cases,
            &case.authority.name,
            item,
            Target::Case(case.id.clone()),
        )
    };
    // Created: the history's first step (with its time), else the creation date.
    let steps: Vec<(ProgressCode, &str)> = match detail {
        Some(detail) => detail
            .history
            .iter()
            .map(|h| (h.code, h.from.as_str()))
            .collect(),
        None if case.progress.code == ProgressCode::Opstaaet => {
            vec![(ProgressCode::Opstaaet, case.progress.since.as_str())]
        }
        None => vec![
            (ProgressCode::Opstaaet, case.created.as_str()),
            (case.progress.code, case.progress.since.as_str()),
        ],
    };
    for (code, from) in steps {
        let made = if code == ProgressCode::Opstaaet {
            event(
                from,
                EventKind::CaseCreated {
                    title: title.clone(),
                },
                &case.id,
            )
        } else {
            let item = format!("{}.{}", case.id, wire(code));
            event(
                from,
                EventKind::CaseStatusChanged {
                    title: title.clone(),
                    code,
                },
                &item,
            )
        };
        out.extend(made);
    }
    if let Some(expected) = case.expected_decision() {
        let kind = if expected < today {
            EventKind::DecisionOverdue {
                title: title.clone(),
            }
        } else {
            EventKind::DecisionExpected {
                title: title.clone(),
            }
        };
        out.push(Event::on(
            expected,
            kind,
            Source::Cases,
            &case.authority.name,
            &case.id,
            Target::Case(case.id.clone()),
        ));
    }
    if case.awaiting_citizen && case.progress.code != ProgressCode::Afsluttet {
        let deadline = case
            .awaited
            .as_ref()
            .and_then(|a| Date::parse_day(&a.deadline));
        let what = case.awaited.as_ref().map(|a| a.what.clone());
        let kind = EventKind::AwaitsCitizen {
            title,
            what,
            deadline,
            overdue: deadline.is_some_and(|d| d < today),
        };
        let made = match deadline {
            Some(day) => Some(Event::on(
                day,
                kind,
                Source::Cases,
                &case.authority.name,
                &case.id,
                Target::Case(case.id.clone()),
            )),
            None => event(&case.last_changed, kind, &case.id),
        };
        out.extend(made);
    }
}

/// A progress code's wire name (`Oplyst`), for ids.
fn wire(code: ProgressCode) -> &'static str {
    match code {
        ProgressCode::Opstaaet => "Opstaaet",
        ProgressCode::Oplyst => "Oplyst",
        ProgressCode::Afgjort => "Afgjort",
        ProgressCode::Afsluttet => "Afsluttet",
        ProgressCode::Ukendt => "ukendt",
    }
}
