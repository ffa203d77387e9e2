//! Facts a caseworker would sign: every legal basis in the fixtures is an entry of the controlled
//! list (`public/api/hjemler.json`) and fits what was looked up and by whom; every look-up follows
//! from something in the persona's other files; cases belong to the authority that handles them;
//! every answer names a public authority as the owner of its data (never KOMBIT, which runs the
//! indexes); consents exist only where Digitalt Samtykke did; timelines run in order.
//!
//! The audit behind these rules, with sources, is summarised in `docs/facts.md`.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use mit_overblik::api::access_log::{DataItem, LegalBases};
use serde_json::Value;

mod common;
use common::{json, mock_dir, personas, root, REFERENCE, WINDOW_FROM};

const UDK: &str = "29980004";
const SKAT: &str = "43332007";
const GAELD: &str = "43334018";
const MOTOR: &str = "43336002";
const UFS: &str = "34042012";
const SDS: &str = "33257872";

/// The `data` of an endpoint's envelope in `dir` (null for a source error or no access).
fn data(dir: &Path, endpoint: &str) -> Value {
    json(&dir.join(format!("{endpoint}.json")))["data"].clone()
}

fn list(dir: &Path, endpoint: &str) -> Vec<Value> {
    data(dir, endpoint).as_array().cloned().unwrap_or_default()
}

/// Every subject with its own data: each persona, and each person a persona may act for (with
/// the parent's directory, whose benefits and cases concern the child too).
fn subjects() -> Vec<(String, PathBuf, Option<PathBuf>)> {
    let mut all = Vec::new();
    for persona in personas() {
        let dir = mock_dir().join(&persona);
        let represented = dir.join("paa-vegne-af");
        if represented.is_dir() {
            for entry in fs::read_dir(&represented).unwrap() {
                let child = entry.unwrap().path();
                // A power of attorney shows another persona's own files: checked there.
                let kind = json(&dir.join("session.json"))["data"]["kanHandleFor"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|r| r["id"] == child.file_name().unwrap().to_str().unwrap())
                    .map(|r| r["type"].as_str().unwrap().to_owned());
                if kind.as_deref() == Some("barn") {
                    all.push((format!("{persona}/barn"), child, Some(dir.clone())));
                }
            }
        }
        all.push((persona, dir, None));
    }
    all
}

fn legal_bases() -> LegalBases {
    let text = fs::read_to_string(root().join("public/api/hjemler.json")).unwrap();
    serde_json::from_str(&text).expect("hjemler.json decodes into LegalBases")
}

fn generator_agrees(script: &str) {
    let status = std::process::Command::new("node")
        .args([script, "--check"])
        .current_dir(root())
        .status()
        .expect("node runs");
    assert!(status.success(), "run: node {script}");
}

#[test]
fn the_legal_bases_and_cases_are_what_the_generators_write() {
    generator_agrees("scripts/fixtures/legal-bases.mjs");
    generator_agrees("scripts/fixtures/cases.mjs");
}

#[test]
fn the_controlled_list_names_law_paragraph_what_it_allows_and_a_dated_source() {
    let bases = legal_bases();
    assert!(bases.entries.len() >= 15);
    let mut ids = BTreeSet::new();
    let mut citations = BTreeSet::new();
    for entry in &bases.entries {
        assert!(ids.insert(entry.id.clone()), "duplicate id {}", entry.id);
        assert!(
            citations.insert(entry.citation.clone()),
            "duplicate citation {}",
            entry.citation
        );
        assert!(
            entry.source.url.link().is_some(),
            "{}: the source is a safe https: address",
            entry.id
        );
        assert_eq!(entry.source.read.len(), 10, "{}: a date read", entry.id);
        assert!(!entry.allows.is_empty() && !entry.law.is_empty());
        // No unverified fact looks verified: what is not confirmed says why.
        if !entry.confirmed() || entry.consolidation_status != "gaeldende" {
            assert!(
                entry.note.is_some() || entry.consolidation_status == "seneste-fundne",
                "{}: say what is not confirmed",
                entry.id
            );
        }
        match entry.consolidation_status.as_str() {
            "gaeldende" | "seneste-fundne" => {
                assert!(entry.consolidation.is_some(), "{}", entry.id)
            }
            "ikke-fundet" => {}
            other => panic!("{}: status {other}", entry.id),
        }
        if let Some(paragraph) = &entry.paragraph {
            assert!(
                entry
                    .citation
                    .contains(paragraph.split(',').next().unwrap()),
                "{}: the citation names the paragraph",
                entry.id
            );
        }
    }
}

