//! The scenario file format and its example agree with the API contract and the Rust types.
//!
//! `public/api/scenarie.schema.json` describes the file a municipality loads to test with its own
//! persona; `public/api/scenarier/eksempel.json` is a complete example, written by
//! `scripts/fixtures/scenario-example.mjs` from the `sygemeldt` persona's fixtures.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use mit_overblik::api::{
    cases::{CaseDetail, CaseSummary},
    check_body, decode_envelope,
    person::Person,
    session::Session,
    Endpoint, Sourced,
};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

mod common;
use common::{read, root};

/// The key patterns' UUID, as the schema writes it.
const UUID: &str = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

fn json_file(path: &str) -> Value {
    serde_json::from_str(&read(&root().join(path))).unwrap_or_else(|err| panic!("{path}: {err}"))
}

fn contract() -> Value {
    json_file("public/api/openapi.json")
}

fn schema() -> Value {
    json_file("public/api/scenarie.schema.json")
}

fn example() -> Value {
    json_file("public/api/scenarier/eksempel.json")
}

/// The scenario schema, compiled. It points into openapi.json for the response schemas; the
/// contract's components are carried along at the root so those references resolve offline.
fn validator() -> jsonschema::Validator {
    let text = read(&root().join("public/api/scenarie.schema.json"))
        .replace("openapi.json#/components/", "#/components/");
    let mut schema: Value = serde_json::from_str(&text).unwrap();
    schema["components"] = contract()["components"].clone();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap_or_else(|err| panic!("scenarie.schema.json does not compile: {err}"))
}

/// Every error as (instance path, schema path, message).
fn schema_errors(
    validator: &jsonschema::Validator,
    value: &Value,
) -> Vec<(String, String, String)> {
    validator
        .iter_errors(value)
        .map(|err| {
            (
                err.instance_path().as_str().to_owned(),
                err.schema_path().as_str().to_owned(),
                err.to_string(),
            )
        })
        .collect()
}

/// The built-in personas: the directories of the mock data.
fn personas() -> BTreeSet<String> {
    fs::read_dir(root().join("public/api/v1/mock"))
        .unwrap()
        .map(|entry| entry.unwrap())
        .filter(|entry| entry.file_type().unwrap().is_dir())
        .map(|entry| entry.file_name().into_string().unwrap())
        .collect()
}

/// The schema compiles and the example follows it.
#[test]
fn the_schema_compiles_and_the_example_follows_it() {
    let validator = validator();
    let example = example();
    let errors = schema_errors(&validator, &example);
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(example["$schema"], "../scenarie.schema.json");
    assert_eq!(example["id"], "eksempel");
    assert_eq!(example["dato"], "2026-11-24");
    let tasks: Vec<&str> = example["opgaver"]
        .as_array()
        .unwrap()
        .iter()
        .map(|task| task["id"].as_str().unwrap())
        .collect();
    assert_eq!(tasks, ["naeste-udbetaling", "sag-venter", "adresse-hentet"]);
}

/// The schema's list of built-in personas (forbidden ids, allowed `persona`) is the mock's.
#[test]
fn the_schemas_built_in_personas_are_the_mocks() {
    let listed: BTreeSet<String> =
        serde_json::from_value(schema()["$defs"]["IndbyggetPersona"]["enum"].clone()).unwrap();
    assert_eq!(listed, personas());
}

