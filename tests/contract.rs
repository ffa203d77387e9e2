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
    access_log::{AccessEntry, DataItem, Owner},
    benefits::{Frequency, Grant, Payout, PayoutKind, PayoutStatus, Timing},
    cases::{visible_cases, CaseDetail, CaseSummary, ProgressCode, Visibility},
    check_body,
    common::Kroner,
    consents::{Consent, ConsentStatus},
    debt::{CollectionMethod, DebtOverview},
    decode, decode_envelope,
    digital_post::MessageHeader,
    endpoints::PersonaIndex,
    housing::Housing,
    person::Person,
    powers_of_attorney::PowerOfAttorney,
    read_body,
    scope::Scope,
    session::{RepresentationKind, Session},
    tax::{TaxCardKind, TaxOverview},
    vehicles::Vehicle,
    ApiError, Endpoint, Source, Sourced,
};
use serde::{de::DeserializeOwned, Serialize};
use serde_json::{json, Value};

mod common;
use common::{mock_dir, personas, read, root, REFERENCE, WINDOW_FROM};

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

/// Which schema and Rust type a fixture file is checked against.
fn check_fixture(file: &Path) -> Result<(), String> {
    let relative = file
        .strip_prefix(mock_dir())
        .unwrap()
        .to_string_lossy()
        .replace('\\', "/");
    let endpoint = relative.split_once('/').map_or("", |(_, rest)| rest);
    // `<persona>/paa-vegne-af/<id>/<endpoint>`: the same endpoints, for a represented person.
    let endpoint = match endpoint.strip_prefix("paa-vegne-af/") {
        Some(rest) => rest.split_once('/').map_or("", |(_, rest)| rest),
        None => endpoint,
    };
    let body = read(file);
    let value: Value = serde_json::from_str(&body).map_err(|err| format!("{relative}: {err}"))?;
    let name = endpoint.strip_suffix(".json").unwrap_or(endpoint);
    let found = match relative.as_str() {
        "personas.json" => Some(Endpoint::Personas),
        _ => Endpoint::from_path(name),
    };
    let Some(found) = found else {
        return Err(format!("{relative}: no endpoint {name} in the contract"));
    };
    // The API's own check; a source-reported error is a valid answer too.
    let decoded = match check_body(&found, &body) {
        Err(ApiError::Source { .. }) => Ok(()),
        other => other,
    };
    let schema = found.schema();
    decoded.map_err(|err| format!("{relative}: does not decode: {err}"))?;
    let errors = schema_errors(schema, &value);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(format!("{relative}: {errors:?}"))
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

/// The contract's endpoints below a persona, in its order, from the client's own list.
fn endpoints() -> Vec<String> {
    Endpoint::PER_PERSONA.iter().map(Endpoint::path).collect()
}

#[test]
fn the_contract_is_openapi_3_1_and_every_schema_compiles() {
    let doc = contract();
    assert_eq!(doc["openapi"], "3.1.0");
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    assert!(schemas.len() > 40);
    for name in schemas.keys() {
        validator(name);
    }
    for endpoint in endpoints() {
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
        for endpoint in endpoints() {
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
    // The client reads an unknown code as "ukendt" (one new code never takes the list down);
    // a file a person wrote (a scenario, a fixture) is checked exactly and names the place.
    let read = decode_envelope::<Vec<CaseSummary>>(&wrong_code.to_string()).unwrap();
    assert_eq!(read.data[0].progress.code, ProgressCode::Ukendt);
    match check_body(&Endpoint::Cases, &wrong_code.to_string()) {
        Err(ApiError::Decode { path, message }) => {
            assert_eq!(path, "data[0].fremdrift.kode");
            assert!(
                message
                    .starts_with("unknown variant `UnderBehandling`, expected one of `Opstaaet`"),
                "{message}"
            );
        }
        other => panic!("expected a decode error, got {other:?}"),
    }

    // An unknown field is a contract error for the mock (the fixtures stay exact), but the client
    // reads past it: an authority's additive change never takes a section down. A caseworker's
    // name has no place in the model, so it is never shown either.
    let mut caseworker = good.clone();
    caseworker["data"][1]["sagsbehandler"] = json!("Karen Hansen");
    caseworker["kilde"]["nytFelt"] = json!(1);
    caseworker["ekstra"] = json!({ "x": [1, 2] });
    assert!(!schema_errors("SagerSvar", &caseworker).is_empty());
    let read = decode_envelope::<Vec<CaseSummary>>(&caseworker.to_string()).unwrap();
    assert_eq!(read.data.len(), good["data"].as_array().unwrap().len());
    assert!(!serde_json::to_string(&read.data)
        .unwrap()
        .contains("Karen Hansen"));

    // An unknown visibility class fails closed: the case is not shown.
    let mut new_class = good.clone();
    new_class["data"][0]["visning"] = json!("nyKlasse");
    let read = decode_envelope::<Vec<CaseSummary>>(&new_class.to_string()).unwrap();
    assert_eq!(read.data[0].visibility, Visibility::HiddenFromCitizen);
    assert_eq!(
        visible_cases(read.data).len(),
        good["data"].as_array().unwrap().len() - 1
    );

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

    // The contract: a backend never delivers a case hidden from the citizen (the client still
    // drops one, see the next assertion and the e2e test that injects a report of concern).
    for file in fixture_files() {
        assert!(
            !read(&file).contains("undtagetBorger"),
            "{} delivers a hidden case",
            file.display()
        );
    }
    let mut injected: Sourced<Vec<CaseSummary>> = load("familie", "sager");
    let mut concern = injected.data[0].clone();
    concern.id = "0b7e3c52-9d14-5f6a-8e21-4c3b2a1d0f98".into();
    concern.title = "Underretning vedrørende Emil".into();
    concern.visibility = Visibility::HiddenFromCitizen;
    injected.data.push(concern);
    let shown = visible_cases(injected.data.clone());
    assert_eq!(shown.len(), injected.data.len() - 1);
    assert!(shown.iter().all(|c| c.visibility == Visibility::Citizen));
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
        .filter_map(|p| load::<Person>(p, "person").data.address)
        .map(|address| address.street)
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
                Err(error @ ApiError::Source { .. }) if !error.is_no_access()
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
        assert!(mit_overblik::api::is_uuid(&case.id));
    }
}

fn passes_modulus_11(cpr: &str) -> bool {
    let digits: Vec<u32> = cpr.chars().filter_map(|c| c.to_digit(10)).collect();
    let weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
    digits.len() == 10 && digits.iter().zip(weights).map(|(d, w)| d * w).sum::<u32>() % 11 == 0
}

/// A rate from `public/api/satser.json` (the rates the economy fixtures are computed from).
fn rate(id: &str, year: u16) -> Kroner {
    let text = read(&root().join("public/api/satser.json"));
    let rates: Value = serde_json::from_str(&text).unwrap();
    let entry = rates["satser"]
        .as_array()
        .unwrap()
        .iter()
        .find(|entry| entry["id"] == id)
        .unwrap_or_else(|| panic!("no rate {id}"));
    let value = entry["aar"][year.to_string()]
        .as_f64()
        .unwrap_or_else(|| panic!("no {year} for rate {id}"));
    Kroner::from_oere((value * 100.0).round() as i64)
}

fn grants_and_payouts(persona: &str) -> (Vec<Grant>, Vec<Payout>) {
    (
        load::<Vec<Grant>>(persona, "ydelser").data,
        load::<Vec<Payout>>(persona, "udbetalinger").data,
    )
}

#[test]
fn every_payout_adds_up_and_belongs_to_a_granted_benefit() {
    for persona in personas() {
        let (grants, payouts) = grants_and_payouts(&persona);
        for payout in &payouts {
            assert!(payout.adds_up(), "{persona}: {payout:?} does not add up");
            let grant = grants
                .iter()
                .find(|g| g.id == payout.grant_id)
                .unwrap_or_else(|| panic!("{persona}: payout {} has no grant", payout.id));
            if !grant.taxable {
                assert_eq!(
                    payout.tax,
                    Kroner::ZERO,
                    "{persona}: tax on a tax-free benefit"
                );
            }
            assert!(payout.period_from <= payout.period_to);
            assert!(payout.gross > Kroner::ZERO && payout.paid >= Kroner::ZERO);
            let kind_needs_text =
                payout.kind == PayoutKind::BackPayment || payout.set_off.is_some();
            assert!(
                !kind_needs_text || payout.text.is_some(),
                "{persona}: {payout:?} is not explained"
            );
        }
    }
}

#[test]
fn the_debt_total_is_the_sum_of_its_claims() {
    for persona in personas() {
        let debt: Sourced<DebtOverview> = load(&persona, "gaeld");
        let sum: Kroner = debt.data.items.iter().map(|item| item.amount).sum();
        assert_eq!(debt.data.total, sum, "{persona}");
    }
    let methods: BTreeSet<String> = personas()
        .iter()
        .flat_map(|p| load::<DebtOverview>(p, "gaeld").data.items)
        .map(|item| format!("{:?}", item.method))
        .collect();
    for method in [
        None,
        Some(CollectionMethod::SetOff),
        Some(CollectionMethod::WageDeduction),
        Some(CollectionMethod::InstalmentPlan),
    ] {
        assert!(
            methods.contains(&format!("{method:?}")),
            "no claim collected by {method:?}"
        );
    }
}

/// The payouts of the benefit named `name`, by disposal date.
fn payouts_of(persona: &str, name: &str) -> Vec<Payout> {
    let (grants, payouts) = grants_and_payouts(persona);
    let grant = grants.iter().find(|g| g.benefit_name == name).unwrap();
    payouts
        .into_iter()
        .filter(|p| p.grant_id == grant.id && p.kind == PayoutKind::Regular)
        .collect()
}

#[test]
fn folkepension_is_the_cited_rate_paid_in_arrears_without_am_bidrag() {
    let pension = payouts_of("pensionist", "Folkepension");
    assert!(pension.len() >= 24, "24 months of history");
    for payout in &pension {
        let year: u16 = payout.payout_date[..4].parse().unwrap();
        let expected =
            rate("folkepension-grundbeloeb", year) + rate("folkepension-tillaeg-enlig", year);
        assert_eq!(payout.gross, expected, "{}", payout.payout_date);
        // In arrears: the money for a month arrives at the month's end, not before it starts.
        assert_eq!(&payout.payout_date[..7], &payout.period_from[..7]);
        assert!(payout.payout_date[8..].parse::<u8>().unwrap() >= 24);
        assert_eq!(payout.atp, Kroner::ZERO);
    }
    let (grants, _) = grants_and_payouts("pensionist");
    let plan = &grants
        .iter()
        .find(|g| g.benefit_name == "Folkepension")
        .unwrap()
        .plan;
    assert_eq!(plan.timing, Timing::Arrears);
    assert_eq!(plan.amount, Kroner::whole(7_544 + 8_729));
}

#[test]
fn sickness_benefit_is_paid_fortnightly_with_the_recipients_atp_share_and_no_am_bidrag() {
    let payouts = payouts_of("sygemeldt", "Sygedagpenge");
    let weekly = rate("sygedagpenge-hoejst", 2026);
    for payout in &payouts {
        assert_eq!(payout.gross, weekly + weekly);
        // 37 hours × 1,42 kr. a week, rounded down, for two weeks: no 8 % AM-bidrag.
        assert_eq!(payout.atp, Kroner::whole(104));
    }
    let (grants, _) = grants_and_payouts("sygemeldt");
    assert_eq!(grants[0].plan.frequency, Frequency::Fortnightly);
}

#[test]
fn child_benefit_follows_the_childrens_ages_and_is_split_between_the_parents() {
    let payouts = payouts_of("familie", "Børne- og ungeydelse");
    let quarter = |date: &str| {
        payouts
            .iter()
            .find(|p| p.period_from == date)
            .unwrap()
            .gross
    };
    // Emil (7–14) and Freja (3–6) in 2025; Freja turned 7 in April 2026, so from July both are 7–14.
    let half = |a: Kroner, b: Kroner| Kroner::whole(((a + b).oere / 100 + 1) / 2);
    assert_eq!(
        quarter("2025-04-01"),
        half(
            rate("boerneydelse-7-14", 2025),
            rate("boerneydelse-3-6", 2025)
        )
    );
    assert_eq!(
        quarter("2026-04-01"),
        half(
            rate("boerneydelse-7-14", 2026),
            rate("boerneydelse-3-6", 2026)
        )
    );
    assert_eq!(
        quarter("2026-07-01"),
        half(
            rate("boerneydelse-7-14", 2026),
            rate("boerneydelse-7-14", 2026)
        )
    );
    let set_off = payouts.iter().filter(|p| p.set_off.is_some()).count();
    assert_eq!(set_off, 1, "one set-off against the day-care debt");
}

#[test]
fn the_personas_together_exercise_the_economy_page() {
    let all: Vec<(String, Grant)> = personas()
        .iter()
        .flat_map(|p| grants_and_payouts(p).0.into_iter().map(|g| (p.clone(), g)))
        .collect();
    let payouts: Vec<Payout> = personas()
        .iter()
        .flat_map(|p| grants_and_payouts(p).1)
        .collect();
    for kind in [
        PayoutKind::Regular,
        PayoutKind::BackPayment,
        PayoutKind::OneOff,
    ] {
        assert!(payouts.iter().any(|p| p.kind == kind), "no {kind:?} payout");
    }
    assert!(payouts.iter().any(|p| p.set_off.is_some()), "no set-off");
    let both = personas().into_iter().any(|persona| {
        let kinds: BTreeSet<String> = all
            .iter()
            .filter(|(p, _)| *p == persona)
            .map(|(_, g)| format!("{:?}", g.payer.kind))
            .collect();
        kinds.contains("Municipality") && kinds.contains("UdbetalingDanmark")
    });
    assert!(
        both,
        "a persona with benefits from a kommune and from Udbetaling Danmark"
    );
    let su = all
        .iter()
        .find(|(_, g)| g.benefit_name.starts_with("SU"))
        .unwrap();
    assert_eq!(su.1.payer.name, "Uddannelses- og Forskningsstyrelsen");
    let pension_months: BTreeSet<&str> = payouts.iter().map(|p| &p.payout_date[..7]).collect();
    assert!(pension_months.len() >= 24);
}

#[test]
fn a_free_tax_card_goes_with_income_below_the_personal_allowance() {
    for persona in personas() {
        let path = mock_dir().join(&persona).join("skat.json");
        let Ok(tax) = decode_envelope::<TaxOverview>(&read(&path)) else {
            continue;
        };
        let tax = tax.data;
        if tax.tax_card.kind == TaxCardKind::FreeCard {
            assert!(
                tax.preliminary.personal_income <= rate("personfradrag", 2026),
                "{persona}: frikort with income above the personfradrag"
            );
        }
        assert!(tax.tax_card.free_amount_left <= rate("personfradrag", 2026));
    }
}

#[test]
fn the_data_use_fixtures_are_what_the_generator_writes() {
    let status = std::process::Command::new("node")
        .args(["scripts/fixtures/data-use.mjs", "--check"])
        .current_dir(root())
        .status()
        .expect("node runs");
    assert!(status.success(), "run: node scripts/fixtures/data-use.mjs");
}

#[test]
fn the_economy_fixtures_are_what_the_generator_writes() {
    let status = std::process::Command::new("node")
        .args(["scripts/fixtures/economy.mjs", "--check"])
        .current_dir(root())
        .status()
        .expect("node runs");
    assert!(status.success(), "run: node scripts/fixtures/economy.mjs");
}

/// CVR numbers checked against the CVR register (domain brief §8) and public sources; every
/// fixture that names one of these authorities must carry its number.
const VERIFIED_CVR: [(&str, &str); 10] = [
    ("Uddannelses- og Forskningsstyrelsen", "34042012"),
    ("KOMBIT", "19435075"),
    ("Odense Kommune", "35209115"),
    ("Vejle Kommune", "29189900"),
    ("Esbjerg Kommune", "29189803"),
    ("Aarhus Kommune", "55133018"),
    ("Københavns Kommune", "64942212"),
    ("Aalborg Kommune", "29189420"),
    ("Sundhedsdatastyrelsen", "33257872"),
    ("Digitaliseringsstyrelsen", "34051178"),
];

fn authorities_named(value: &Value, found: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            let name = map.get("navn").or_else(|| map.get("myndighed"));
            if let (Some(Value::String(name)), Some(Value::String(cvr))) = (name, map.get("cvr")) {
                found.push((name.clone(), cvr.clone()));
            }
            map.values().for_each(|v| authorities_named(v, found));
        }
        Value::Array(items) => items.iter().for_each(|v| authorities_named(v, found)),
        _ => {}
    }
}