/// Every `hjemmel` in a fixture: (file, text, id).
fn citations() -> Vec<(String, String, Option<String>)> {
    fn walk(dir: &Path, found: &mut Vec<(String, String, Option<String>)>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|e| e == "json") {
                let value = json(&path);
                collect(&path.display().to_string(), &value, found);
            }
        }
    }
    fn collect(file: &str, value: &Value, found: &mut Vec<(String, String, Option<String>)>) {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(text)) = map.get("hjemmel") {
                    let id = map
                        .get("hjemmelId")
                        .and_then(Value::as_str)
                        .map(str::to_owned);
                    found.push((file.to_owned(), text.clone(), id));
                }
                map.values().for_each(|v| collect(file, v, found));
            }
            Value::Array(items) => items.iter().for_each(|v| collect(file, v, found)),
            _ => {}
        }
    }
    let mut found = Vec::new();
    walk(&mock_dir(), &mut found);
    walk(&root().join("public/api/scenarier"), &mut found);
    found
}

#[test]
fn every_hjemmel_in_the_fixtures_is_an_entry_of_the_controlled_list() {
    let bases = legal_bases();
    let found = citations();
    assert!(found.len() > 1000, "only {} citations", found.len());
    let mut used = BTreeSet::new();
    for (file, text, id) in found {
        let id = id.unwrap_or_else(|| panic!("{file}: \"{text}\" has no hjemmelId"));
        let entry = bases
            .get(&id)
            .unwrap_or_else(|| panic!("{file}: {id} is not in hjemler.json"));
        assert_eq!(
            text, entry.citation,
            "{file}: the text is the entry's citation"
        );
        used.insert(id);
    }
    for entry in &bases.entries {
        assert!(
            used.contains(&entry.id)
                || entry
                    .note
                    .as_deref()
                    .is_some_and(|n| n.contains("ikke i adgangsloggen")),
            "{} is listed but never cited",
            entry.id
        );
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Actor {
    Kommune,
    UdbetalingDanmark,
    Skattestyrelsen,
    Gaeldsstyrelsen,
    Motorstyrelsen,
    Ufs,
}

fn actor(name: &str, cvr: &str) -> Actor {
    match cvr {
        UDK => Actor::UdbetalingDanmark,
        SKAT => Actor::Skattestyrelsen,
        GAELD => Actor::Gaeldsstyrelsen,
        MOTOR => Actor::Motorstyrelsen,
        UFS => Actor::Ufs,
        _ if name.ends_with("Kommune") => Actor::Kommune,
        _ => panic!("no rule for {name} ({cvr})"),
    }
}

/// Which legal bases fit a look-up of `item` by `actor`. CPR data is fetched under CPR-loven
/// whoever asks; income for a social case under retssikkerhedsloven § 11 a, stk. 2; BBR under
/// its own act; health data only with consent. Items with no sourced basis for anyone in the
/// personas (SU data, the debt register, the kommune's sickness-benefit system) may not be
/// looked up at all.
fn fitting(item: DataItem, actor: Actor) -> &'static [&'static str] {
    use Actor::*;
    use DataItem::*;
    match (item, actor) {
        (Address | MaritalStatus | Family, Kommune) => &["cpr-loven-32", "cpr-loven-28"],
        (Address | MaritalStatus | Family, _) => &["cpr-loven-32"],
        (Income, Kommune) => &["retssikkerhedsloven-11a-2", "dagtilbudsloven-43"],
        (Income, UdbetalingDanmark) => &[
            "udbetaling-danmark-loven-8-2",
            "boligstoetteloven-8d",
            "boligstoetteloven-46b",
        ],
        (Income, Ufs) => &["su-loven-39"],
        (Income | TaxAssessment, Gaeldsstyrelsen) => &["gaeldsinddrivelsesloven-10"],
        (Housing, _) => &["bbr-loven-5"],
        (Vehicles, Motorstyrelsen) => &["braendstofforbrugsafgiftsloven"],
        (UdkBenefits, Kommune) => &["retssikkerhedsloven-11a-2"],
        (UdkBenefits, Gaeldsstyrelsen) => &["boerne-og-ungeydelsesloven-11-2"],
        (NemKonto, Kommune | UdbetalingDanmark | Ufs) => &["nemkontoloven-8"],
        (Medication, Kommune) => &["retssikkerhedsloven-11a-1"],
        _ => &[],
    }
}

#[test]
fn each_look_up_s_legal_basis_fits_its_data_item_and_its_actor() {
    let mut checked = 0;
    let mut pairs = BTreeSet::new();
    for (label, dir, _) in subjects() {
        let consents = list(&dir, "samtykker");
        for entry in list(&dir, "adgangslog") {
            let item = DataItem::from_code(entry["dataelement"].as_str().unwrap()).unwrap();
            let by = &entry["myndighed"];
            let who = actor(by["navn"].as_str().unwrap(), by["cvr"].as_str().unwrap());
            let id = entry["hjemmelId"].as_str().unwrap();
            assert!(
                fitting(item, who).contains(&id),
                "{label}: {who:?} looked up {item:?} under {id}"
            );
            // CPR-loven § 28 is the kommune registering a protection, nothing else.
            if id == "cpr-loven-28" {
                assert_eq!(entry["system"], "Folkeregistrering", "{label}");
            }
            // A look-up on consent needs a consent in force that day, to that authority.
            if id == "retssikkerhedsloven-11a-1" {
                let day = &entry["tidspunkt"].as_str().unwrap()[..10];
                let covered = consents.iter().any(|c| {
                    let end = c["tilbagekaldt"]
                        .as_str()
                        .or(c["udloeber"].as_str())
                        .unwrap_or("9999");
                    c["til"]["cvr"] == by["cvr"]
                        && c["data"]
                            .as_array()
                            .unwrap()
                            .iter()
                            .any(|d| d == &entry["dataelement"])
                        && c["afgivet"].as_str().unwrap() <= day
                        && day <= end
                });
                assert!(covered, "{label}: {item:?} on {day} without a consent");
            }
            pairs.insert((format!("{item:?}"), format!("{who:?}")));
            checked += 1;
        }
    }
    assert!(checked > 2000, "only {checked} look-ups");
    assert!(pairs.len() >= 15, "the table is exercised: {pairs:?}");
}

/// The kommune of a person: where the CPR says they live; for a protected address (never
/// delivered), the kommune whose letter granted the protection (the parent's, for a child).
fn kommune_of(dir: &Path) -> String {
    let person = json(&dir.join("person.json"));
    match person["data"]["adresse"]["kommunenavn"].as_str() {
        Some("København") => "Københavns Kommune".to_owned(),
        Some(name) => format!("{name} Kommune"),
        None => {
            let letters = |d: &Path| list(d, "digital-post");
            let mut found = letters(dir);
            if found.is_empty() {
                found = letters(dir.parent().unwrap().parent().unwrap());
            }
            found
                .iter()
                .find(|m| m["emne"].as_str().unwrap().contains("adressebeskyttelse"))
                .map(|m| m["afsender"]["navn"].as_str().unwrap().to_owned())
                .expect("the letter granting the protection names the kommune")
        }
    }
}

fn cvr_of_kommune(name: &str) -> &'static str {
    match name {
        "Aarhus Kommune" => "55133018",
        "Odense Kommune" => "35209115",
        "Vejle Kommune" => "29189900",
        "Esbjerg Kommune" => "29189803",
        "Københavns Kommune" => "64942212",
        other => panic!("no CVR for {other}"),
    }
}

