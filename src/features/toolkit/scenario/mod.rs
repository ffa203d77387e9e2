//! Scenario files, format v1: a municipality's own test persona (a built-in persona or its own
//! endpoint data) and tasks, as one JSON object. [`parse_scenario`] checks the whole file and
//! reports every problem at once, each with an RFC 6901 pointer to where it is. Pure logic.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

mod pointer;
mod problems;
mod texts;

use crate::api::cases::{CaseSummary, Visibility};
use crate::api::check_body;
use crate::api::{self, decode_envelope, is_persona_id, is_uuid, ApiError, Endpoint, Sourced};
use crate::date::Date;
pub use pointer::readable;
use pointer::{escape, path_pointer};
pub use problems::{DataError, JsonKind, Problem, ProblemKind, MAX_TASKS};

/// The value of `format`.
pub const FORMAT: &str = "mit-overblik/scenarie";

/// The top-level fields (`$schema` is allowed and ignored).
const FIELDS: &[&str] = &[
    "$schema",
    "format",
    "version",
    "id",
    "navn",
    "beskrivelse",
    "beskrivelseEn",
    "dato",
    "persona",
    "opgaver",
    "spoergeskemaer",
    "endepunkter",
];

const TASK_FIELDS: &[&str] = &["id", "tekst", "tekstEn", "startside", "succes"];

const SUCCESS_FIELDS: &[&str] = &["sider", "via", "svar"];

const QUESTIONNAIRE_FIELDS: &[&str] = &["seq", "sus"];

/// Everything in a scenario but the endpoints, with the file's Danish key names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScenarioMeta {
    pub id: String,
    #[serde(rename = "navn")]
    pub name: String,
    #[serde(rename = "beskrivelse")]
    pub description: String,
    #[serde(
        rename = "beskrivelseEn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub description_en: Option<String>,
    /// The scenario clock's "today", `YYYY-MM-DD`.
    #[serde(rename = "dato", default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The built-in persona whose data the scenario uses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persona: Option<String>,
    #[serde(rename = "opgaver", default)]
    pub tasks: Vec<Task>,
    /// The questionnaires the participant answers.
    #[serde(rename = "spoergeskemaer", default)]
    pub questionnaires: Questionnaires,
}

/// The questionnaires of a study, each on or off.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Questionnaires {
    /// The Single Ease Question after each task.
    #[serde(default)]
    pub seq: bool,
    /// The System Usability Scale after the last task.
    #[serde(default)]
    pub sus: bool,
}

/// When a task counts as solved.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Success {
    /// Pages (route patterns, e.g. `/sager/{id}`): reaching one of them reaches the goal.
    #[serde(rename = "sider", default, skip_serializing_if = "Vec::is_empty")]
    pub pages: Vec<String>,
    /// Pages on the way that keep a success direct (besides the start page).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub via: Vec<String>,
    /// The answer the facilitator checks the participant's against.
    #[serde(rename = "svar", default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<String>,
}

/// A task for task mode.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Task {
    pub id: String,
    #[serde(rename = "tekst")]
    pub text: String,
    #[serde(rename = "tekstEn", default, skip_serializing_if = "Option::is_none")]
    pub text_en: Option<String>,
    /// The app path the task starts on.
    #[serde(rename = "startside", default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// When the task counts as solved.
    #[serde(rename = "succes", default, skip_serializing_if = "Option::is_none")]
    pub success: Option<Success>,
}

/// A checked scenario file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    pub meta: ScenarioMeta,
    /// (endpoint path below the persona, e.g. "sager/<uuid>", the body as compact JSON text);
    /// empty when the scenario uses a built-in persona.
    pub endpoints: Vec<(String, String)>,
}

/// Reads and checks a scenario file against format v1. `builtin` are the built-in persona ids
/// (from the mock's persona index). On failure, every problem found: the top-level fields,
/// then the tasks, then the endpoints (alphabetically).
pub fn parse_scenario(text: &str, builtin: &[String]) -> Result<Scenario, Vec<Problem>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let root: Value = api::decode(text).map_err(|error| vec![not_json(text, error)])?;
    let Some(file) = root.as_object() else {
        return Err(vec![problem(
            String::new(),
            ProblemKind::WrongType {
                expected: JsonKind::Object,
            },
        )]);
    };
    let mut check = Check {
        builtin,
        problems: Vec::new(),
    };
    check.file(file);
    if !check.problems.is_empty() {
        return Err(check.problems);
    }
    let endpoints = file
        .get("endepunkter")
        .and_then(Value::as_object)
        .map(|endpoints| {
            endpoints
                .iter()
                .map(|(key, body)| (key.clone(), body.to_string()))
                .collect()
        })
        .unwrap_or_default();
    let meta = serde_json::from_value(root).map_err(|error| {
        vec![problem(
            String::new(),
            ProblemKind::Data(DataError::from_serde(&error.to_string())),
        )]
    })?;
    Ok(Scenario { meta, endpoints })
}