#[test]
fn every_verified_authority_carries_its_real_cvr_number() {
    let mut checked = 0;
    for file in fixture_files() {
        let value: Value = serde_json::from_str(&read(&file)).unwrap();
        let mut found = Vec::new();
        authorities_named(&value, &mut found);
        for (name, cvr) in found {
            if let Some((_, real)) = VERIFIED_CVR.iter().find(|(n, _)| *n == name) {
                assert_eq!(&cvr, real, "{}: {name}", file.display());
                checked += 1;
            }
        }
    }
    assert!(checked > 50, "only {checked} authorities checked");
}

#[test]
fn relations_carry_opaque_ids_and_agree_with_the_marital_status() {
    let mut custody = 0;
    for persona in personas() {
        let person: Sourced<Person> = load(&persona, "person");
        let person = person.data;
        let text = read(&mock_dir().join(&persona).join("person.json"));
        // The citizen's own CPR number is the only one in the file.
        assert_eq!(
            text.matches("\"cpr\"").count(),
            1,
            "{persona}: another person's CPR number"
        );
        assert_eq!(
            person.marital_status == "Gift",
            person.spouse.is_some(),
            "{persona}: married ⇔ a spouse"
        );
        for child in &person.children {
            assert!(
                mit_overblik::api::is_uuid(&child.id),
                "{persona}: opaque uuid id"
            );
            custody += usize::from(child.custody);
        }
    }
    assert!(custody >= 2, "children in custody to act for");
    for persona in personas() {
        let text = read(&mock_dir().join(&persona).join("session.json"));
        assert_eq!(
            text.matches("\"cpr\"").count(),
            1,
            "{persona}: the session carries another person's CPR number"
        );
    }
    let pensioner: Sourced<Person> = load("pensionist", "person");
    assert!(
        pensioner.data.children.iter().any(|c| !c.custody),
        "the adult daughter"
    );
}