fn age_on(birth: &str, on: &str) -> i32 {
    let years = on[..4].parse::<i32>().unwrap() - birth[..4].parse::<i32>().unwrap();
    if on[5..] < birth[5..] {
        years - 1
    } else {
        years
    }
}

/// The (authority CVR, system) pairs a subject's other files give a reason for.
fn reasons(dir: &Path) -> BTreeSet<(String, String)> {
    let mut allowed = BTreeSet::new();
    let mut allow = |cvr: &str, system: &str| {
        allowed.insert((cvr.to_owned(), system.to_owned()));
    };
    let person = data(dir, "person");
    let kommune = cvr_of_kommune(&kommune_of(dir));
    // Everyone is taxed: the yearly forskudsopgørelse reads the address.
    allow(SKAT, "Forskudsopgørelsen");
    if !person["aegtefaelle"].is_null() {
        allow(SKAT, "Personskat");
    }
    let moved_in = person["tilflytningsdato"].as_str().unwrap();
    if moved_in >= WINDOW_FROM
        && person["boern"].as_array().unwrap().is_empty()
        && age_on(person["foedselsdato"].as_str().unwrap(), REFERENCE) >= 18
    {
        // New in the country: registration, the first tax card, the health card.
        allow(kommune, "Folkeregistrering");
        allow(SKAT, "eSkattekort");
        allow(kommune, "Sundhedskort");
    }
    for protection in person["beskyttelser"].as_array().unwrap() {
        if protection["start"].as_str().unwrap() >= WINDOW_FROM {
            allow(kommune, "Folkeregistrering");
        }
    }
    let birth = person["foedselsdato"].as_str().unwrap();
    if (6..18).contains(&age_on(birth, REFERENCE)) {
        allow(kommune, "Skoleadministration");
    }
    if age_on(birth, WINDOW_FROM) < 7 {
        allow(kommune, "Sundhedsplejen");
    }
    if !list(dir, "koeretoejer").is_empty() {
        allow(MOTOR, "Motorregistret (DMR)");
    }
    for grant in list(dir, "ydelser") {
        let name = grant["ydelsesnavn"].as_str().unwrap();
        let payer = grant["udbetaler"]["cvr"].as_str().unwrap();
        if name.starts_with("Folkepension") || name.starts_with("Ældrecheck") {
            allow(UDK, "Folkepension");
        } else if name.starts_with("Boligydelse") || name.starts_with("Boligsikring") {
            allow(UDK, "Boligstøtte");
        } else if name.starts_with("Børne- og ungeydelse") {
            allow(UDK, "Børne- og ungeydelse");
        } else if name.starts_with("SU") {
            allow(UFS, "SU-systemet");
        } else if name.starts_with("Sygedagpenge") {
            allow(payer, "Momentum (jobcenter)");
            allow(payer, "KMD Ydelsesrefusion");
        } else if name.contains("helbredstillæg") {
            allow(payer, "KMD Helbredstillæg");
        }
    }
    for case in list(dir, "sager") {
        let owner = case["myndighed"]["cvr"].as_str().unwrap();
        let kle = case["kle"]["nummer"].as_str().unwrap();
        let system = match kle {
            k if k.starts_with("15.17.") => "Momentum (jobcenter)",
            "27.45.04" => "Cura",
            "29.15.12" => "Tandplejen",
            "02.00.01" => "Hegnsynets sekretariat",
            "28.77.20" => "Pladsanvisningen",
            "34.10.10" => "DUBU",
            "32.45.10" if owner == UDK => "Boligstøtte",
            other => panic!("no system for KLE {other}"),
        };
        allow(owner, system);
    }
    let debt = data(dir, "gaeld");
    let claims = debt["poster"].as_array().cloned().unwrap_or_default();
    let set_off = list(dir, "udbetalinger")
        .iter()
        .any(|p| !p["modregning"].is_null());
    if !claims.is_empty() || set_off {
        allow(GAELD, "PSRM");
    }
    for claim in &claims {
        if claim["fordringshaver"]["cvr"] == UDK
            && claim["fordringstype"]
                .as_str()
                .unwrap()
                .contains("boligstøtte")
        {
            allow(UDK, "Boligstøtte");
        }
    }
    allowed
}