/// Each endpoint key refers to the response schema the contract gives that path, and every path
/// below a persona in the contract has a key.
#[test]
fn every_endpoint_refers_to_its_response_schema_in_the_contract() {
    let schema = schema();
    let contract = contract();
    let endpoints = &schema["properties"]["endepunkter"];
    let fixed = endpoints["properties"].as_object().unwrap();
    let names: BTreeSet<&str> = fixed.keys().map(String::as_str).collect();
    let paths: Vec<String> = Endpoint::PER_PERSONA.iter().map(Endpoint::path).collect();
    assert_eq!(names, paths.iter().map(String::as_str).collect());
    let patterns = endpoints["patternProperties"].as_object().unwrap();
    // A pattern's path as the contract writes it: `{repraesentantId}` first, then `{id}`.
    let pattern_paths = patterns.iter().map(|(pattern, value)| {
        let path = pattern.trim_start_matches('^').trim_end_matches('$');
        let path = match path.strip_prefix(&format!("paa-vegne-af/{UUID}/")) {
            Some(rest) => format!("paa-vegne-af/{{repraesentantId}}/{rest}"),
            None => path.to_owned(),
        };
        (path.replace(UUID, "{id}"), value)
    });
    let keys = fixed.iter().map(|(key, value)| (key.clone(), value));
    let mut covered = BTreeSet::new();
    for (key, value) in keys.chain(pattern_paths) {
        let path = format!("/{key}.json");
        let response = &contract["paths"][&path]["get"]["responses"]["200"]["content"]
            ["application/json"]["schema"]["$ref"];
        let response = response
            .as_str()
            .unwrap_or_else(|| panic!("{path} is not in the contract"));
        assert_eq!(value["$ref"], format!("openapi.json{response}"), "{path}");
        assert!(value["description"].is_string(), "{path}: no description");
        covered.insert(path);
    }
    let in_contract: BTreeSet<String> = contract["paths"]
        .as_object()
        .unwrap()
        .keys()
        // Not a persona's endpoint: the mock's index and the controlled list of legal bases.
        .filter(|path| !["/personas.json", "/hjemler.json"].contains(&path.as_str()))
        .cloned()
        .collect();
    assert_eq!(covered, in_contract);
}

/// Every fixture file below `dir`, keyed by its path without ".json".
fn endpoint_files(dir: &Path, prefix: &str, found: &mut serde_json::Map<String, Value>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        if path.is_dir() {
            endpoint_files(&path, &format!("{prefix}{name}/"), found);
        } else if let Some(stem) = name.strip_suffix(".json") {
            let value = serde_json::from_str(&read(&path)).unwrap();
            found.insert(format!("{prefix}{stem}"), value);
        }
    }
}

/// Every built-in persona's data, acting for others included, makes a valid scenario; so does a
/// scenario that only names a built-in persona.
#[test]
fn the_built_in_personas_make_valid_scenarios() {
    let validator = validator();
    for persona in personas() {
        let mut endpoints = serde_json::Map::new();
        endpoint_files(
            &root().join("public/api/v1/mock").join(&persona),
            "",
            &mut endpoints,
        );
        let scenario = json!({
            "format": "mit-overblik/scenarie",
            "version": 1,
            "id": format!("kopi-af-{persona}"),
            "navn": "Testperson",
            "beskrivelse": format!("Kopi af {persona}"),
            "endepunkter": endpoints,
        });
        let errors = schema_errors(&validator, &scenario);
        assert!(errors.is_empty(), "{persona}: {errors:#?}");
    }
    let named = json!({
        "format": "mit-overblik/scenarie",
        "version": 1,
        "id": "egne-opgaver",
        "navn": "Testperson",
        "beskrivelse": "Familien med kommunens egne opgaver",
        "persona": "familie",
        "opgaver": [{ "id": "post", "tekst": "Find dit nyeste brev." }],
    });
    let errors = schema_errors(&validator, &named);
    assert!(errors.is_empty(), "{errors:#?}");
}

/// The example is exactly what its generator writes.
#[test]
fn the_example_is_what_the_generator_writes() {
    let status = std::process::Command::new("node")
        .args(["scripts/fixtures/scenario-example.mjs", "--check"])
        .current_dir(root())
        .status()
        .expect("node runs");
    assert!(
        status.success(),
        "run: node scripts/fixtures/scenario-example.mjs"
    );
}

/// Decodes one endpoint's body (key without any `paa-vegne-af/<id>/`) into its Rust type, with
/// the API's own check.
fn decode_endpoint(endpoint: &str, body: &str) -> Result<(), String> {
    let endpoint = Endpoint::from_path(endpoint)
        .ok_or_else(|| format!("no endpoint {endpoint} in the contract"))?;
    check_body(&endpoint, body).map_err(|err| err.to_string())
}

fn endpoint<T: DeserializeOwned>(example: &Value, key: &str) -> Sourced<T> {
    decode_envelope(&example["endepunkter"][key].to_string())
        .unwrap_or_else(|err| panic!("{key}: {err}"))
}