#[test]
fn a_protected_address_is_never_delivered_and_an_unprotected_one_is_the_same_in_cpr_and_bbr() {
    let mut protected = 0;
    for persona in personas() {
        let person = load::<Person>(&persona, "person").data;
        let housing = load::<Housing>(&persona, "bolig").data;
        if person.address_protected(REFERENCE) {
            protected += 1;
            assert_eq!(
                person.address, None,
                "{persona}: CPR leaves the address out"
            );
            assert!(housing.address_protected, "{persona}");
            assert_eq!(
                housing.address, None,
                "{persona}: BBR leaves the address out"
            );
            assert_eq!(
                housing.bfe_number, None,
                "{persona}: the BFE number points to it"
            );
        } else {
            assert!(!housing.address_protected, "{persona}");
            let address = person.address.expect("an unprotected address");
            assert_eq!(housing.address.as_ref(), Some(&address), "{persona}");
            assert!(housing.bfe_number.is_some(), "{persona}");
        }
    }
    assert_eq!(protected, 1, "one persona with name and address protection");
}

#[test]
fn every_source_names_whom_to_contact_and_cpr_errors_go_to_the_kommune() {
    for file in fixture_files() {
        let value: Value = serde_json::from_str(&read(&file)).unwrap();
        let Some(contact) = value.get("kilde").and_then(|k| k.get("kontakt")) else {
            continue;
        };
        let web = contact["web"].as_str().unwrap();
        assert!(web.starts_with("https://"), "{}: {web}", file.display());
    }
    for persona in personas() {
        let person: Sourced<Person> = load(&persona, "person");
        let contact = person.source.contact;
        match person.data.address {
            Some(address) => {
                let kommune = if address.municipality == "København" {
                    "Københavns Kommune".to_owned()
                } else {
                    format!("{} Kommune", address.municipality)
                };
                assert_eq!(
                    contact.name,
                    format!("Borgerservice, {kommune}"),
                    "{persona}"
                );
            }
            None => assert!(contact.name.contains("Borgerservice"), "{persona}"),
        }
    }
}