#[test]
fn every_look_up_follows_from_something_in_the_persona_s_other_files() {
    let mut checked = 0;
    for (label, dir, parent) in subjects() {
        let mut allowed = reasons(&dir);
        if let Some(parent) = &parent {
            // A child's benefits are paid to the parent, and the parent applies for the place.
            allowed.extend(reasons(parent).into_iter().filter(|(_, s)| {
                ["Børne- og ungeydelse", "Pladsanvisningen"].contains(&s.as_str())
            }));
        }
        let mut counts: BTreeMap<(String, String), usize> = BTreeMap::new();
        for entry in list(&dir, "adgangslog") {
            let key = (
                entry["myndighed"]["cvr"].as_str().unwrap().to_owned(),
                entry["system"].as_str().unwrap().to_owned(),
            );
            *counts.entry(key).or_default() += 1;
            checked += 1;
        }
        for ((cvr, system), n) in counts {
            assert!(
                allowed.contains(&(cvr.clone(), system.clone())),
                "{label}: {n} look-ups by {cvr} with {system} have no reason in the persona's files (allowed: {allowed:?})"
            );
        }
    }
    assert!(checked > 2000);
}

/// KLE subjects that only a kommune handles.
const MUNICIPAL_KLE: [&str; 6] = ["15.17.", "27.45.", "29.15.", "02.00.", "28.77.", "34.10."];

