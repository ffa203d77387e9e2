//! The event model against every persona's fixtures: each source's events, the scenario clock,
//! the acting scope, ids, the selections and the sentences.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use serde::de::DeserializeOwned;

use super::group::{by_day, by_month};
use super::select::{awaiting, filtered, since};
use super::texts::{data_values, plain, sentence, Part};
use super::*;
use crate::api::cases::CaseDetail;
use crate::api::person::ProtectionKind;
use crate::api::session::Session;
use crate::api::{decode_envelope, Sourced};
use crate::i18n::Lang;
use crate::state::clock::REFERENCE_DATE;

fn mock() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public/api/v1/mock")
}

/// One person's decoded answers: a persona (`sygemeldt`) or someone a persona acts for
/// (`familie/paa-vegne-af/<id>`). An answer that reports an error (out of scope, a source
/// outage) is `None`, as in the app.
#[derive(Default)]
struct Person {
    cases: Option<Sourced<Vec<CaseSummary>>>,
    details: Vec<CaseDetail>,
    grants: Option<Sourced<Vec<Grant>>>,
    payouts: Option<Sourced<Vec<Payout>>>,
    tax: Option<Sourced<TaxOverview>>,
    debt: Option<Sourced<DebtOverview>>,
    person: Option<Sourced<crate::api::person::Person>>,
    vehicles: Option<Sourced<Vec<Vehicle>>>,
    letters: Option<Sourced<Vec<MessageHeader>>>,
    access_log: Option<Sourced<Vec<AccessEntry>>>,
    consents: Option<Sourced<Vec<Consent>>>,
    powers: Option<Sourced<Vec<PowerOfAttorney>>>,
}

fn answer<T: DeserializeOwned>(dir: &str, endpoint: &str) -> Option<Sourced<T>> {
    let path = mock().join(dir).join(format!("{endpoint}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    decode_envelope(&text).ok()
}

fn load(dir: &str) -> Person {
    let cases: Option<Sourced<Vec<CaseSummary>>> = answer(dir, "sager");
    let details = cases
        .iter()
        .flat_map(|c| &c.data)
        .map(|case| {
            answer::<CaseDetail>(dir, &format!("sager/{}", case.id))
                .unwrap_or_else(|| panic!("{dir}: no detail of {}", case.id))
                .data
        })
        .collect();
    Person {
        cases,
        details,
        grants: answer(dir, "ydelser"),
        payouts: answer(dir, "udbetalinger"),
        tax: answer(dir, "skat"),
        debt: answer(dir, "gaeld"),
        person: answer(dir, "person"),
        vehicles: answer(dir, "koeretoejer"),
        letters: answer(dir, "digital-post"),
        access_log: answer(dir, "adgangslog"),
        consents: answer(dir, "samtykker"),
        powers: answer(dir, "fuldmagter"),
    }
}

impl Person {
    fn inputs(&self) -> Inputs<'_> {
        Inputs {
            cases: self.cases.as_ref(),
            case_details: &self.details,
            grants: self.grants.as_ref(),
            payouts: self.payouts.as_ref(),
            tax: self.tax.as_ref(),
            debt: self.debt.as_ref(),
            person: self.person.as_ref(),
            vehicles: self.vehicles.as_ref(),
            letters: self.letters.as_ref(),
            access_log: self.access_log.as_ref(),
            consents: self.consents.as_ref(),
            powers_of_attorney: self.powers.as_ref(),
        }
    }

    fn events(&self, today: Date) -> Vec<Event> {
        super::events(&self.inputs(), today, None)
    }
}

fn personas() -> Vec<String> {
    let mut ids: Vec<String> = std::fs::read_dir(mock())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().into_string().unwrap())
        .collect();
    ids.sort();
    ids
}

fn session(persona: &str) -> Session {
    answer::<Session>(persona, "session").unwrap().data
}

fn day(iso: &str) -> Date {
    Date::parse_iso(iso).unwrap()
}

fn text(event: &Event, lang: Lang) -> String {
    plain(&sentence(event, lang))
}

/// The events of `persona` on the reference date.
fn of(persona: &str) -> Vec<Event> {
    persona_events(persona, REFERENCE_DATE)
}