#[test]
fn the_next_periodic_inspection_is_four_years_after_first_registration_then_every_two() {
    let mut checked = 0;
    for persona in personas() {
        for vehicle in load::<Vec<Vehicle>>(&persona, "koeretoejer").data {
            let first = &vehicle.first_registered;
            let year: i32 = first[..4].parse().unwrap();
            let mut due = year + 4;
            while format!("{due}{}", &first[4..]).as_str() <= REFERENCE {
                due += 2;
            }
            assert_eq!(
                vehicle.next_inspection.as_deref(),
                Some(format!("{due}{}", &first[4..]).as_str()),
                "{persona}: {}",
                vehicle.registration
            );
            checked += 1;
        }
    }
    assert!(checked >= 5, "owned and used cars to show");
}

#[test]
fn digital_post_has_a_long_list_from_many_senders_and_never_contents() {
    let mut longest = (0, 0);
    for persona in personas() {
        let messages = load::<Vec<MessageHeader>>(&persona, "digital-post").data;
        let senders: BTreeSet<String> = messages.iter().map(|m| m.sender.name.clone()).collect();
        if messages.len() > longest.0 {
            longest = (messages.len(), senders.len());
        }
        for message in &messages {
            assert!(message.read_at.link().is_some(), "{persona}");
        }
        let text = read(&mock_dir().join(&persona).join("digital-post.json"));
        for word in ["indhold", "brodtekst", "tekst\""] {
            assert!(
                !text.contains(word),
                "{persona}: contents on the wire ({word})"
            );
        }
    }
    assert!(
        longest.0 >= 20 && longest.1 >= 5,
        "a long list to sort and filter: {longest:?}"
    );
}

