//! The API contract, the fixtures and the Rust types agree.
//!
//! Every fixture under `public/api/v1/mock/` must decode into its Rust type and validate against
//! its schema in `public/api/openapi.json` (a real JSON Schema 2020-12 validator); the Rust
//! types must round-trip through serde and still validate; and the data must carry what the
//! prototype promises (all progress codes, a hidden case, payouts in every status, …).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

use mit_overblik::api::{
    access_log::AccessEntry,
    benefits::{Grant, Payout, PayoutStatus},
    cases::{visible_cases, CaseDetail, CaseSummary, ProgressCode, Visibility},
    consents::Consent,
    debt::DebtOverview,
    decode, decode_envelope,
    digital_post::MessageHeader,
    endpoints::PersonaIndex,
    housing::Housing,
    person::Person,
    powers_of_attorney::PowerOfAttorney,
    session::Session,
    tax::TaxOverview,
    vehicles::Vehicle,
    ApiError, Sourced,
};
use serde::{de::DeserializeOwned, Serialize};
use serde_json::{json, Value};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn mock_dir() -> PathBuf {
    root().join("public/api/v1/mock")
}

fn contract() -> Value {
    let text = fs::read_to_string(root().join("public/api/openapi.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// A validator for one named schema of the contract (the document is the root, so `$ref`s resolve).
fn validator(schema: &str) -> jsonschema::Validator {
    let mut root = contract();
    root["$schema"] = json!("https://json-schema.org/draft/2020-12/schema");
    root["$ref"] = json!(format!("#/components/schemas/{schema}"));
    jsonschema::options()
        .should_validate_formats(true)
        .build(&root)
        .unwrap_or_else(|err| panic!("schema {schema} does not compile: {err}"))
}

fn schema_errors(schema: &str, value: &Value) -> Vec<String> {
    validator(schema)
        .iter_errors(value)
        .map(|err| format!("{} at {}", err, err.instance_path()))
        .collect()
}

fn personas() -> Vec<String> {
    let mut ids: Vec<String> = fs::read_dir(mock_dir())
        .unwrap()
        .filter_map(|entry| {
            let entry = entry.unwrap();
            entry
                .file_type()
                .unwrap()
                .is_dir()
                .then(|| entry.file_name().into_string().unwrap())
        })
        .collect();
    ids.sort();
    ids
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

/// Which schema and Rust type a fixture file is checked against.
fn check_fixture(file: &Path) -> Result<(), String> {
    let relative = file
        .strip_prefix(mock_dir())
        .unwrap()
        .to_string_lossy()
        .replace('\\', "/");
    let endpoint = relative.split_once('/').map_or("", |(_, rest)| rest);
    let body = read(file);
    let value: Value = serde_json::from_str(&body).map_err(|err| format!("{relative}: {err}"))?;
    let (schema, decoded): (&str, Result<(), ApiError>) = match endpoint {
        "session.json" => ("SessionSvar", decodes::<Session>(&body)),
        "person.json" => ("PersonSvar", decodes::<Person>(&body)),
        "bolig.json" => ("BoligSvar", decodes::<Housing>(&body)),
        "sager.json" => ("SagerSvar", decodes::<Vec<CaseSummary>>(&body)),
        "ydelser.json" => ("YdelserSvar", decodes::<Vec<Grant>>(&body)),
        "udbetalinger.json" => ("UdbetalingerSvar", decodes::<Vec<Payout>>(&body)),
        "skat.json" => ("SkatSvar", decodes::<TaxOverview>(&body)),
        "gaeld.json" => ("GaeldSvar", decodes::<DebtOverview>(&body)),
        "koeretoejer.json" => ("KoeretoejerSvar", decodes::<Vec<Vehicle>>(&body)),
        "digital-post.json" => ("DigitalPostSvar", decodes::<Vec<MessageHeader>>(&body)),
        "adgangslog.json" => ("AdgangslogSvar", decodes::<Vec<AccessEntry>>(&body)),
        "samtykker.json" => ("SamtykkerSvar", decodes::<Vec<Consent>>(&body)),
        "fuldmagter.json" => ("FuldmagterSvar", decodes::<Vec<PowerOfAttorney>>(&body)),
        other if other.starts_with("sager/") => ("SagDetaljeSvar", decodes::<CaseDetail>(&body)),
        _ if relative == "personas.json" => {
            ("PersonaIndex", decode::<PersonaIndex>(&body).map(|_| ()))
        }
        other => return Err(format!("{relative}: no endpoint {other} in the contract")),
    };
    decoded.map_err(|err| format!("{relative}: does not decode: {err}"))?;
    let errors = schema_errors(schema, &value);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(format!("{relative}: {errors:?}"))
    }
}

/// Decodes an envelope; a source-reported error is a valid answer too.
fn decodes<T: DeserializeOwned>(body: &str) -> Result<(), ApiError> {
    match decode_envelope::<T>(body) {
        Ok(_) | Err(ApiError::Source { .. }) => Ok(()),
        Err(err) => Err(err),
    }
}

fn fixture_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, files);
            } else if path.extension().is_some_and(|ext| ext == "json") {
                files.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(&mock_dir(), &mut files);
    files.sort();
    files
}

fn load<T: DeserializeOwned>(persona: &str, endpoint: &str) -> Sourced<T> {
    decode_envelope(&read(
        &mock_dir().join(persona).join(format!("{endpoint}.json")),
    ))
    .unwrap_or_else(|err| panic!("{persona}/{endpoint}: {err}"))
}

const ENDPOINTS: [&str; 13] = [
    "session",
    "person",
    "bolig",
    "sager",
    "ydelser",
    "udbetalinger",
    "skat",
    "gaeld",
    "koeretoejer",
    "digital-post",
    "adgangslog",
    "samtykker",
    "fuldmagter",
];

#[test]
fn the_contract_is_openapi_3_1_and_every_schema_compiles() {
    let doc = contract();
    assert_eq!(doc["openapi"], "3.1.0");
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    assert!(schemas.len() > 40);
    for name in schemas.keys() {
        validator(name);
    }
    for endpoint in ENDPOINTS {
        assert!(
            doc["paths"][format!("/{endpoint}.json")]["get"].is_object(),
            "{endpoint} missing in paths"
        );
    }
}

#[test]
fn every_persona_has_every_endpoint_and_the_index_lists_them_all() {
    let ids = personas();
    assert!(ids.len() >= 6, "{ids:?}");
    for persona in &ids {
        for endpoint in ENDPOINTS {
            let file = mock_dir().join(persona).join(format!("{endpoint}.json"));
            assert!(file.exists(), "{} is missing", file.display());
        }
    }
    let index: PersonaIndex = decode(&read(&mock_dir().join("personas.json"))).unwrap();
    let listed: Vec<String> = index.personas.iter().map(|p| p.id.clone()).collect();
    let mut sorted = listed.clone();
    sorted.sort();
    assert_eq!(sorted, ids);
    let server_enum = &contract()["servers"][0]["variables"]["persona"]["enum"];
    let mut in_contract: Vec<String> = serde_json::from_value(server_enum.clone()).unwrap();
    in_contract.sort();
    assert_eq!(
        in_contract, ids,
        "the contract's persona list is out of date"
    );
}

#[test]
fn every_fixture_decodes_into_the_rust_types_and_validates_against_the_contract() {
    let files = fixture_files();
    assert!(files.len() > 80, "only {} fixtures", files.len());
    let failures: Vec<String> = files
        .iter()
        .filter_map(|file| check_fixture(file).err())
        .collect();
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn a_broken_fixture_is_rejected_by_the_schema_and_by_the_types() {
    let good: Value =
        serde_json::from_str(&read(&mock_dir().join("sygemeldt/sager.json"))).unwrap();
    assert!(schema_errors("SagerSvar", &good).is_empty());

    let mut wrong_code = good.clone();
    wrong_code["data"][0]["fremdrift"]["kode"] = json!("UnderBehandling");
    assert!(!schema_errors("SagerSvar", &wrong_code).is_empty());
    match decode_envelope::<Vec<CaseSummary>>(&wrong_code.to_string()) {
        Err(ApiError::Decode { path, .. }) => assert_eq!(path, "data[0].fremdrift.kode"),
        other => panic!("expected a decode error, got {other:?}"),
    }

    let mut caseworker = good.clone();
    caseworker["data"][1]["sagsbehandler"] = json!("Karen Hansen");
    assert!(!schema_errors("SagerSvar", &caseworker).is_empty());
    assert!(decode_envelope::<Vec<CaseSummary>>(&caseworker.to_string()).is_err());

    let mut bad_date = good.clone();
    bad_date["data"][0]["oprettet"] = json!("4. august 2026");
    assert!(!schema_errors("SagerSvar", &bad_date).is_empty());

    let mut no_source = good;
    no_source.as_object_mut().unwrap().remove("kilde");
    assert!(!schema_errors("SagerSvar", &no_source).is_empty());
    assert!(decode_envelope::<Vec<CaseSummary>>(&no_source.to_string()).is_err());
}

fn round_trips<T: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug>(
    persona: &str,
    endpoint: &str,
    schema: &str,
) {
    let sourced: Sourced<T> = load(persona, endpoint);
    let json = serde_json::to_value(&sourced.data).unwrap();
    let again: T = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(again, sourced.data, "{persona}/{endpoint}");
    let envelope = json!({ "kilde": serde_json::to_value(&sourced.source).unwrap(), "data": json, "fejl": null });
    let errors = schema_errors(schema, &envelope);
    assert!(
        errors.is_empty(),
        "{persona}/{endpoint} re-encoded: {errors:?}"
    );
}

#[test]
fn models_round_trip_through_serde_and_still_match_the_contract() {
    for persona in personas() {
        round_trips::<Session>(&persona, "session", "SessionSvar");
        round_trips::<Person>(&persona, "person", "PersonSvar");
        round_trips::<Housing>(&persona, "bolig", "BoligSvar");
        round_trips::<Vec<CaseSummary>>(&persona, "sager", "SagerSvar");
        round_trips::<Vec<Grant>>(&persona, "ydelser", "YdelserSvar");
        round_trips::<Vec<Payout>>(&persona, "udbetalinger", "UdbetalingerSvar");
        round_trips::<DebtOverview>(&persona, "gaeld", "GaeldSvar");
        round_trips::<Vec<Vehicle>>(&persona, "koeretoejer", "KoeretoejerSvar");
        round_trips::<Vec<MessageHeader>>(&persona, "digital-post", "DigitalPostSvar");
        round_trips::<Vec<AccessEntry>>(&persona, "adgangslog", "AdgangslogSvar");
        round_trips::<Vec<Consent>>(&persona, "samtykker", "SamtykkerSvar");
        round_trips::<Vec<PowerOfAttorney>>(&persona, "fuldmagter", "FuldmagterSvar");
    }
    round_trips::<TaxOverview>("familie", "skat", "SkatSvar");
}

fn all_cases() -> Vec<(String, CaseSummary)> {
    personas()
        .into_iter()
        .flat_map(|persona| {
            let cases: Sourced<Vec<CaseSummary>> = load(&persona, "sager");
            cases
                .data
                .into_iter()
                .map(move |case| (persona.clone(), case))
        })
        .collect()
}

#[test]
fn every_case_has_a_detail_with_a_complete_history() {
    for (persona, case) in all_cases() {
        let detail: Sourced<CaseDetail> = load(&persona, &format!("sager/{}", case.id));
        assert_eq!(
            detail.data.case, case,
            "{persona}: list and detail differ for {}",
            case.id
        );
        let history = &detail.data.history;
        assert_eq!(
            history.first().map(|h| h.code),
            Some(ProgressCode::Opstaaet),
            "{}",
            case.title
        );
        assert!(history
            .windows(2)
            .all(|w| w[0].code < w[1].code && w[0].to.as_deref() == Some(w[1].from.as_str())));
        let last = history.last().unwrap();
        assert_eq!(
            (last.code, &last.from, &last.to),
            (case.progress.code, &case.progress.since, &None)
        );
        if case.progress.code == ProgressCode::Afsluttet {
            assert_eq!(
                history.len(),
                4,
                "a closed case carries its full history: {}",
                case.title
            );
        }
    }
}

#[test]
fn the_personas_together_exercise_the_whole_ui() {
    let cases = all_cases();
    let codes: BTreeSet<ProgressCode> = cases.iter().map(|(_, c)| c.progress.code).collect();
    assert_eq!(codes, ProgressCode::ALL.into_iter().collect());

    let hidden: Vec<_> = cases
        .iter()
        .filter(|(_, c)| c.visibility == Visibility::HiddenFromCitizen)
        .collect();
    assert!(!hidden.is_empty(), "a case hidden from the citizen");
    for (persona, case) in &hidden {
        let list: Sourced<Vec<CaseSummary>> = load(persona, "sager");
        let shown = visible_cases(list.data.clone());
        assert_eq!(shown.len(), list.data.len() - 1);
        assert!(shown.iter().all(|c| c.id != case.id));
    }
    let kinds: BTreeSet<String> = cases
        .iter()
        .map(|(_, c)| format!("{:?}", c.authority.kind))
        .collect();
    assert!(
        kinds.contains("Municipality") && kinds.contains("UdbetalingDanmark"),
        "{kinds:?}"
    );
    assert!(cases.iter().any(|(_, c)| c.awaiting_citizen));

    let statuses: BTreeSet<String> = personas()
        .iter()
        .flat_map(|p| load::<Vec<Payout>>(p, "udbetalinger").data)
        .map(|payout| format!("{:?}", payout.status))
        .collect();
    for status in [
        PayoutStatus::Planned,
        PayoutStatus::Sent,
        PayoutStatus::Paid,
    ] {
        assert!(
            statuses.contains(&format!("{status:?}")),
            "no payout {status:?}"
        );
    }

    let cprs: Vec<String> = personas()
        .iter()
        .map(|p| load::<Session>(p, "session").data.cpr)
        .collect();
    assert!(
        cprs.iter().any(|cpr| !passes_modulus_11(cpr)),
        "a CPR number that fails modulus 11"
    );
    assert!(cprs.iter().any(|cpr| passes_modulus_11(cpr)));

    let names: String = personas()
        .iter()
        .map(|p| load::<Person>(p, "person").data.name)
        .collect();
    assert!(names.contains('æ') || names.contains('Æ'));
    assert!(names.contains('ø') || names.contains('Ø'));
    let streets: String = personas()
        .iter()
        .map(|p| load::<Person>(p, "person").data.address.street)
        .collect();
    assert!(
        streets.contains('Æ')
            || streets.contains('æ')
            || streets.contains('ø')
            || streets.contains('Ø')
    );

    let source_errors: Vec<String> = fixture_files()
        .iter()
        .filter(|file| {
            matches!(
                decode_envelope::<Value>(&read(file)),
                Err(ApiError::Source { .. })
            )
        })
        .map(|file| file.display().to_string())
        .collect();
    assert_eq!(source_errors.len(), 1, "{source_errors:?}");
}

#[test]
fn nothing_the_citizen_must_not_see_is_in_the_data() {
    let forbidden = [
        "sagsbehandler",
        "behandler\"",
        "initialer",
        "indhold",
        "brødtekst",
        "journalnotat",
    ];
    for file in fixture_files() {
        let text = read(&file).to_lowercase();
        for word in forbidden {
            assert!(!text.contains(word), "{} mentions {word}", file.display());
        }
    }
}

#[test]
fn each_case_detail_is_named_by_its_id() {
    let mut seen = HashMap::new();
    for (persona, case) in all_cases() {
        assert!(
            seen.insert(case.id.clone(), persona.clone()).is_none(),
            "duplicate case id {}",
            case.id
        );
        assert!(mit_overblik::api::is_case_id(&case.id));
    }
}

fn passes_modulus_11(cpr: &str) -> bool {
    let digits: Vec<u32> = cpr.chars().filter_map(|c| c.to_digit(10)).collect();
    let weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
    digits.len() == 10 && digits.iter().zip(weights).map(|(d, w)| d * w).sum::<u32>() % 11 == 0
}