/// Every event of `persona`'s fixtures on `today`, from every source (case histories
/// included): what the sections' own tests read.
/// The session's last login of `persona`.
pub(crate) fn last_login(persona: &str) -> String {
    session(persona).last_login.unwrap()
}

/// The deadlines of what mange-sager is awaited for, earliest first.
pub(crate) const MANGE_SAGER_DEADLINES: [&str; 5] = [
    "2026-10-30",
    "2026-11-30",
    "2026-12-01",
    "2026-12-07",
    "2026-12-11",
];

pub(crate) fn persona_events(persona: &str, today: Date) -> Vec<Event> {
    load(persona).events(today)
}

/// [`persona_events`] as the app reads them: with the details only of the cases `read` keeps
/// (the app reads the details of the cases changed since the last login).
pub(crate) fn persona_events_reading(
    persona: &str,
    today: Date,
    read: impl Fn(&[CaseSummary]) -> Vec<String>,
) -> Vec<Event> {
    let mut person = load(persona);
    let ids = read(person.cases.as_ref().map_or(&[][..], |c| &c.data));
    person.details.retain(|d| ids.contains(&d.case.id));
    person.events(today)
}

fn find<'a>(events: &'a [Event], kind: Kind, item: &str) -> Vec<&'a Event> {
    events
        .iter()
        .filter(|e| e.kind() == kind && e.item.starts_with(item))
        .collect()
}

#[test]
fn every_persona_and_everyone_they_act_for_yields_events_in_order_with_sentences() {
    for persona in personas() {
        let mut people = vec![persona.clone()];
        for represented in session(&persona).can_act_for {
            people.push(format!("{persona}/paa-vegne-af/{}", represented.id));
        }
        for who in people {
            let events = load(&who).events(REFERENCE_DATE);
            assert!(!events.is_empty(), "{who}: no events");
            assert!(
                events
                    .windows(2)
                    .all(|w| (w[0].date, w[0].time) <= (w[1].date, w[1].time)),
                "{who}: oldest first"
            );
            for event in &events {
                for lang in Lang::ALL {
                    let parts = sentence(event, *lang);
                    let said = plain(&parts);
                    assert!(said.ends_with('.'), "{who}: {said}");
                    assert!(!said.contains("  ") && !said.contains('{'), "{who}: {said}");
                    assert!(
                        parts.iter().all(|p| p != &Part::Text("")),
                        "{who}: {parts:?}"
                    );
                    for value in data_values(&parts) {
                        assert!(said.contains(value));
                    }
                }
                assert_ne!(text(event, Lang::Da), text(event, Lang::En), "{who}");
                assert!(!event.authority.is_empty(), "{who}: {event:?}");
            }
        }
    }
}

#[test]
fn a_case_yields_its_creation_every_step_of_its_history_and_the_expected_decision() {
    let events = of("familie");
    let created = find(&events, Kind::CaseCreated, "acc61634");
    assert_eq!(created.len(), 1);
    assert_eq!(created[0].target, Target::Case(created[0].item.clone()));
    let steps: Vec<String> = find(&events, Kind::CaseStatusChanged, "acc61634")
        .iter()
        .map(|e| e.item.rsplit('.').next().unwrap().to_owned())
        .collect();
    assert_eq!(steps, ["Oplyst", "Afgjort", "Afsluttet"]);
    let decided = find(&events, Kind::CaseStatusChanged, "acc61634-")
        .into_iter()
        .find(|e| e.item.ends_with(".Afgjort"))
        .unwrap();
    assert_eq!(
        text(decided, Lang::Da),
        "Aarhus Kommune har truffet afgørelse i sagen »Plads i børnehave til Freja«."
    );
    assert_eq!(
        text(decided, Lang::En),
        "Aarhus Kommune has made a decision in the case “Plads i børnehave til Freja”."
    );
    // A closed case expects no decision and awaits nothing.
    assert!(find(&events, Kind::DecisionExpected, "acc61634").is_empty());
    assert!(find(&events, Kind::DecisionOverdue, "acc61634").is_empty());

    // sygemeldt: the follow-up was due on 27 October (created 4 August + 12 weeks), the
    // revalidering is expected 8 weeks after 19 November.
    let events = of("sygemeldt");
    let late = find(&events, Kind::DecisionOverdue, "c7325839");
    assert_eq!(late.len(), 1);
    assert_eq!(late[0].date, day("2026-10-27"));
    let ahead = find(&events, Kind::DecisionExpected, "34548646");
    assert_eq!(ahead[0].date, day("2027-01-14"));
    let created = find(&events, Kind::CaseCreated, "c7325839")[0];
    assert_eq!(created.time, Some(ClockTime { hour: 8, minute: 2 }));
    // Without its detail a case still says when it was created and where it stands.
    let person = load("sygemeldt");
    let inputs = Inputs {
        case_details: &[],
        ..person.inputs()
    };
    let bare = super::events(&inputs, REFERENCE_DATE, None);
    let steps = find(&bare, Kind::CaseStatusChanged, "c7325839");
    assert_eq!(steps.len(), 1);
    assert_eq!(steps[0].date, day("2026-09-15"));
    assert_eq!(
        find(&bare, Kind::CaseCreated, "c7325839")[0].date,
        day("2026-08-04")
    );
}