#[test]
fn the_download_of_every_persona_follows_its_published_schema() {
    use mit_overblik::api::{benefits, Endpoint};
    use mit_overblik::features::my_data::export::document;
    use mit_overblik::state::sources::{answer, Answer};

    // The schema points into openapi.json for `Kilde`; the contract's components are carried
    // along at the root so that reference, and the contract's own, resolve.
    let text = read(&root().join("public/api/indsigt.schema.json"))
        .replace("openapi.json#/components/", "#/components/");
    let mut schema: Value = serde_json::from_str(&text).unwrap();
    schema["components"] = contract()["components"].clone();
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap_or_else(|err| panic!("indsigt.schema.json does not compile: {err}"));
    fn entry<T: DeserializeOwned + Serialize>(
        persona: &str,
        endpoint: Endpoint,
    ) -> (Endpoint, Answer) {
        let text = read(
            &mock_dir()
                .join(persona)
                .join(format!("{}.json", endpoint.path())),
        );
        let decoded = decode_envelope::<T>(&text);
        (endpoint, answer(Some(&decoded)).unwrap())
    }
    for persona in personas() {
        let p = persona.as_str();
        let answers = vec![
            entry::<Session>(p, Endpoint::Session),
            entry::<Person>(p, Endpoint::Person),
            entry::<Housing>(p, Endpoint::Housing),
            entry::<Vec<CaseSummary>>(p, Endpoint::Cases),
            entry::<Vec<benefits::Grant>>(p, Endpoint::Grants),
            entry::<Vec<Payout>>(p, Endpoint::Payouts),
            entry::<TaxOverview>(p, Endpoint::Tax),
            entry::<DebtOverview>(p, Endpoint::Debt),
            entry::<Vec<Vehicle>>(p, Endpoint::Vehicles),
            entry::<Vec<MessageHeader>>(p, Endpoint::DigitalPost),
            entry::<Vec<AccessEntry>>(p, Endpoint::AccessLog),
            entry::<Vec<Consent>>(p, Endpoint::Consents),
            entry::<Vec<PowerOfAttorney>>(p, Endpoint::PowersOfAttorney),
        ];
        let doc = document("2026-11-24T09:42:00.000Z", Some("Navn"), answers);
        let errors: Vec<String> = validator
            .iter_errors(&doc)
            .map(|err| format!("{err} at {}", err.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{persona}: {errors:#?}");
        assert_eq!(doc["kilder"].as_array().unwrap().len(), 13);
        let mut broken = doc.clone();
        broken["kilder"][1]["kilde"]["cvr"] = json!("123");
        assert!(
            !validator.is_valid(&broken),
            "the schema checks the provenance"
        );
    }
}

/// Every person `persona` may act for, with the directory of their data.
fn represented(persona: &str) -> Vec<(mit_overblik::api::session::Represented, PathBuf)> {
    load::<Session>(persona, "session")
        .data
        .can_act_for
        .into_iter()
        .map(|r| {
            let dir = mock_dir().join(persona).join("paa-vegne-af").join(&r.id);
            (r, dir)
        })
        .collect()
}

fn load_from<T: DeserializeOwned>(dir: &Path, endpoint: &str) -> Result<Sourced<T>, ApiError> {
    decode_envelope(&read(&dir.join(format!("{endpoint}.json"))))
}

fn check_access_log(label: &str, entries: &[AccessEntry], kommune_cvrs: &[&str]) {
    let mut previous = "9999".to_owned();
    for entry in entries {
        assert!(
            entry.time.as_str() <= previous.as_str(),
            "{label}: newest first"
        );
        previous.clone_from(&entry.time);
        let day = &entry.time[..10];
        assert!(
            (WINDOW_FROM..REFERENCE).contains(&day),
            "{label}: {day} outside the two-year window"
        );
        assert_eq!(
            entry.register.name,
            entry.item.register(),
            "{label}: register"
        );
        match entry.item.owner() {
            Owner::Authority(name, cvr) => {
                assert_eq!(
                    (
                        entry.register.owner.name.as_str(),
                        entry.register.owner.cvr.as_str()
                    ),
                    (name, cvr),
                    "{label}: owner of {:?}",
                    entry.item
                );
            }
            Owner::Kommune => assert!(
                entry.register.owner.name.ends_with("Kommune")
                    && kommune_cvrs.contains(&entry.register.owner.cvr.as_str()),
                "{label}: {:?} belongs to a kommune",
                entry.item
            ),
        }
        assert!(!entry.purpose.is_empty() && !entry.legal_basis.is_empty());
        assert!(
            entry.purpose.chars().next().unwrap().is_lowercase(),
            "{label}: the purpose completes \"for at …\": {}",
            entry.purpose
        );
    }
}

#[test]
fn every_look_up_names_a_listed_data_item_with_its_register_and_owner_within_two_years() {
    let kommuner: Vec<&str> = VERIFIED_CVR
        .iter()
        .filter(|(name, _)| name.ends_with("Kommune"))
        .map(|(_, cvr)| *cvr)
        .collect();
    let mut items = BTreeSet::new();
    for persona in personas() {
        let log = load::<Vec<AccessEntry>>(&persona, "adgangslog").data;
        check_access_log(&persona, &log, &kommuner);
        let minimum = if persona == "tilflytter" { 5 } else { 12 };
        assert!(
            log.len() >= minimum,
            "{persona}: only {} look-ups",
            log.len()
        );
        items.extend(log.iter().map(|e| e.item));
        for (who, dir) in represented(&persona) {
            if let Ok(log) = load_from::<Vec<AccessEntry>>(&dir, "adgangslog") {
                check_access_log(&who.name, &log.data, &kommuner);
            }
        }
    }
    // SU data, the debt register and the kommune's sickness-benefit system have no sourced
    // look-up by another authority in the personas (tests/facts.rs forbids one); every other
    // listed item is used.
    let unused = [
        DataItem::StudentGrant,
        DataItem::Debt,
        DataItem::SicknessBenefitCase,
    ];
    assert_eq!(
        items.len() + unused.len(),
        DataItem::ALL.len(),
        "every listed item is used: {items:?}"
    );
    let long = load::<Vec<AccessEntry>>("mange-sager", "adgangslog").data;
    assert!(long.len() >= 1000, "the long-list persona has thousands");
    // The demo: the family's address was reused by five authorities.
    let family = load::<Vec<AccessEntry>>("familie", "adgangslog").data;
    let reusers: BTreeSet<&str> = family
        .iter()
        .filter(|e| e.item == DataItem::Address)
        .map(|e| e.authority.name.as_str())
        .collect();
    assert_eq!(reusers.len(), 5, "{reusers:?}");
}

#[test]
fn consents_name_the_data_from_whom_to_whom_and_their_status_follows_the_dates() {
    let mut statuses = BTreeSet::new();
    for persona in personas() {
        for consent in load::<Vec<Consent>>(&persona, "samtykker").data {
            assert!(!consent.data.is_empty(), "{persona}: what data");
            assert_ne!(consent.to, consent.from, "{persona}: from one to another");
            let expected = match (&consent.withdrawn, &consent.expires) {
                (Some(_), _) => ConsentStatus::Withdrawn,
                (None, Some(end)) if end.as_str() < REFERENCE => ConsentStatus::Expired,
                _ => ConsentStatus::Active,
            };
            assert_eq!(consent.status, expected, "{persona}: {}", consent.purpose);
            statuses.insert(format!("{:?}", consent.status));
        }
    }
    assert_eq!(
        statuses.len(),
        3,
        "active, withdrawn and expired: {statuses:?}"
    );
}

/// The endpoints a scope opens, from the client's own mapping (the source table's scope of each
/// endpoint's source), so the fixtures and the generator are held to what the client enforces.
fn endpoints_of(scope: Scope) -> Vec<String> {
    // Every endpoint that serves one citizen's data: all but the session (a case's detail goes
    // with `sager`).
    Endpoint::PER_PERSONA[1..]
        .iter()
        .filter(|endpoint| endpoint.source().and_then(Source::scope) == Some(scope))
        .map(Endpoint::path)
        .collect()
}

#[test]
fn a_represented_person_has_every_endpoint_with_no_access_outside_the_scope() {
    let mut kinds = BTreeSet::new();
    for persona in personas() {
        for (who, dir) in represented(&persona) {
            kinds.insert(format!("{:?}", who.kind));
            assert!(mit_overblik::api::is_uuid(&who.id), "opaque id");
            for scope in Scope::ALL {
                for endpoint in endpoints_of(scope) {
                    let answer =
                        decode_envelope::<Value>(&read(&dir.join(format!("{endpoint}.json"))));
                    let open = who.scope.contains(&scope);
                    match answer {
                        Ok(_) => assert!(open, "{}: {endpoint} is outside the scope", who.name),
                        Err(error) => assert!(
                            !open && error.is_no_access(),
                            "{}: {endpoint}: {error}",
                            who.name
                        ),
                    }
                }
            }
            if who.kind == RepresentationKind::PowerOfAttorney {
                // The giver's data, as the giver sees it, inside the scope.
                let giver = personas()
                    .into_iter()
                    .find(|p| load::<Session>(p, "session").data.name == who.name)
                    .expect("the giver is a persona");
                for scope in &who.scope {
                    for endpoint in endpoints_of(*scope) {
                        assert_eq!(
                            read(&dir.join(format!("{endpoint}.json"))),
                            read(&mock_dir().join(&giver).join(format!("{endpoint}.json"))),
                            "{endpoint} as {giver} sees it"
                        );
                    }
                }
                let given = load::<Vec<PowerOfAttorney>>(&giver, "fuldmagter").data;
                assert!(given
                    .iter()
                    .any(|p| p.scope == who.scope && p.valid_to == who.valid_to));
            }
        }
    }
    assert_eq!(
        kinds.len(),
        2,
        "a child and a giver of a power of attorney: {kinds:?}"
    );
}

#[test]
fn a_childs_case_belongs_to_the_child_not_to_the_parent() {
    let (emil, dir) = represented("familie")
        .into_iter()
        .find(|(r, _)| r.name.starts_with("Emil"))
        .expect("Emil");
    let own = load_from::<Vec<CaseSummary>>(&dir, "sager").unwrap().data;
    assert!(!own.is_empty(), "{} has a case of his own", emil.name);
    let parents = load::<Vec<CaseSummary>>("familie", "sager").data;
    for case in &own {
        assert!(parents.iter().all(|c| c.id != case.id));
        assert!(dir.join("sager").join(format!("{}.json", case.id)).exists());
        let detail = load_from::<CaseDetail>(&dir.join("sager"), &case.id)
            .unwrap()
            .data;
        assert!(
            detail.legal_basis.to_lowercase().contains("barnets lov"),
            "{}",
            detail.legal_basis
        );
    }
}

/// The hostile persona (scripts/fixtures/hostile.mjs), generated into a temporary directory.
fn hostile_files() -> Vec<(String, String)> {
    let out = std::env::temp_dir().join(format!("mit-overblik-hostile-{}", std::process::id()));
    let status = std::process::Command::new("node")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/fixtures/hostile.mjs"))
        .arg(&out)
        .status()
        .expect("node runs the hostile persona's generator");
    assert!(status.success());
    let root = out.join("fjendtlig");
    let mut files = Vec::new();
    let mut dirs = vec![root.clone()];
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else {
                let name = path
                    .strip_prefix(&root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                files.push((name, read(&path)));
            }
        }
    }
    fs::remove_dir_all(&out).unwrap();
    files.sort();
    files
}

#[test]
fn the_hostile_persona_is_read_by_the_tolerant_reader_and_refused_by_the_exact_check() {
    let files = hostile_files();
    assert!(files.len() >= 30, "{} files", files.len());
    for (name, body) in &files {
        // `paa-vegne-af/<id>/sager.json` is read as `sager`.
        let path = name.trim_end_matches(".json");
        let path = match path.strip_prefix("paa-vegne-af/") {
            Some(rest) => rest.split_once('/').unwrap().1,
            None => path,
        };
        let endpoint = Endpoint::from_path(path).unwrap_or_else(|| panic!("{name}: no endpoint"));
        // Every answer stays readable: unknown fields and codes, markup, huge and negative
        // amounts, dates at the edges.
        // A source's own fault (`fejl`, e.g. INGEN_ADGANG on behalf) is read as that fault.
        match read_body(&endpoint, body) {
            Ok(()) | Err(ApiError::Source { .. }) => {}
            Err(err) => panic!(
                "{name}: {}",
                err.to_string().chars().take(300).collect::<String>()
            ),
        }
        // The fixtures' exact check would refuse it: the real mock stays exact.
        assert!(
            check_body(&endpoint, body).is_err(),
            "{name} passed the exact check"
        );
    }
    let body = |name: &str| &files.iter().find(|(n, _)| n == name).unwrap().1;
    let cases: Sourced<Vec<CaseSummary>> = decode_envelope(body("sager.json")).unwrap();
    assert!(cases
        .data
        .iter()
        .any(|c| c.progress.code == ProgressCode::Ukendt));
    assert!(cases
        .data
        .iter()
        .any(|c| c.visibility == Visibility::HiddenFromCitizen));
    let payouts: Sourced<Vec<Payout>> = decode_envelope(body("udbetalinger.json")).unwrap();
    assert!(payouts
        .data
        .iter()
        .any(|p| p.status == PayoutStatus::Unknown));
    assert!(payouts.data.iter().any(|p| p.gross < Kroner::whole(0)));
}

/// The scale persona's generator (`scripts/fixtures/scale.mjs`, used by the benchmark, never
/// committed) writes, for a seed, exactly the counts it promises, the same files for the same
/// seed, and files that pass the fixtures' own checks: the API's body check and the contract's
/// schema for every file (each case detail too), payouts that add up and belong to a grant,
/// look-ups newest first in the window with their register's owner, letters without contents.
#[test]
fn the_scale_persona_generator_writes_fixtures_that_pass_the_fixtures_checks() {
    let run = |seed: &str, out: &Path| {
        let status = std::process::Command::new("node")
            .current_dir(root())
            .args(["scripts/fixtures/scale.mjs", "--seed", seed, "--out"])
            .arg(out)
            .status()
            .expect("node runs (the test command needs it anyway)");
        assert!(status.success(), "scale.mjs failed: {status}");
    };
    let base = std::env::temp_dir().join(format!("mit-overblik-skala-{}", std::process::id()));
    let (out, again) = (base.join("a"), base.join("b"));
    run("7", &out);
    run("7", &again);

    // Every file, with one compiled validator per schema (10,000 details).
    let mut validators: HashMap<&'static str, jsonschema::Validator> = HashMap::new();
    let mut files = Vec::new();
    for entry in fs::read_dir(&out)
        .unwrap()
        .chain(fs::read_dir(out.join("sager")).unwrap())
    {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|ext| ext == "json") {
            files.push(path);
        }
    }
    assert_eq!(
        files.len(),
        endpoints().len() + 10_000,
        "every endpoint and every case's detail"
    );
    for file in &files {
        let body = read(file);
        assert_eq!(
            body,
            read(&again.join(file.strip_prefix(&out).unwrap())),
            "same seed, same file"
        );
        let relative = file
            .strip_prefix(&out)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let name = relative.strip_suffix(".json").unwrap();
        let endpoint =
            Endpoint::from_path(name).unwrap_or_else(|| panic!("{relative}: no endpoint"));
        check_body(&endpoint, &body).unwrap_or_else(|err| panic!("{relative}: {err}"));
        let value: Value = serde_json::from_str(&body).unwrap();
        let schema = endpoint.schema();
        let validator = validators
            .entry(schema)
            .or_insert_with(|| validator(schema));
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{relative}: {errors:?}");
    }

    let cases = load_from::<Vec<CaseSummary>>(&out, "sager").unwrap().data;
    assert_eq!(cases.len(), 10_000);
    assert_eq!(
        cases.iter().map(|c| &c.id).collect::<BTreeSet<_>>().len(),
        10_000,
        "unique ids"
    );
    for case in cases.iter().step_by(97) {
        let detail = load_from::<CaseDetail>(&out, &format!("sager/{}", case.id)).unwrap();
        assert_eq!(&detail.data.case, case, "list and detail agree");
    }
    let kommuner: Vec<&str> = VERIFIED_CVR
        .iter()
        .filter(|(name, _)| name.ends_with("Kommune"))
        .map(|(_, cvr)| *cvr)
        .collect();
    let log = load_from::<Vec<AccessEntry>>(&out, "adgangslog")
        .unwrap()
        .data;
    assert_eq!(log.len(), 20_000);
    check_access_log("skala", &log, &kommuner);
    let letters = load_from::<Vec<MessageHeader>>(&out, "digital-post")
        .unwrap()
        .data;
    assert_eq!(letters.len(), 5_000);
    assert!(letters.iter().all(|m| m.read_at.link().is_some()));
    let text = read(&out.join("digital-post.json"));
    assert!(
        !["indhold", "brodtekst", "tekst\""]
            .iter()
            .any(|w| text.contains(w)),
        "no contents"
    );
    let grants = load_from::<Vec<Grant>>(&out, "ydelser").unwrap().data;
    let payouts = load_from::<Vec<Payout>>(&out, "udbetalinger").unwrap().data;
    assert_eq!(payouts.len(), 5_000);
    for payout in &payouts {
        assert!(payout.adds_up(), "{payout:?}");
        let grant = grants
            .iter()
            .find(|g| g.id == payout.grant_id)
            .expect("a grant");
        assert!(grant.taxable || payout.tax == Kroner::ZERO);
        assert!(payout.period_from <= payout.period_to && payout.gross > Kroner::ZERO);
    }
    // The persona picker lists only the committed personas.
    let index: PersonaIndex = decode(&read(&mock_dir().join("personas.json"))).unwrap();
    assert!(index.personas.iter().all(|p| p.id != "skala"));
    fs::remove_dir_all(&base).unwrap();
}

/// Copenhagen's UTC offset on an ISO day: summer time (+02:00) from the last Sunday of March to
/// the last Sunday of October, else +01:00.
fn copenhagen_offset(day: &str) -> &'static str {
    use mit_overblik::date::Date;
    let date = Date::parse_iso(day).unwrap();
    let last_sunday = |month: u8| {
        let mut d = Date::new(date.year, month, 31).unwrap();
        // 1970-01-01 was a Thursday: days % 7 == 3 is a Sunday.
        while d.to_days().rem_euclid(7) != 3 {
            d = d.add_days(-1);
        }
        d
    };
    if date >= last_sunday(3) && date < last_sunday(10) {
        "+02:00"
    } else {
        "+01:00"
    }
}