#[test]
fn cases_belong_to_the_authority_that_handles_them_and_to_the_handlekommune() {
    let mut cases = 0;
    for (label, dir, _) in subjects() {
        let kommune = kommune_of(&dir);
        for case in list(&dir, "sager") {
            let owner = &case["myndighed"];
            let kle = case["kle"]["nummer"].as_str().unwrap();
            let title = case["titel"].as_str().unwrap();
            match owner["type"].as_str().unwrap() {
                "kommune" => assert!(
                    owner["navn"] == kommune.as_str() || kle == "02.00.01",
                    "{label}: {title} at {} but the handlekommune is {kommune} (only a hegnsyn goes where the property lies)",
                    owner["navn"]
                ),
                "udbetalingDanmark" => assert!(
                    !MUNICIPAL_KLE.iter().any(|k| kle.starts_with(k)),
                    "{label}: Udbetaling Danmark owns a municipal case: {title}"
                ),
                other => panic!("{label}: {other} owns {title}"),
            }
            assert_ne!(case["ansvarligEnhed"], "Borgerservice", "{label}: {title}");
            // An ongoing case is not classified as a decision to stop the benefit.
            if kle == "15.17.06" {
                assert!(
                    ["Afgjort", "Afsluttet"].contains(&case["fremdrift"]["kode"].as_str().unwrap()),
                    "{label}: {title} is ongoing under KLE 15.17.06 (ophør)"
                );
            }
            cases += 1;
        }
    }
    assert!(cases > 25);
}

/// KOMBIT runs the fælleskommunale indexes; it is a company owned by KL, not an authority, and
/// owns no data in them (facts audit 2.8, 4.24).
const KOMBIT: &str = "19435075";
const CPR: &str = "18234009";
const DIGST: &str = "34051178";
const SAGSINDEKS: &str = "Fælleskommunalt Sags- og Dokumentindeks";
const YDELSESINDEKS: &str = "Fælleskommunalt Ydelsesindeks";

/// The public authorities besides the kommuner that own data in the fixtures, with their CVR.
const AUTHORITIES: [(&str, &str); 8] = [
    ("Udbetaling Danmark", UDK),
    ("Skattestyrelsen", SKAT),
    ("Gældsstyrelsen", GAELD),
    ("Motorstyrelsen", MOTOR),
    ("Uddannelses- og Forskningsstyrelsen", UFS),
    ("Sundhedsdatastyrelsen", SDS),
    ("Digitaliseringsstyrelsen", DIGST),
    ("CPR-kontoret", CPR),
];