#[test]
fn what_a_case_awaits_from_the_citizen_becomes_overdue_when_the_clock_passes_its_deadline() {
    let person = load("sygemeldt");
    let on = |today: &str| person.events(day(today));
    let now = on("2026-11-24");
    let awaited = find(&now, Kind::AwaitsCitizen, "c7325839");
    assert_eq!(awaited.len(), 1);
    assert_eq!(awaited[0].date, day("2026-12-04"));
    assert_eq!(
        text(awaited[0], Lang::Da),
        "Odense Kommune venter på dette fra dig i sagen »Opfølgning på din sygemelding«: En lægeattest om din sygdom."
    );
    let list = awaiting(&now, day("2026-11-24"));
    assert_eq!(list.len(), 1);
    assert_eq!((list[0].overdue, list[0].days_left), (false, Some(10)));
    // The last day is still in time; the day after it is overdue.
    assert!(!awaiting(&on("2026-12-04"), day("2026-12-04"))[0].overdue);
    let later = on("2026-12-05");
    let late = find(&later, Kind::AwaitsCitizen, "c7325839")[0];
    assert!(matches!(
        late.kind,
        EventKind::AwaitsCitizen { overdue: true, .. }
    ));
    assert!(text(late, Lang::Da).starts_with("Fristen er overskredet: Odense Kommune venter"));
    assert!(text(late, Lang::En).starts_with("The deadline has passed: Odense Kommune is waiting"));
    assert_eq!(awaiting(&later, day("2026-12-05"))[0].days_left, Some(-1));
    assert_eq!(late.uid(), awaited[0].uid(), "the same item keeps its id");
    // The expected decision of the revalidering turns overdue, keeping its id.
    let expected = find(&now, Kind::DecisionExpected, "34548646")[0].uid();
    let overdue = on("2027-01-15");
    assert_eq!(
        find(&overdue, Kind::DecisionOverdue, "34548646")[0].uid(),
        expected
    );
}

#[test]
fn awaited_items_come_sorted_by_deadline_with_the_overdue_marked() {
    let events = of("mange-sager");
    let list = awaiting(&events, REFERENCE_DATE);
    let deadlines: Vec<String> = list
        .iter()
        .map(|a| a.deadline.unwrap().to_string())
        .collect();
    assert_eq!(deadlines, MANGE_SAGER_DEADLINES);
    let overdue: Vec<bool> = list.iter().map(|a| a.overdue).collect();
    assert_eq!(overdue, [true, false, false, false, false]);
    assert!(list.iter().all(|a| a.event.authority == "Aarhus Kommune"));
    // A backend that sends only the flag: the case still awaits, without a deadline, last.
    let mut person = load("sygemeldt");
    for case in &mut person.cases.as_mut().unwrap().data {
        case.awaited = None;
    }
    let events = person.events(REFERENCE_DATE);
    let list = awaiting(&events, REFERENCE_DATE);
    assert_eq!(list.len(), 1);
    assert_eq!((list[0].deadline, list[0].overdue), (None, false));
    assert_eq!(
        list[0].event.date,
        day("2026-11-20"),
        "dated at the case's last change"
    );
    assert_eq!(
        text(list[0].event, Lang::En),
        "Odense Kommune is waiting for something from you in the case “Opfølgning på din sygemelding”."
    );
}