fn problem(pointer: String, kind: ProblemKind) -> Problem {
    Problem { pointer, kind }
}

/// `parent`'s child `token` as a pointer.
fn child(parent: &str, token: &str) -> String {
    format!("{parent}/{}", escape(token))
}

/// The one problem of a file that is not JSON: where reading stopped, and why.
fn not_json(text: &str, error: ApiError) -> Problem {
    if text.trim().is_empty() {
        return problem(String::new(), ProblemKind::EmptyFile);
    }
    let (line, column) = serde_json::from_str::<Value>(text)
        .err()
        .map_or((0, 0), |error| (error.line(), error.column()));
    let (path, message) = match error {
        ApiError::Decode { path, message } => (path, message),
        other => (".".to_owned(), other.to_string()),
    };
    problem(
        path_pointer("", &path),
        ProblemKind::NotJson {
            line,
            column,
            reason: DataError::from_serde(&message),
        },
    )
}

/// The checks, collecting problems instead of stopping at the first.
struct Check<'a> {
    builtin: &'a [String],
    problems: Vec<Problem>,
}

impl Check<'_> {
    fn push(&mut self, pointer: String, kind: ProblemKind) {
        self.problems.push(problem(pointer, kind));
    }

    /// Reports the fields of `object` (at `at`) that are not in `allowed`.
    fn known_fields(&mut self, at: &str, object: &Map<String, Value>, allowed: &[&str]) {
        for field in object.keys().filter(|f| !allowed.contains(&f.as_str())) {
            let listed = allowed.iter().filter(|f| !f.starts_with('$'));
            self.push(
                child(at, field),
                ProblemKind::UnknownField {
                    field: field.clone(),
                    allowed: listed.map(|f| f.to_string()).collect(),
                },
            );
        }
    }

    /// The text `field` of `object` (at `at`), if it is present, a string and not blank.
    fn text<'v>(
        &mut self,
        at: &str,
        object: &'v Map<String, Value>,
        field: &str,
        required: bool,
    ) -> Option<&'v str> {
        let pointer = child(at, field);
        let kind = match object.get(field) {
            None if !required => return None,
            None => ProblemKind::Missing {
                field: field.to_owned(),
            },
            Some(Value::String(text)) if !text.trim().is_empty() => return Some(text),
            Some(Value::String(_)) => ProblemKind::Empty,
            Some(_) => ProblemKind::WrongType {
                expected: JsonKind::Text,
            },
        };
        self.push(pointer, kind);
        None
    }

    fn is_builtin(&self, id: &str) -> bool {
        self.builtin.iter().any(|known| known == id)
    }

    fn file(&mut self, file: &Map<String, Value>) {
        self.known_fields("", file, FIELDS);
        match file.get("format") {
            None => self.push("/format".into(), missing("format")),
            Some(format) if format != FORMAT => {
                self.push("/format".into(), ProblemKind::WrongFormat)
            }
            Some(_) => {}
        }
        match file.get("version") {
            None => self.push("/version".into(), missing("version")),
            Some(version) if version.as_u64() != Some(1) => {
                self.push("/version".into(), ProblemKind::WrongVersion)
            }
            Some(_) => {}
        }
        if let Some(id) = self.text("", file, "id", true) {
            if !is_persona_id(id) {
                self.push("/id".into(), ProblemKind::BadId);
            } else if self.is_builtin(id) {
                self.push("/id".into(), ProblemKind::BuiltinId { id: id.to_owned() });
            }
        }
        self.text("", file, "navn", true);
        self.text("", file, "beskrivelse", true);
        self.text("", file, "beskrivelseEn", false);
        if let Some(date) = self.text("", file, "dato", false) {
            if Date::parse_day(date).is_none() {
                self.push("/dato".into(), ProblemKind::BadDate);
            }
        }
        if let Some(persona) = self.text("", file, "persona", false) {
            if !self.is_builtin(persona) {
                let known = self.builtin.to_vec();
                let id = persona.to_owned();
                self.push("/persona".into(), ProblemKind::UnknownPersona { id, known });
            }
        }
        match (
            file.contains_key("persona"),
            file.contains_key("endepunkter"),
        ) {
            (true, true) => self.push(String::new(), ProblemKind::BothPersonaAndEndpoints),
            (false, false) => self.push(String::new(), ProblemKind::NeitherPersonaNorEndpoints),
            _ => {}
        }
        if let Some(tasks) = file.get("opgaver") {
            self.tasks(tasks);
        }
        if let Some(questionnaires) = file.get("spoergeskemaer") {
            self.questionnaires(questionnaires);
        }
        match file.get("endepunkter").map(Value::as_object) {
            None => {}
            Some(Some(endpoints)) => {
                self.endpoints(endpoints);
                self.same_facts(file, endpoints);
            }
            Some(None) => self.push("/endepunkter".into(), wrong_type(JsonKind::Object)),
        }
    }

    fn tasks(&mut self, tasks: &Value) {
        let Some(tasks) = tasks.as_array() else {
            return self.push("/opgaver".into(), wrong_type(JsonKind::List));
        };
        if tasks.len() > MAX_TASKS {
            let count = tasks.len();
            self.push("/opgaver".into(), ProblemKind::TooManyTasks { count });
        }
        let mut seen: Vec<&str> = Vec::new();
        for (index, task) in tasks.iter().enumerate() {
            let at = format!("/opgaver/{index}");
            let Some(task) = task.as_object() else {
                self.push(at, wrong_type(JsonKind::Object));
                continue;
            };
            self.known_fields(&at, task, TASK_FIELDS);
            if let Some(id) = self.text(&at, task, "id", true) {
                if !is_persona_id(id) {
                    self.push(child(&at, "id"), ProblemKind::BadId);
                } else if seen.contains(&id) {
                    let id = id.to_owned();
                    self.push(child(&at, "id"), ProblemKind::DuplicateTask { id });
                }
                seen.push(id);
            }
            self.text(&at, task, "tekst", true);
            self.text(&at, task, "tekstEn", false);
            if let Some(start) = self.text(&at, task, "startside", false) {
                if !start.starts_with('/') {
                    self.push(child(&at, "startside"), ProblemKind::BadStartPage);
                }
            }
            if let Some(success) = task.get("succes") {
                self.success(&child(&at, "succes"), success);
            }
        }
    }

    /// A task's success criterion: pages reached and/or an answer, at least one of them.
    fn success(&mut self, at: &str, success: &Value) {
        let Some(success) = success.as_object() else {
            return self.push(at.to_owned(), wrong_type(JsonKind::Object));
        };
        self.known_fields(at, success, SUCCESS_FIELDS);
        for field in ["sider", "via"] {
            self.pages(at, success, field);
        }
        self.text(at, success, "svar", false);
        if !success.contains_key("sider") && !success.contains_key("svar") {
            self.push(at.to_owned(), ProblemKind::EmptySuccess);
        }
    }

    /// A list of app pages, each beginning with `/`.
    fn pages(&mut self, at: &str, object: &Map<String, Value>, field: &str) {
        let Some(pages) = object.get(field) else {
            return;
        };
        let at = child(at, field);
        let Some(pages) = pages.as_array() else {
            return self.push(at, wrong_type(JsonKind::List));
        };
        for (index, page) in pages.iter().enumerate() {
            let at = format!("{at}/{index}");
            match page.as_str() {
                Some(page) if page.starts_with('/') => {}
                Some(_) => self.push(at, ProblemKind::BadPage),
                None => self.push(at, wrong_type(JsonKind::Text)),
            }
        }
    }

    /// Which questionnaires the participant answers: `seq` and `sus`, each true or false.
    fn questionnaires(&mut self, questionnaires: &Value) {
        let at = "/spoergeskemaer";
        let Some(questionnaires) = questionnaires.as_object() else {
            return self.push(at.to_owned(), wrong_type(JsonKind::Object));
        };
        self.known_fields(at, questionnaires, QUESTIONNAIRE_FIELDS);
        for (field, value) in questionnaires {
            if QUESTIONNAIRE_FIELDS.contains(&field.as_str()) && !value.is_boolean() {
                self.push(child(at, field), wrong_type(JsonKind::YesNo));
            }
        }
    }

    /// Every endpoint decodes as its model (or scripts a failing source), the fixed ones are
    /// all there, and every case the citizen can see has its detail.
    fn endpoints(&mut self, endpoints: &Map<String, Value>) {
        for endpoint in Endpoint::PER_PERSONA {
            let key = endpoint.path();
            if !endpoints.contains_key(&key) {
                self.push(
                    child("/endepunkter", &key),
                    ProblemKind::MissingEndpoint { key },
                );
            }
        }
        for (key, body) in endpoints {
            let at = child("/endepunkter", key);
            let Some((prefix, endpoint)) = split_key(key) else {
                let key = key.clone();
                self.push(at, ProblemKind::UnknownEndpoint { key });
                continue;
            };
            match decode_endpoint(&endpoint, &body.to_string()) {
                Ok(cases) => self.case_details(endpoints, &at, prefix, &cases),
                Err(ApiError::Source { .. }) => {}
                Err(ApiError::NoData) => {
                    let pointer = path_pointer(&at, "data");
                    self.push(pointer, ProblemKind::Data(DataError::NoDataNorFault));
                }
                Err(ApiError::Decode { path, message }) => {
                    let mut pointer = path_pointer(&at, &path);
                    let error = DataError::from_serde(&message);
                    if let DataError::MissingField { field } = &error {
                        pointer = child(&pointer, field);
                    }
                    self.push(pointer, ProblemKind::Data(error));
                }
                Err(other) => {
                    let error = DataError::Other(other.to_string());
                    self.push(at, ProblemKind::Data(error));
                }
            }
        }
    }

    /// What the file says twice must agree: the person's name (`navn`, and in `session` and
    /// `person`) and each case's title (in the case list and in the case's detail).
    fn same_facts(&mut self, file: &Map<String, Value>, endpoints: &Map<String, Value>) {
        let text = |value: Option<&Value>| value.and_then(Value::as_str).map(str::to_owned);
        if let Some(name) = text(file.get("navn")) {
            for key in ["session", "person"] {
                let Some(other) = text(endpoints.get(key).and_then(|b| b.pointer("/data/navn")))
                else {
                    continue;
                };
                if other != name {
                    self.push(
                        format!("{}/data/navn", child("/endepunkter", key)),
                        ProblemKind::Mismatch {
                            value: other,
                            other_pointer: "/navn".into(),
                            other_value: name.clone(),
                        },
                    );
                }
            }
        }
        for (key, body) in endpoints {
            let Some(prefix) = key.strip_suffix("sager") else {
                continue;
            };
            if !(prefix.is_empty() || prefix.ends_with('/')) {
                continue;
            }
            let Some(cases) = body.pointer("/data").and_then(Value::as_array) else {
                continue;
            };
            for (index, case) in cases.iter().enumerate() {
                let (Some(id), Some(title)) = (text(case.get("id")), text(case.get("titel")))
                else {
                    continue;
                };
                let detail_key = format!("{prefix}sager/{id}");
                let detail = endpoints
                    .get(&detail_key)
                    .and_then(|b| b.pointer("/data/sag/titel"));
                if let Some(detail) = text(detail).filter(|detail| *detail != title) {
                    self.push(
                        format!("{}/data/sag/titel", child("/endepunkter", &detail_key)),
                        ProblemKind::Mismatch {
                            value: detail,
                            other_pointer: format!(
                                "{}/data/{index}/titel",
                                child("/endepunkter", key)
                            ),
                            other_value: title,
                        },
                    );
                }
            }
        }
    }

    /// The cases of a case list (at `at`, keys prefixed by `prefix`) need UUIDs and, when the
    /// citizen can see them, a detail endpoint.
    fn case_details(
        &mut self,
        endpoints: &Map<String, Value>,
        at: &str,
        prefix: &str,
        cases: &[CaseSummary],
    ) {
        for (index, case) in cases.iter().enumerate() {
            let case_id = case.id.clone();
            let key = format!("{prefix}sager/{case_id}");
            if !is_uuid(&case_id) {
                self.push(
                    format!("{at}/data/{index}/id"),
                    ProblemKind::BadCaseId { id: case_id },
                );
            } else if case.visibility == Visibility::Citizen && !endpoints.contains_key(&key) {
                let kind = ProblemKind::MissingCaseDetail { case_id, key };
                self.push("/endepunkter".into(), kind);
            }
        }
    }
}