/// Every answer (envelope) in the mock and the scenario example: (where, the envelope).
fn envelopes() -> Vec<(String, Value)> {
    fn collect(place: &str, value: &Value, found: &mut Vec<(String, Value)>) {
        match value {
            Value::Object(map) => {
                if value["kilde"]["myndighed"].is_string() && map.contains_key("fejl") {
                    found.push((place.to_owned(), value.clone()));
                    return;
                }
                for (key, v) in map {
                    collect(&format!("{place} {key}"), v, found);
                }
            }
            Value::Array(items) => items.iter().for_each(|v| collect(place, v, found)),
            _ => {}
        }
    }
    fn walk(dir: &Path, found: &mut Vec<(String, Value)>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|e| e == "json") {
                collect(&path.display().to_string(), &json(&path), found);
            }
        }
    }
    let mut found = Vec::new();
    walk(&mock_dir(), &mut found);
    walk(&root().join("public/api/scenarier"), &mut found);
    found
}

#[test]
fn every_answer_names_a_public_authority_as_the_owner_and_a_case_its_own_authority() {
    let (mut answers, mut details) = (0, 0);
    for (place, envelope) in envelopes() {
        let kilde = &envelope["kilde"];
        let name = kilde["myndighed"].as_str().unwrap();
        let cvr = kilde["cvr"].as_str().unwrap();
        assert!(
            cvr != KOMBIT && !name.contains("KOMBIT"),
            "{place}: KOMBIT runs the index ({}) but owns none of its data",
            kilde["register"]
        );
        assert!(
            AUTHORITIES.contains(&(name, cvr))
                || (name.ends_with(" Kommune") && cvr_of_kommune(name) == cvr),
            "{place}: {name} ({cvr}) is not a public authority owning data"
        );
        // A case detail is owned by the authority that handles the case.
        let case = &envelope["data"]["sag"];
        if case.is_object() {
            assert_eq!(
                (name, cvr),
                (
                    case["myndighed"]["navn"].as_str().unwrap(),
                    case["myndighed"]["cvr"].as_str().unwrap()
                ),
                "{place}: the case's own authority owns its detail"
            );
            assert_eq!(kilde["register"], SAGSINDEKS, "{place}");
            details += 1;
        }
        answers += 1;
    }
    assert!(answers > 150, "only {answers} answers");
    assert!(details >= 35, "only {details} case details");
}

/// The one CVR all `owners` share, or the kommune's if they are none or several.
fn sole_owner(owners: &[&str], kommune: &'static str) -> String {
    match owners.first() {
        Some(first) if owners.iter().all(|o| o == first) => (*first).to_owned(),
        _ => kommune.to_owned(),
    }
}