#[test]
fn a_letter_is_received_from_its_sender_at_its_time() {
    let events = of("sygemeldt");
    let letters = filtered(&events, &[Kind::LetterReceived], Some("Odense Kommune"));
    let request = letters
        .iter()
        .find(|e| matches!(&e.kind, EventKind::LetterReceived { subject } if subject == "Anmodning om lægeattest"))
        .unwrap();
    assert_eq!(
        (request.date, request.time),
        (
            day("2026-11-20"),
            Some(ClockTime {
                hour: 9,
                minute: 45
            })
        )
    );
    assert_eq!(request.source, Source::DigitalPost);
    assert_eq!(request.target, Target::Letter(request.item.clone()));
    assert_eq!(
        text(request, Lang::Da),
        "Odense Kommune har sendt dig brevet »Anmodning om lægeattest«."
    );
}

#[test]
fn payouts_are_planned_sent_or_paid_by_their_payer_with_the_amount_that_reaches_the_account() {
    let person = load("pensionist");
    let events = person.events(REFERENCE_DATE);
    let payouts = &person.payouts.as_ref().unwrap().data;
    let mut seen = BTreeSet::new();
    for payout in payouts {
        let event = events.iter().find(|e| e.item == payout.id).unwrap();
        seen.insert(event.kind());
        assert_eq!(event.date, day(&payout.payout_date));
        assert_eq!(event.target, Target::Economy);
        let amount = match &event.kind {
            EventKind::PayoutPlanned { amount, .. }
            | EventKind::PayoutSent { amount, .. }
            | EventKind::PayoutPaid { amount, .. } => *amount,
            other => panic!("{other:?}"),
        };
        assert_eq!(amount, payout.paid);
    }
    assert!(seen.contains(&Kind::PayoutPaid) && seen.contains(&Kind::PayoutPlanned));
    let pension = events
        .iter()
        .find(|e| matches!(&e.kind, EventKind::PayoutPaid { benefit, .. } if benefit == "Folkepension"))
        .unwrap();
    assert_eq!(pension.authority, "Udbetaling Danmark");
    let EventKind::PayoutPaid { amount, .. } = pension.kind else {
        unreachable!()
    };
    assert_eq!(
        text(pension, Lang::Da),
        format!(
            "Udbetaling Danmark har udbetalt {} – Folkepension.",
            crate::format::kroner(amount, Lang::Da)
        )
    );
    assert_eq!(
        text(pension, Lang::En),
        format!(
            "Udbetaling Danmark paid out {} – Folkepension.",
            crate::format::kroner(amount, Lang::En)
        )
    );
    // sygemeldt has a payout sent to the bank.
    assert!(of("sygemeldt").iter().any(|e| e.kind() == Kind::PayoutSent));
}

#[test]
fn restskat_and_an_instalment_plan_have_their_days() {
    let events = of("gaeld");
    let tax = filtered(&events, &[Kind::TaxDeadline], None);
    assert_eq!(tax.len(), 1);
    assert_eq!(
        (tax[0].date, tax[0].source),
        (day("2026-07-01"), Source::Tax)
    );
    assert_eq!(
        text(tax[0], Lang::Da),
        "Sidste frist for frivillig indbetaling af restskat for 2025 (18.740,00 kr.)."
    );
    let instalment = filtered(&events, &[Kind::DebtInstalmentDue], None);
    assert_eq!(
        instalment.len(),
        1,
        "only the instalment plan, not set-off or wage deduction"
    );
    assert_eq!(instalment[0].date, day("2026-12-01"));
    assert_eq!(instalment[0].authority, "Gældsstyrelsen");
    assert_eq!(
        text(instalment[0], Lang::Da),
        "Næste afdrag (1.500,00 kr.) på Restskat for 2024 skal betales til Gældsstyrelsen."
    );
    // An overskydende skat or an even statement has no deadline.
    for persona in ["familie", "pensionist", "beskyttet"] {
        assert!(
            filtered(&of(persona), &[Kind::TaxDeadline], None).is_empty(),
            "{persona}"
        );
    }
}