fn missing(field: &str) -> ProblemKind {
    ProblemKind::Missing {
        field: field.to_owned(),
    }
}

fn wrong_type(expected: JsonKind) -> ProblemKind {
    ProblemKind::WrongType { expected }
}

/// Splits an endpoint key into its `paa-vegne-af/<uuid>/` prefix (or "") and the endpoint,
/// if the key is one the format knows.
fn split_key(key: &str) -> Option<(&str, Endpoint)> {
    let (prefix, endpoint) = match key.strip_prefix("paa-vegne-af/") {
        Some(rest) => {
            let (id, endpoint) = rest.split_once('/')?;
            if !is_uuid(id) || endpoint == "session" {
                return None;
            }
            key.split_at(key.len() - endpoint.len())
        }
        None => ("", key),
    };
    Some((prefix, Endpoint::from_path(endpoint)?))
}

/// Checks an endpoint's body against its model with the API's own check; a case list gives its
/// cases.
fn decode_endpoint(endpoint: &Endpoint, body: &str) -> Result<Vec<CaseSummary>, ApiError> {
    check_body(endpoint, body)?;
    match endpoint {
        Endpoint::Cases => decode_envelope(body).map(|cases: Sourced<_>| cases.data),
        _ => Ok(Vec::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use serde_json::json;

    const CASE: &str = "c7325839-dc64-5b99-bf0a-c07f841225cf";
    const OTHER: &str = "e433b983-3f33-5698-9a68-f069e3adb206";

    fn builtin() -> Vec<String> {
        let index = std::fs::read_to_string(mock("personas.json")).unwrap();
        let index: Value = serde_json::from_str(&index).unwrap();
        index["personas"]
            .as_array()
            .unwrap()
            .iter()
            .map(|persona| persona["id"].as_str().unwrap().to_owned())
            .collect()
    }

    fn mock(path: &str) -> String {
        format!("{}/public/api/v1/mock/{path}", env!("CARGO_MANIFEST_DIR"))
    }

    fn read(path: &str) -> Value {
        let text = std::fs::read_to_string(path).unwrap_or_else(|err| panic!("{path}: {err}"));
        serde_json::from_str(&text).unwrap()
    }

    /// Every endpoint of the built-in persona `sygemeldt`, case details included.
    fn sygemeldt_endpoints() -> Map<String, Value> {
        let mut endpoints = Map::new();
        for endpoint in Endpoint::PER_PERSONA {
            let key = endpoint.path();
            endpoints.insert(key.clone(), read(&mock(&format!("sygemeldt/{key}.json"))));
        }
        for entry in std::fs::read_dir(mock("sygemeldt/sager")).unwrap() {
            let path = entry.unwrap().path();
            let id = path.file_stem().unwrap().to_str().unwrap().to_owned();
            endpoints.insert(format!("sager/{id}"), read(path.to_str().unwrap()));
        }
        endpoints
    }

    fn own_data(endpoints: Map<String, Value>) -> Value {
        // The person's name as the data gives it: the validator checks that they agree.
        let name = endpoints["session"]["data"]["navn"].clone();
        json!({
            "$schema": "../scenarie.schema.json",
            "format": FORMAT,
            "version": 1,
            "id": "odense-sygemeldt",
            "navn": name,
            "beskrivelse": "Sygemeldt med sygedagpenge.",
            "endepunkter": endpoints,
        })
    }

    fn parse(file: &Value) -> Result<Scenario, Vec<Problem>> {
        parse_scenario(&serde_json::to_string_pretty(file).unwrap(), &builtin())
    }

    fn pointers(problems: &[Problem]) -> Vec<&str> {
        problems.iter().map(|p| p.pointer.as_str()).collect()
    }

    #[test]
    fn a_scenario_with_a_builtin_persona_and_tasks_parses() {
        let file = json!({
            "format": FORMAT,
            "version": 1,
            "id": "aarhus-test",
            "navn": "Testperson",
            "beskrivelse": "En sygemeldt borger.",
            "beskrivelseEn": "A citizen on sick leave.",
            "dato": "2026-12-01",
            "persona": "sygemeldt",
            "opgaver": [
                { "id": "naeste-udbetaling", "tekst": "Find din næste udbetaling.", "startside": "/" },
                { "id": "sag", "tekst": "Find sagen.", "tekstEn": "Find the case." }
            ]
        });
        let scenario = parse(&file).unwrap();
        assert_eq!(scenario.meta.id, "aarhus-test");
        assert_eq!(scenario.meta.persona.as_deref(), Some("sygemeldt"));
        assert_eq!(scenario.meta.date.as_deref(), Some("2026-12-01"));
        assert_eq!(scenario.meta.tasks.len(), 2);
        assert_eq!(scenario.meta.tasks[0].start.as_deref(), Some("/"));
        assert_eq!(
            scenario.meta.tasks[1].text_en.as_deref(),
            Some("Find the case.")
        );
        assert!(scenario.endpoints.is_empty());
        // The meta keeps the file's Danish names when stored.
        let stored = serde_json::to_value(&scenario.meta).unwrap();
        assert_eq!(stored["navn"], "Testperson");
        assert_eq!(stored["opgaver"][1]["tekstEn"], "Find the case.");
        assert_eq!(
            serde_json::from_value::<ScenarioMeta>(stored).unwrap(),
            scenario.meta
        );
    }

    #[test]
    fn success_criteria_and_questionnaires_are_read_and_checked() {
        let mut file = json!({
            "format": FORMAT, "version": 1, "id": "studie", "navn": "Testperson",
            "beskrivelse": "En sygemeldt borger.", "persona": "sygemeldt",
            "opgaver": [
                { "id": "a", "tekst": "Find sagen.",
                  "succes": { "sider": ["/sager/{id}"], "via": ["/sager"], "svar": "En lægeattest" } }
            ],
            "spoergeskemaer": { "seq": true, "sus": false }
        });
        let scenario = parse(&file).unwrap();
        let success = scenario.meta.tasks[0].success.clone().unwrap();
        assert_eq!(success.pages, ["/sager/{id}"]);
        assert_eq!(success.via, ["/sager"]);
        assert_eq!(success.answer.as_deref(), Some("En lægeattest"));
        assert!(scenario.meta.questionnaires.seq && !scenario.meta.questionnaires.sus);

        file["opgaver"][0]["succes"] = json!({ "sider": ["sager", 3], "hvad": 1 });
        file["spoergeskemaer"] = json!({ "seq": "ja", "nps": true });
        let problems = parse(&file).unwrap_err();
        let found: Vec<(&str, &ProblemKind)> = problems
            .iter()
            .map(|p| (p.pointer.as_str(), &p.kind))
            .collect();
        assert!(
            found.contains(&("/opgaver/0/succes/sider/0", &ProblemKind::BadPage)),
            "{found:?}"
        );
        assert!(
            found.contains(&("/opgaver/0/succes/sider/1", &wrong_type(JsonKind::Text))),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|(at, kind)| *at == "/opgaver/0/succes/hvad"
                    && matches!(kind, ProblemKind::UnknownField { .. })),
            "{found:?}"
        );
        assert!(
            found.contains(&("/spoergeskemaer/seq", &wrong_type(JsonKind::YesNo))),
            "{found:?}"
        );
        assert!(
            found.iter().any(|(at, _)| *at == "/spoergeskemaer/nps"),
            "{found:?}"
        );
        file["opgaver"][0]["succes"] = json!({ "via": ["/sager"] });
        file["spoergeskemaer"] = json!({});
        let problems = parse(&file).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].pointer, "/opgaver/0/succes");
        assert_eq!(problems[0].kind, ProblemKind::EmptySuccess);
        assert!(problems[0].message(Lang::Da).contains("»sider«"));
    }

    #[test]
    fn a_name_or_a_case_title_given_twice_must_agree() {
        let mut endpoints = sygemeldt_endpoints();
        let mut file = own_data(endpoints.clone());
        let name = file["navn"].as_str().unwrap().to_owned();
        file["navn"] = json!("Et andet navn");
        let problems = parse(&file).unwrap_err();
        let pointers: Vec<&str> = problems.iter().map(|p| p.pointer.as_str()).collect();
        assert_eq!(
            pointers,
            [
                "/endepunkter/session/data/navn",
                "/endepunkter/person/data/navn"
            ]
        );
        let message = problems[0].message(Lang::Da);
        assert!(message.contains(&format!("»{name}«")), "{message}");
        assert!(
            message.contains("navn (/navn)") && message.contains("»Et andet navn«"),
            "{message}"
        );

        let cases = endpoints["sager"]["data"].as_array().unwrap().clone();
        let (index, case) = cases
            .iter()
            .enumerate()
            .find(|(_, case)| {
                endpoints.contains_key(&format!("sager/{}", case["id"].as_str().unwrap()))
            })
            .unwrap();
        let key = format!("sager/{}", case["id"].as_str().unwrap());
        let mut detail = endpoints[&key].clone();
        detail["data"]["sag"]["titel"] = json!("Ny titel");
        endpoints.insert(key.clone(), detail);
        let problems = parse(&own_data(endpoints)).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(
            problems[0].pointer,
            format!(
                "/endepunkter/sager~1{}/data/sag/titel",
                case["id"].as_str().unwrap()
            )
        );
        let message = problems[0].message(Lang::Da);
        assert!(
            message.contains(&format!("sager → sag {} → titel", index + 1)),
            "{message}"
        );
    }

    #[test]
    fn a_scenario_with_its_own_endpoints_parses() {
        let scenario = parse(&own_data(sygemeldt_endpoints())).unwrap();
        assert_eq!(scenario.meta.persona, None);
        assert_eq!(scenario.endpoints.len(), 13 + 3);
        let (_, body) = scenario
            .endpoints
            .iter()
            .find(|(key, _)| *key == format!("sager/{CASE}"))
            .unwrap();
        assert!(!body.contains('\n'), "compact JSON");
        assert!(api::decode_envelope::<api::cases::CaseDetail>(body).is_ok());
    }

    #[test]
    fn a_failing_source_may_be_scripted() {
        let mut endpoints = sygemeldt_endpoints();
        let mut tax = endpoints["skat"].clone();
        tax["data"] = Value::Null;
        tax["fejl"] = json!({ "kode": "KILDE_UTILGAENGELIG", "tekst": "SKAT svarer ikke." });
        endpoints.insert("skat".into(), tax);
        assert!(parse(&own_data(endpoints)).is_ok());
    }

    #[test]
    fn text_that_is_not_json_names_line_and_column() {
        let text = "{\n  \"id\": \"x\",\n  \"navn\" \"Test\"\n}";
        let problems = parse_scenario(text, &builtin()).unwrap_err();
        assert_eq!(problems.len(), 1);
        let ProblemKind::NotJson {
            line,
            column,
            reason,
        } = &problems[0].kind
        else {
            panic!("{problems:?}");
        };
        assert_eq!((*line, *column), (3, 10));
        assert_eq!(
            reason,
            &DataError::ExpectedToken {
                tokens: vec![":".into()]
            }
        );
        assert_eq!(problems[0].pointer, "/navn");
        assert!(problems[0]
            .message(Lang::Da)
            .contains("linje 3, kolonne 10"));
        assert_eq!(
            parse_scenario(" \n", &builtin()).unwrap_err()[0].kind,
            ProblemKind::EmptyFile
        );
        assert_eq!(
            parse_scenario("[1]", &builtin()).unwrap_err()[0].kind,
            wrong_type(JsonKind::Object)
        );
    }

    #[test]
    fn every_problem_is_listed_with_its_pointer() {
        let mut endpoints = sygemeldt_endpoints();
        endpoints["sager"]["data"][0]["fremdrift"]["kode"] = json!("Ukendt");
        endpoints["person"]["data"]
            .as_object_mut()
            .unwrap()
            .remove("navn");
        endpoints["udbetalinger"]["data"][1]["bruttobeloeb"] = json!("mange");
        endpoints.remove("bolig");
        endpoints.insert("sager/ikke-et-id".into(), json!({}));
        let mut file = own_data(endpoints);
        let object = file.as_object_mut().unwrap();
        object.remove("navn");
        object.insert("id".into(), json!("sygemeldt"));
        object.insert("dato".into(), json!("2026-02-30"));
        object.insert("farve".into(), json!("blå"));
        object.insert("version".into(), json!("1"));
        object.insert(
            "opgaver".into(),
            json!([
                { "id": "a", "tekst": "Første" },
                { "id": "a", "startside": "sager" },
            ]),
        );
        let problems = parse(&file).unwrap_err();
        assert_eq!(
            pointers(&problems),
            [
                "/farve",
                "/version",
                "/id",
                "/navn",
                "/dato",
                "/opgaver/1/id",
                "/opgaver/1/tekst",
                "/opgaver/1/startside",
                "/endepunkter/bolig",
                "/endepunkter/person/data/navn",
                "/endepunkter/sager/data/0/fremdrift/kode",
                "/endepunkter/sager~1ikke-et-id",
                "/endepunkter/udbetalinger/data/1/bruttobeloeb",
            ]
        );
        let kinds: Vec<&ProblemKind> = problems.iter().map(|p| &p.kind).collect();
        assert!(matches!(kinds[0], ProblemKind::UnknownField { field, .. } if field == "farve"));
        assert_eq!(kinds[1], &ProblemKind::WrongVersion);
        assert_eq!(
            kinds[2],
            &ProblemKind::BuiltinId {
                id: "sygemeldt".into()
            }
        );
        assert_eq!(kinds[3], &missing("navn"));
        assert_eq!(kinds[4], &ProblemKind::BadDate);
        assert_eq!(kinds[5], &ProblemKind::DuplicateTask { id: "a".into() });
        assert_eq!(kinds[6], &missing("tekst"));
        assert_eq!(kinds[7], &ProblemKind::BadStartPage);
        assert_eq!(
            kinds[8],
            &ProblemKind::MissingEndpoint {
                key: "bolig".into()
            }
        );
        assert_eq!(
            kinds[9],
            &ProblemKind::Data(DataError::MissingField {
                field: "navn".into()
            })
        );
        let ProblemKind::Data(DataError::UnknownVariant { value, allowed }) = kinds[10] else {
            panic!("{:?}", kinds[10]);
        };
        assert_eq!(value, "Ukendt");
        assert_eq!(allowed, &["Opstaaet", "Oplyst", "Afgjort", "Afsluttet"]);
        assert!(matches!(kinds[11], ProblemKind::UnknownEndpoint { .. }));
        assert!(matches!(
            kinds[12],
            ProblemKind::Data(DataError::InvalidType { .. })
        ));
        assert_eq!(
            problems[12].message(Lang::Da),
            "Her skal stå et tal, men der står teksten \"mange\"."
        );
        assert!(problems[10]
            .message(Lang::Da)
            .contains("»Opstaaet«, »Oplyst«"));
        for problem in &problems {
            let (da, en) = (problem.message(Lang::Da), problem.message(Lang::En));
            assert!(!da.is_empty() && !en.is_empty() && da != en, "{problem:?}");
        }
    }

    #[test]
    fn persona_and_endpoints_exclude_each_other() {
        let mut file = own_data(sygemeldt_endpoints());
        file["persona"] = json!("ukendt");
        let problems = parse(&file).unwrap_err();
        assert_eq!(pointers(&problems), ["/persona", ""]);
        assert!(
            matches!(&problems[0].kind, ProblemKind::UnknownPersona { id, known }
            if id == "ukendt" && known.contains(&"sygemeldt".to_owned()))
        );
        assert_eq!(problems[1].kind, ProblemKind::BothPersonaAndEndpoints);
        file.as_object_mut().unwrap().remove("persona");
        file.as_object_mut().unwrap().remove("endepunkter");
        let problems = parse(&file).unwrap_err();
        assert_eq!(problems[0].kind, ProblemKind::NeitherPersonaNorEndpoints);
    }

    #[test]
    fn every_visible_case_needs_its_detail() {
        let mut endpoints = sygemeldt_endpoints();
        endpoints.remove(&format!("sager/{CASE}"));
        // Someone the persona acts for, with a case list and no details.
        let cases = endpoints["sager"].clone();
        endpoints.insert(format!("paa-vegne-af/{OTHER}/sager"), cases);
        let problems = parse(&own_data(endpoints)).unwrap_err();
        assert_eq!(problems.len(), 1 + 3);
        assert!(problems.iter().all(|p| p.pointer == "/endepunkter"));
        assert_eq!(
            problems[0].kind,
            ProblemKind::MissingCaseDetail {
                case_id: CASE.into(),
                key: format!("paa-vegne-af/{OTHER}/sager/{CASE}"),
            }
        );
        let own = problems.last().unwrap();
        assert!(own.message(Lang::Da).contains(CASE));
        assert!(own.message(Lang::En).contains(&format!("sager/{CASE}")));
    }

    #[test]
    fn hidden_cases_need_no_detail_and_tasks_are_limited() {
        let mut endpoints = sygemeldt_endpoints();
        endpoints["sager"]["data"][0]["visning"] = json!("undtagetBorger");
        endpoints.remove(&format!("sager/{CASE}"));
        let mut file = own_data(endpoints);
        assert!(parse(&file).is_ok());
        let task = |i: usize| json!({ "id": format!("opgave-{i}"), "tekst": "Gør noget." });
        file["opgaver"] = (0..=MAX_TASKS).map(task).collect();
        let problems = parse(&file).unwrap_err();
        assert_eq!(pointers(&problems), ["/opgaver"]);
        assert_eq!(problems[0].kind, ProblemKind::TooManyTasks { count: 21 });
    }

    #[test]
    fn every_kind_says_something_different_in_each_language() {
        let kinds = [
            ProblemKind::EmptyFile,
            ProblemKind::Empty,
            ProblemKind::WrongFormat,
            ProblemKind::BadId,
            wrong_type(JsonKind::List),
            ProblemKind::NeitherPersonaNorEndpoints,
            ProblemKind::BadCaseId { id: "x".into() },
            ProblemKind::Data(DataError::NoDataNorFault),
            ProblemKind::Data(DataError::TrailingComma),
            ProblemKind::Data(DataError::Eof),
        ];
        for kind in kinds {
            let (da, en) = (kind.message(Lang::Da), kind.message(Lang::En));
            assert!(!da.is_empty() && !en.is_empty() && da != en, "{kind:?}");
        }
    }
}