#[test]
fn an_index_answer_is_owned_by_its_cases_authority_or_its_grants_payer_else_by_the_kommune() {
    // The rule in docs/api-contract.md: a case list by the one authority of all its cases, a
    // benefit or payout list by the one payer of its grants; else by the person's kommune.
    let mut checked = 0;
    for (label, dir, _) in subjects() {
        let kommune = cvr_of_kommune(&kommune_of(&dir));
        let protected = data(&dir, "person")["adresse"].is_null();
        let grants = list(&dir, "ydelser");
        let payer_of = |grant: &Value| grant["udbetaler"]["cvr"].as_str().unwrap().to_owned();
        let cases = list(&dir, "sager");
        let payouts = list(&dir, "udbetalinger");
        let paid: Vec<String> = grants
            .iter()
            .filter(|g| payouts.iter().any(|p| p["bevillingId"] == g["id"]))
            .map(payer_of)
            .collect();
        let expected = [
            (
                "sager",
                cases
                    .iter()
                    .map(|c| c["myndighed"]["cvr"].as_str().unwrap().to_owned())
                    .collect::<Vec<_>>(),
            ),
            ("ydelser", grants.iter().map(payer_of).collect()),
            ("udbetalinger", paid),
        ];
        for (endpoint, owners) in expected {
            let envelope = json(&dir.join(format!("{endpoint}.json")));
            assert!(envelope["fejl"].is_null(), "{label}/{endpoint}");
            let kilde = &envelope["kilde"];
            let owners: Vec<&str> = owners.iter().map(String::as_str).collect();
            let owner = sole_owner(&owners, kommune);
            assert_eq!(kilde["cvr"], owner.as_str(), "{label}/{endpoint}: owner");
            if owner == UFS {
                // SU is read in the SU system of its payer, not in the Ydelsesindeks.
                assert_eq!(kilde["register"], "SU-systemet", "{label}/{endpoint}");
                continue;
            }
            let index = if endpoint == "sager" {
                SAGSINDEKS
            } else {
                YDELSESINDEKS
            };
            assert_eq!(
                kilde["register"], index,
                "{label}/{endpoint}: read in the index"
            );
            // Whom to contact is the owner (under a protected address: "your kommune").
            let contact = kilde["kontakt"]["navn"].as_str().unwrap();
            if owner == kommune && protected {
                assert_eq!(contact, "Borgerservice i din kommune", "{label}/{endpoint}");
            } else {
                assert!(
                    contact.contains(kilde["myndighed"].as_str().unwrap()),
                    "{label}/{endpoint}: contact {contact} for {}'s data",
                    kilde["myndighed"]
                );
            }
            checked += 1;
        }
    }
    assert!(checked >= 30, "only {checked} answers");
}

#[test]
fn a_claim_reaches_gaeldsstyrelsen_only_after_the_warning_and_the_decision() {
    let mut checked = 0;
    for (label, dir, _) in subjects() {
        let debt = data(&dir, "gaeld");
        for claim in debt["poster"].as_array().cloned().unwrap_or_default() {
            let creditor = claim["fordringshaver"]["cvr"].as_str().unwrap();
            if creditor != UDK {
                continue;
            }
            let received = claim["modtaget"].as_str().unwrap();
            let case = list(&dir, "sager")
                .into_iter()
                .find(|c| c["myndighed"]["cvr"] == UDK && c["kle"]["nummer"] == "32.45.10")
                .unwrap_or_else(|| panic!("{label}: a UDK claim without a UDK case"));
            let detail = json(
                &dir.join("sager")
                    .join(format!("{}.json", case["id"].as_str().unwrap())),
            );
            let step = |code: &str| {
                detail["data"]["historik"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|h| h["kode"] == code)
                    .map(|h| h["fra"].as_str().unwrap()[..10].to_owned())
                    .unwrap_or_else(|| panic!("{label}: no {code}"))
            };
            let warned = step("Opstaaet");
            let decided = step("Afgjort");
            assert!(
                warned < decided && decided.as_str() < received,
                "{label}: varsel {warned}, afgørelse {decided}, inddrivelse {received}"
            );
            checked += 1;
        }
    }
    assert!(checked >= 1);
}

#[test]
fn consents_only_from_june_2025_only_with_digitalt_samtykke_s_first_users_and_only_where_the_law_needs_one(
) {
    let first_users = [
        "Københavns Kommune",
        "Odense Kommune",
        "Udviklings- og Forenklingsstyrelsen",
    ];
    let mut seen = 0;
    for (label, dir, _) in subjects() {
        for consent in list(&dir, "samtykker") {
            let given = consent["afgivet"].as_str().unwrap();
            assert!(
                given >= "2025-06-01",
                "{label}: consent given {given}, before Digitalt Samtykke went live"
            );
            let to = consent["til"]["navn"].as_str().unwrap();
            assert!(
                first_users.contains(&to),
                "{label}: {to} is not one of Digitalt Samtykke's first users"
            );
            // Economic data needs no consent (retssikkerhedsloven § 11 a, stk. 2).
            for item in consent["data"].as_array().unwrap() {
                assert!(
                    ![
                        "eindkomst.indkomst",
                        "udk.ydelser",
                        "skat.forskudsopgoerelse"
                    ]
                    .contains(&item.as_str().unwrap()),
                    "{label}: a consent for {item}, which the kommune may fetch without one"
                );
            }
            assert_eq!(
                consent["fra"]["cvr"], SDS,
                "{label}: health data comes from Sundhedsdatastyrelsen"
            );
            assert_eq!(consent["hjemmelId"], "retssikkerhedsloven-11a-1", "{label}");
            seen += 1;
        }
    }
    assert!(seen >= 3);
}