/// Every endpoint body of the example decodes into the app's Rust types, with a case detail
/// (named by its id) for every case.
#[test]
fn every_endpoint_of_the_example_decodes_into_the_rust_types() {
    let example = example();
    let endpoints = example["endepunkter"].as_object().unwrap();
    let failures: Vec<String> = endpoints
        .iter()
        .filter_map(|(key, body)| {
            let endpoint = match key.strip_prefix("paa-vegne-af/") {
                Some(rest) => rest.split_once('/').map_or("", |(_, rest)| rest),
                None => key,
            };
            decode_endpoint(endpoint, &body.to_string())
                .err()
                .map(|err| format!("{key}: {err}"))
        })
        .collect();
    assert!(failures.is_empty(), "{failures:#?}");

    let cases: Sourced<Vec<CaseSummary>> = endpoint(&example, "sager");
    let details: BTreeSet<&str> = endpoints
        .keys()
        .filter_map(|key| key.strip_prefix("sager/"))
        .collect();
    let ids: BTreeSet<&str> = cases.data.iter().map(|case| case.id.as_str()).collect();
    assert_eq!(details, ids, "one case detail per case");
    for id in ids {
        let detail: Sourced<CaseDetail> = endpoint(&example, &format!("sager/{id}"));
        assert_eq!(detail.data.case.id, id);
    }
}

/// The century of a birth year from the CPR number's 7th digit and the year's last two digits.
fn century(seventh: u32, year: u32) -> u32 {
    match (seventh, year) {
        (0..=3, _) | (4 | 9, 37..) => 1900,
        (4 | 9, _) | (5..=8, ..=57) => 2000,
        _ => 1800,
    }
}

/// The example's person is one made-up woman of her own: the same name and CPR number in the
/// picker, the session and CPR, a CPR number that fits her birth date and sex, and neither
/// shared with a built-in persona.
#[test]
fn the_example_is_a_person_of_her_own() {
    let example = example();
    let session = endpoint::<Session>(&example, "session").data;
    let person = endpoint::<Person>(&example, "person").data;
    assert_eq!(example["navn"], json!(person.name));
    assert_eq!(session.name, person.name);
    assert_eq!(session.cpr, person.cpr);

    let (date, serial) = person.cpr.split_once('-').unwrap();
    let birth = &person.birth_date;
    assert_eq!(
        date,
        format!("{}{}{}", &birth[8..10], &birth[5..7], &birth[2..4])
    );
    let digit = |i: usize| serial[i..=i].parse::<u32>().unwrap();
    let year: u32 = birth[..4].parse().unwrap();
    assert_eq!(century(digit(0), year % 100) + year % 100, year);
    assert_eq!(digit(3) % 2, 0, "an even last digit: a woman");

    for persona in personas() {
        let built_in: Value = json_file(&format!("public/api/v1/mock/{persona}/person.json"));
        assert_ne!(built_in["data"]["navn"], json!(person.name), "{persona}");
        assert_ne!(built_in["data"]["cpr"], json!(person.cpr), "{persona}");
    }
}

/// Broken scenario files are rejected, at the place they go wrong and by the expected rule.
#[test]
fn invalid_scenarios_are_rejected_where_they_go_wrong() {
    let validator = validator();
    let good = example();

    let mut no_name = good.clone();
    no_name.as_object_mut().unwrap().remove("navn");

    let mut built_in_id = good.clone();
    built_in_id["id"] = json!("familie");

    let mut both = good.clone();
    both["persona"] = json!("sygemeldt");

    let mut task_without_text = good.clone();
    task_without_text["opgaver"][0]
        .as_object_mut()
        .unwrap()
        .remove("tekst");

    let mut impossible_date = good.clone();
    impossible_date["dato"] = json!("2026-13-40");

    let mut unknown_key = good.clone();
    unknown_key["farve"] = json!("blå");

    let mut neither = good.clone();
    neither.as_object_mut().unwrap().remove("endepunkter");
    assert!(neither.get("persona").is_none());

    let cases = [
        ("missing navn", no_name, "", "/required"),
        ("built-in id", built_in_id, "/id", "/not"),
        ("persona and endepunkter", both, "", "/oneOf"),
        ("neither persona nor endepunkter", neither, "", "/oneOf"),
        (
            "task without tekst",
            task_without_text,
            "/opgaver/0",
            "/required",
        ),
        ("dato 2026-13-40", impossible_date, "/dato", "/format"),
        ("unknown key", unknown_key, "", "/additionalProperties"),
    ];
    for (label, value, instance, rule) in cases {
        let errors = schema_errors(&validator, &value);
        assert!(!errors.is_empty(), "{label}: accepted");
        assert!(
            errors.iter().all(|(at, _, _)| at == instance),
            "{label}: {errors:#?}"
        );
        assert!(
            errors.iter().any(|(_, by, _)| by.ends_with(rule)),
            "{label}: not rejected by {rule}: {errors:#?}"
        );
    }
}