#[test]
fn look_ups_say_who_retrieved_what_from_which_register() {
    let person = load("mange-sager");
    let events = person.events(REFERENCE_DATE);
    let log = &person.access_log.as_ref().unwrap().data;
    let looked_up = filtered(&events, &[Kind::LookUp], None);
    assert_eq!(looked_up.len(), log.len());
    let entry = &log[0];
    let event = looked_up.iter().find(|e| e.item == entry.id).unwrap();
    assert_eq!(event.authority, entry.authority.name);
    assert_eq!(day(&entry.time), event.date);
    // "Skattestyrelsen hentede din adresse fra CPR" somewhere among the personas.
    let said = personas()
        .iter()
        .flat_map(|p| of(p))
        .filter(|e| e.kind() == Kind::LookUp)
        .map(|e| text(&e, Lang::Da))
        .any(|s| s == "Skattestyrelsen hentede din adresse fra CPR.");
    assert!(said);
}

#[test]
fn consents_powers_of_attorney_protections_and_inspections_have_their_dates() {
    let person = load("sygemeldt");
    let events = person.events(REFERENCE_DATE);
    for consent in &person.consents.as_ref().unwrap().data {
        let given = find(&events, Kind::ConsentGiven, &consent.id);
        assert_eq!(given[0].date, day(&consent.given));
        assert_eq!(given[0].authority, consent.to.name);
        let withdrawn = consent.status == crate::api::consents::ConsentStatus::Withdrawn;
        if let (Some(expires), false) = (&consent.expires, withdrawn) {
            assert_eq!(
                find(&events, Kind::ConsentExpiring, &consent.id)[0].date,
                day(expires)
            );
        }
    }
    assert!(!filtered(&events, &[Kind::ConsentGiven], None).is_empty());

    let giver = filtered(&of("pensionist"), &[Kind::PowerOfAttorneyExpiring], None)
        .into_iter()
        .cloned()
        .collect::<Vec<_>>();
    assert_eq!(giver[0].date, day("2027-10-31"));
    assert_eq!(
        text(&giver[0], Lang::Da),
        "Den fuldmagt, du har givet Hanne Søgaard Kristensen, udløber."
    );
    let holder = of("datter");
    let holder = filtered(&holder, &[Kind::PowerOfAttorneyExpiring], None);
    assert_eq!(
        text(holder[0], Lang::En),
        "Your power of attorney from Inger Margrethe Søgaard expires."
    );

    let protected = of("beskyttet");
    let lapses = filtered(&protected, &[Kind::ProtectionExpiring], None);
    let name = lapses
        .iter()
        .find(|e| {
            matches!(
                e.kind,
                EventKind::ProtectionExpiring {
                    protection: ProtectionKind::NameAndAddress
                }
            )
        })
        .unwrap();
    assert_eq!(
        (name.date, name.source, &name.target),
        (day("2027-02-28"), Source::Person, &Target::MyData)
    );

    // Inspections of the vehicles the citizen owns, not of one they only use.
    let person = load("mange-sager");
    let events = person.events(REFERENCE_DATE);
    for vehicle in &person.vehicles.as_ref().unwrap().data {
        let found = find(
            &events,
            Kind::InspectionDue,
            &vehicle.registration.replace(' ', ""),
        );
        match (vehicle.role, &vehicle.next_inspection) {
            (crate::api::vehicles::VehicleRole::Owner, Some(due)) => {
                assert_eq!(found[0].date, day(due));
                assert_eq!(found[0].authority, "Motorstyrelsen");
            }
            _ => assert!(found.is_empty(), "{}", vehicle.registration),
        }
    }
    assert!(!filtered(&events, &[Kind::InspectionDue], None).is_empty());
}