/// `sidsteLogin`: every persona's session says when the citizen last logged in, in Danish time,
/// days to weeks before the reference date, so "Nyt siden sidst" has something to show.
#[test]
fn every_session_names_the_last_login_days_to_weeks_before_the_reference_date() {
    use mit_overblik::date::Date;
    let reference = Date::parse_iso(REFERENCE).unwrap();
    for persona in personas() {
        let session = load::<Session>(&persona, "session").data;
        let last = session
            .last_login
            .unwrap_or_else(|| panic!("{persona}: no sidsteLogin"));
        let day = Date::parse_iso(&last).unwrap_or_else(|| panic!("{persona}: {last}"));
        assert!(
            last.ends_with(copenhagen_offset(&last[..10])),
            "{persona}: {last} is not in Danish time"
        );
        let days = day.days_until(reference);
        assert!(
            (1..=42).contains(&days),
            "{persona}: {last} is {days} days before"
        );
    }
    // A first login has none, and a backend that does not send it still decodes.
    let body = read(&mock_dir().join("tilflytter/session.json"));
    let mut value: Value = serde_json::from_str(&body).unwrap();
    value["data"].as_object_mut().unwrap().remove("sidsteLogin");
    let session: Sourced<Session> = decode_envelope(&value.to_string()).unwrap();
    assert_eq!(session.data.last_login, None);
    assert!(check_body(&Endpoint::Session, &value.to_string()).is_ok());
    assert!(schema_errors("SessionSvar", &value).is_empty());
}