#[test]
fn a_cpr_number_without_modulus_11_has_a_first_of_january_birth_date_cpr_has_used() {
    // cpr.dk: personnumre uden kontrolciffer (10-05-2023), the 1 January dates used so far.
    let years = [
        1960, 1962, 1964, 1965, 1966, 1967, 1969, 1970, 1974, 1975, 1978, 1980, 1981, 1982, 1983,
        1984, 1985, 1986, 1987, 1988, 1989, 1990, 1991, 1992, 1994, 1995,
    ];
    let mut without = 0;
    for persona in personas() {
        let person = data(&mock_dir().join(&persona), "person");
        let cpr: Vec<u32> = person["cpr"]
            .as_str()
            .unwrap()
            .chars()
            .filter_map(|c| c.to_digit(10))
            .collect();
        let sum: u32 = cpr
            .iter()
            .zip([4, 3, 2, 7, 6, 5, 4, 3, 2, 1])
            .map(|(d, w)| d * w)
            .sum();
        if !sum.is_multiple_of(11) {
            let birth = person["foedselsdato"].as_str().unwrap();
            assert!(
                birth.ends_with("-01-01") && years.contains(&birth[..4].parse::<i32>().unwrap()),
                "{persona}: no modulus 11 on {birth}"
            );
            without += 1;
        }
    }
    assert_eq!(without, 1);
}

#[test]
fn an_estimated_rate_says_so_where_the_user_sees_it() {
    let satser = json(&root().join("public/api/satser.json"));
    for rate in satser["satser"].as_array().unwrap() {
        if rate["skoen"] == true {
            assert!(
                rate["note"].as_str().is_some_and(|n| !n.is_empty()),
                "{}",
                rate["id"]
            );
        }
    }
    for (persona, name) in [("pensionist", "Ældrecheck"), ("sygemeldt", "Sygedagpenge")] {
        let grant = list(&mock_dir().join(persona), "ydelser")
            .into_iter()
            .find(|g| g["ydelsesnavn"].as_str().unwrap().starts_with(name))
            .unwrap();
        assert!(
            grant["bemaerkning"].as_str().unwrap().contains("skøn"),
            "{persona}: {name} shows an estimate as a fact"
        );
    }
}

/// Øre of an amount in kroner (the fixtures carry at most two decimals).
fn oere(amount: &Value) -> i64 {
    (amount.as_f64().unwrap_or(0.0) * 100.0).round() as i64
}

#[test]
fn every_payout_adds_up_from_before_tax_to_what_the_citizen_gets() {
    // The economy page shows each payout worked out: before tax − A-skat − ATP = after tax, and
    // after tax − set-off = paid. A figure that does not add up would show a sum that is wrong.
    let mut checked = 0;
    for (name, dir, _) in subjects() {
        for payout in list(&dir, "udbetalinger") {
            let id = payout["id"].as_str().unwrap_or("?");
            let set_off = oere(&payout["modregning"]["beloeb"]);
            let after_tax =
                oere(&payout["bruttobeloeb"]) - oere(&payout["aSkat"]) - oere(&payout["atp"]);
            assert_eq!(
                after_tax,
                oere(&payout["beloebEfterSkat"]),
                "{name} {id}: after tax"
            );
            assert_eq!(
                after_tax - set_off,
                oere(&payout["udbetaltBeloeb"]),
                "{name} {id}: paid"
            );
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} payouts checked");
}