#[test]
fn acting_for_someone_yields_only_the_events_within_the_scope() {
    for persona in ["familie", "beskyttet", "datter"] {
        let parent = load(persona);
        for represented in session(persona).can_act_for {
            let dir = format!("{persona}/paa-vegne-af/{}", represented.id);
            let child = load(&dir);
            // The parent's own letters and look-ups, wrongly handed in, are left out too.
            let inputs = Inputs {
                letters: parent.letters.as_ref(),
                tax: parent.tax.as_ref(),
                ..child.inputs()
            };
            let events = super::events(&inputs, REFERENCE_DATE, Some(&represented.scope));
            assert!(!events.is_empty(), "{dir}");
            for event in &events {
                let scope = event.source.scope().unwrap();
                assert!(represented.scope.contains(&scope), "{dir}: {event:?}");
            }
            let covers = |scope| represented.scope.contains(&scope);
            assert_eq!(
                events.iter().any(|e| e.source == Source::DigitalPost),
                covers(Scope::DigitalPost) && !inputs.letters.unwrap().data.is_empty(),
                "{dir}"
            );
            assert!(!events.iter().any(|e| e.source == Source::Tax), "{dir}");
        }
    }
    // Emil's own case is among his events, not his mother's.
    let emil = "564418f1-6508-534b-aa84-079d8b655c9b";
    let his = load(&format!("familie/paa-vegne-af/{emil}")).events(REFERENCE_DATE);
    assert!(!find(&his, Kind::CaseCreated, "aa865256").is_empty());
    assert!(find(&of("familie"), Kind::CaseCreated, "aa865256").is_empty());
    // Acting for Inger, Hanne sees her cases and payouts but not her look-ups.
    let giver = session("datter").can_act_for.remove(0);
    let inger = load(&format!("datter/paa-vegne-af/{}", giver.id));
    // Inger's own log and CPR data, wrongly handed in, stay out.
    let own = load("pensionist");
    let inputs = Inputs {
        access_log: own.access_log.as_ref(),
        person: own.person.as_ref(),
        ..inger.inputs()
    };
    let events = super::events(&inputs, REFERENCE_DATE, Some(&giver.scope));
    let sources: BTreeSet<Source> = events.iter().map(|e| e.source).collect();
    assert!(sources.contains(&Source::Cases) && sources.contains(&Source::Benefits));
    assert!(!sources.contains(&Source::AccessLog) && !sources.contains(&Source::Person));
}

#[test]
fn ids_are_stable_and_unique_across_every_persona() {
    let mut owners: BTreeMap<String, (String, Kind, String, Date)> = BTreeMap::new();
    let mut shared = Vec::new();
    for persona in personas() {
        let first = of(&persona);
        let again = load(&persona).events(day("2026-12-15"));
        let uids: Vec<String> = first.iter().map(Event::uid).collect();
        let unique: BTreeSet<&String> = uids.iter().collect();
        assert_eq!(unique.len(), uids.len(), "{persona}: ids repeat");
        // Another day, the same items keep their ids (an expected decision may turn overdue).
        let later: BTreeSet<String> = again.iter().map(Event::uid).collect();
        assert!(uids.iter().all(|uid| later.contains(uid)), "{persona}");
        for event in &first {
            let uid = event.uid();
            assert!(uid.is_ascii() && !uid.contains(' '), "{uid}");
            assert!(uid.ends_with("@mit-overblik"));
            let me = (
                persona.clone(),
                event.kind(),
                event.item.clone(),
                event.date,
            );
            if let Some(other) = owners.insert(uid.clone(), me.clone()) {
                // Only an item two personas share (both sides of one power of attorney).
                assert_eq!((other.1, &other.2, other.3), (me.1, &me.2, me.3), "{uid}");
                shared.push((other.0, persona.clone(), event.kind()));
            }
        }
    }
    // Shared: both sides of one power of attorney (one item), and items without an id of their
    // own in the source (an annual statement, a protection), named by what they are.
    let kinds: BTreeSet<Kind> = shared.iter().map(|(_, _, kind)| *kind).collect();
    assert!(kinds.contains(&Kind::PowerOfAttorneyExpiring), "{shared:?}");
    assert!(
        kinds.is_subset(
            &[
                Kind::PowerOfAttorneyExpiring,
                Kind::TaxDeadline,
                Kind::ProtectionExpiring
            ]
            .into()
        ),
        "{shared:?}"
    );
    // One calendar with the citizen's own events and those of whom they act for: no id twice.
    for persona in personas() {
        let mut uids: Vec<String> = of(&persona).iter().map(Event::uid).collect();
        for represented in session(&persona).can_act_for {
            let dir = format!("{persona}/paa-vegne-af/{}", represented.id);
            let theirs = super::events(
                &load(&dir).inputs(),
                REFERENCE_DATE,
                Some(&represented.scope),
            );
            uids.extend(theirs.iter().map(|e| e.uid_for(Some(&represented.id))));
        }
        let unique: BTreeSet<&String> = uids.iter().collect();
        assert_eq!(unique.len(), uids.len(), "{persona} with whom they act for");
    }
    // No CPR number in any id.
    let cprs: Vec<String> = personas()
        .iter()
        .map(|p| session(p).cpr.replace('-', ""))
        .collect();
    assert!(owners
        .keys()
        .all(|uid| cprs.iter().all(|cpr| !uid.contains(cpr.as_str()))));
}