/// Every case list a persona or a represented person has.
fn all_case_lists() -> Vec<(String, Vec<CaseSummary>)> {
    let mut lists = Vec::new();
    for persona in personas() {
        lists.push((
            persona.clone(),
            load::<Vec<CaseSummary>>(&persona, "sager").data,
        ));
        for (who, dir) in represented(&persona) {
            if let Ok(cases) = load_from::<Vec<CaseSummary>>(&dir, "sager") {
                lists.push((format!("{persona}/{}", who.name), cases.data));
            }
        }
    }
    lists
}

/// `afventerFraBorger`: what a case awaits from the citizen and by when, exactly on the cases
/// that await something, with a deadline after the case was created; the personas together have
/// a deadline that has passed on the reference date and some that have not.
#[test]
fn what_a_case_awaits_from_the_citizen_comes_with_a_deadline_on_exactly_those_cases() {
    use mit_overblik::date::Date;
    let reference = Date::parse_iso(REFERENCE).unwrap();
    let (mut overdue, mut ahead) = (0, 0);
    for (who, cases) in all_case_lists() {
        for case in cases {
            assert_eq!(
                case.awaited.is_some(),
                case.awaiting_citizen,
                "{who}: {} says what it awaits exactly when it awaits something",
                case.title
            );
            let Some(awaited) = &case.awaited else {
                continue;
            };
            assert!(!awaited.what.trim().is_empty(), "{who}: {}", case.title);
            let deadline = Date::parse_day(&awaited.deadline).unwrap();
            assert!(
                deadline >= Date::parse_iso(&case.created).unwrap(),
                "{who}: {} has a deadline before it was created",
                case.title
            );
            assert!(
                case.awaits_decision(),
                "{who}: a decided case awaits nothing"
            );
            if deadline < reference {
                overdue += 1;
            } else {
                ahead += 1;
            }
        }
    }
    assert!(
        overdue >= 1 && ahead >= 2,
        "overdue {overdue}, ahead {ahead}"
    );

    // A backend that sends only the flag, or an unknown field inside, still decodes.
    let path = mock_dir().join("sygemeldt/sager.json");
    let mut value: Value = serde_json::from_str(&read(&path)).unwrap();
    let first = value["data"][0].as_object_mut().unwrap();
    first["afventerFraBorger"]["kanal"] = json!("post");
    let tolerant: Sourced<Vec<CaseSummary>> = decode_envelope(&value.to_string()).unwrap();
    assert!(tolerant.data[0].awaited.is_some());
    value["data"][0]
        .as_object_mut()
        .unwrap()
        .remove("afventerFraBorger");
    let old: Sourced<Vec<CaseSummary>> = decode_envelope(&value.to_string()).unwrap();
    assert!(old.data[0].awaiting_citizen && old.data[0].awaited.is_none());
    assert!(schema_errors("SagerSvar", &value).is_empty());
}

/// `naesteAfdrag`: only an instalment plan has a next instalment, due within the month after
/// the reference date; every instalment plan in the fixtures has one.
#[test]
fn only_an_instalment_plan_names_its_next_instalment() {
    use mit_overblik::date::Date;
    let reference = Date::parse_iso(REFERENCE).unwrap();
    let mut plans = 0;
    for persona in personas() {
        for item in load::<DebtOverview>(&persona, "gaeld").data.items {
            let plan = item.method == Some(CollectionMethod::InstalmentPlan);
            assert_eq!(
                item.next_instalment.is_some(),
                plan,
                "{persona}: {}",
                item.kind
            );
            if let Some(next) = &item.next_instalment {
                plans += 1;
                let days = reference.days_until(Date::parse_day(next).unwrap());
                assert!((0..=31).contains(&days), "{persona}: {next}");
            }
        }
    }
    assert!(plans >= 1);
}