#[test]
fn news_since_the_last_login_are_what_happened_after_it_newest_first() {
    for persona in personas() {
        let last = session(&persona).last_login.unwrap();
        let events = of(&persona);
        let new = since(&events, &last, REFERENCE_DATE);
        let login = day(&last);
        assert!(!new.is_empty(), "{persona}: nothing new since {last}");
        let seen = events
            .iter()
            .filter(|e| e.kind().is_occurrence() && e.date < login)
            .count();
        assert!(seen > 0, "{persona}: nothing seen before {last}");
        for event in &new {
            assert!(
                event.kind().is_occurrence() && event.date >= login && event.date <= REFERENCE_DATE
            );
        }
        assert!(new
            .windows(2)
            .all(|w| (w[0].date, w[0].time) >= (w[1].date, w[1].time)));
        // Grouped by day: each day once, newest first.
        let days: Vec<Date> = by_day(&new).into_iter().map(|(d, _)| d).collect();
        assert!(days.windows(2).all(|w| w[0] > w[1]), "{persona}");
    }
    // sygemeldt logged in on 17 November at 19.42: the letter of 20 November is new, the
    // letter of 19 November too, and nothing of the day before the login.
    let events = of("sygemeldt");
    let new = since(&events, "2026-11-17T19:42:10+01:00", REFERENCE_DATE);
    let subjects: Vec<&str> = new
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::LetterReceived { subject } => Some(subject.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        subjects,
        [
            "Anmodning om lægeattest",
            "Kvittering for ansøgning om revalidering"
        ]
    );
    assert!(new
        .iter()
        .any(|e| e.kind() == Kind::CaseCreated && e.item.starts_with("34548646")));
    // A moment on the same day counts by its time; a later login sees less.
    let later = since(&events, "2026-11-20T10:00:00+01:00", REFERENCE_DATE);
    assert!(later
        .iter()
        .all(|e| !matches!(&e.kind, EventKind::LetterReceived { .. })));
    assert!(since(&events, "ikke en dato", REFERENCE_DATE).is_empty());
}

#[test]
fn the_calendar_groups_by_month_and_filters_by_kind_and_authority() {
    let events = of("pensionist");
    let all: Vec<&Event> = events.iter().collect();
    let months = by_month(&all);
    assert!(
        months.windows(2).all(|w| w[0].0 < w[1].0),
        "each month once, in order"
    );
    assert!(months
        .iter()
        .all(|(m, list)| list.iter().all(|e| e.date.first_of_month() == *m)));
    assert_eq!(
        months.iter().map(|(_, l)| l.len()).sum::<usize>(),
        events.len()
    );
    let paid = filtered(
        &events,
        &[Kind::PayoutPaid, Kind::PayoutPlanned],
        Some("Udbetaling Danmark"),
    );
    assert!(!paid.is_empty());
    assert!(paid
        .iter()
        .all(|e| e.authority == "Udbetaling Danmark" && e.target == Target::Economy));
    assert_eq!(filtered(&events, &[], None).len(), events.len());
}
