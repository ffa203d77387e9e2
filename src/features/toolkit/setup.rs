//! The facilitator's setup as the tab keeps it: the loaded scenario, the people to log in as,
//! and the task run. The toolkit's views read and change it only through here.

use leptos::prelude::*;

use super::scenario::{parse_scenario, Problem, Scenario, ScenarioMeta};
use super::tasks::{export::StudyExport, TaskRun};
use super::transport::stored::endpoint_key;
use super::Toolkit;
use crate::api::{endpoints, endpoints::PersonaIndex, ApiError};
use crate::date::Date;
use crate::i18n::Lang;
use crate::state::storage_keys as keys;
use crate::state::{
    api_settings::{use_api_settings, ApiSettings},
    clock::Clock,
    tab_storage::{forget, forget_prefix, recall, recall_prefix, remember, try_remember},
};

/// Someone to log in as: a built-in persona or the loaded scenario's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub id: String,
    pub name: String,
    pub description: String,
    pub from_scenario: bool,
}

/// The mock's persona index, read once for the login page and the panel.
pub fn personas_resource() -> LocalResource<Result<PersonaIndex, ApiError>> {
    let settings = use_api_settings();
    LocalResource::new(move || {
        let client = untrack(|| settings.client());
        async move { endpoints::fetch_personas(&client).await }
    })
}

/// The loaded scenario's name, descriptions, date and tasks (tracks the toolkit's revision).
pub fn loaded_meta(toolkit: Toolkit) -> Option<ScenarioMeta> {
    toolkit.revision.track();
    serde_json::from_str(&recall(keys::SCENARIO_META)?).ok()
}

/// Everyone to log in as, the loaded scenario's persona first, in `lang`.
pub fn choices(index: &PersonaIndex, meta: Option<&ScenarioMeta>, lang: Lang) -> Vec<Choice> {
    let own = meta.map(|meta| Choice {
        id: meta.id.clone(),
        // A scenario on a built-in persona's data shows that person's name, as the header will.
        name: meta
            .persona
            .as_deref()
            .and_then(|id| index.personas.iter().find(|p| p.id == id))
            .map_or_else(|| meta.name.clone(), |p| p.name.clone()),
        description: match (lang, &meta.description_en) {
            (Lang::En, Some(en)) => en.clone(),
            _ => meta.description.clone(),
        },
        from_scenario: true,
    });
    own.into_iter()
        .chain(index.personas.iter().map(|p| Choice {
            id: p.id.clone(),
            name: p.name.clone(),
            description: match lang {
                Lang::Da => p.description.clone(),
                Lang::En => p.description_en.clone(),
            },
            from_scenario: false,
        }))
        .collect()
}

/// Why a file was not loaded.
#[derive(Clone, Debug, PartialEq)]
pub enum Rejected {
    Invalid(Vec<Problem>),
    /// Valid, but larger than the tab's storage takes.
    TooBig,
    /// The checker's chunk could not be fetched (the file was not read).
    CheckerUnavailable,
}

impl From<leptos::wasm_split::SplitLoaderError> for Rejected {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Rejected {
        Rejected::CheckerUnavailable
    }
}

/// Checks a scenario file. In the release build this is the `scenario_check` chunk (the
/// validator, with every model's decoder and encoder for the exact check), fetched when a
/// facilitator first picks a file, not with the panel.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(scenario_check, fallible, wasm_split_path = ::leptos::wasm_split)
)]
fn check(text: String, builtin: Vec<String>) -> Result<Scenario, Rejected> {
    parse_scenario(&text, &builtin).map_err(Rejected::Invalid)
}

/// Validates `text` and, if it is a valid scenario, replaces the loaded one with it, moves the
/// clock to its date and tells the views. An invalid file changes nothing.
pub async fn load_scenario(
    text: String,
    builtin: Vec<String>,
    toolkit: Toolkit,
    clock: Clock,
) -> Result<ScenarioMeta, Rejected> {
    #[cfg(feature = "split")]
    let scenario = check(text, builtin).await?;
    #[cfg(not(feature = "split"))]
    let scenario = check(text, builtin)?;
    let previous = stored_scenario();
    remove_scenario();
    if !store(&scenario) {
        remove_scenario();
        if let Some(previous) = previous {
            store(&previous);
        }
        return Err(Rejected::TooBig);
    }
    if let Some(date) = scenario.meta.date.as_deref().and_then(Date::parse_day) {
        clock.set(date);
    }
    toolkit.changed();
    Ok(scenario.meta)
}

/// Removes the loaded scenario (and a task run of it).
pub fn remove_scenario() {
    forget_prefix(keys::SCENARIO_PREFIX);
}

/// Keeps `scenario` for the tab; whether all of it fitted.
fn store(scenario: &Scenario) -> bool {
    let Ok(meta) = serde_json::to_string(&scenario.meta) else {
        return false;
    };
    try_remember(keys::SCENARIO_META, &meta)
        && scenario
            .endpoints
            .iter()
            .all(|(path, body)| try_remember(&endpoint_key(path), body))
        && (scenario.meta.persona.as_ref()).is_none_or(|p| try_remember(keys::SCENARIO_PERSONA, p))
        // Last: the transport serves the scenario only once it is complete.
        && try_remember(keys::SCENARIO_ID, &scenario.meta.id)
}

/// The loaded scenario as stored, to put back if a new one does not fit.
fn stored_scenario() -> Option<Scenario> {
    let meta: ScenarioMeta = serde_json::from_str(&recall(keys::SCENARIO_META)?).ok()?;
    let endpoints = recall_prefix(&endpoint_key(""));
    Some(Scenario { meta, endpoints })
}

/// Logs in as `id`; the loaded scenario's persona brings its date. A task run whose tasks are
/// all done belongs to the person before: it is kept with the earlier participants' results.
pub fn log_in_as(settings: ApiSettings, clock: Clock, toolkit: Toolkit, id: &str) {
    if untrack(|| task_run(toolkit)).is_some_and(|run| run.current().is_none()) {
        keep_results(toolkit, clock);
    }
    let date = untrack(|| loaded_meta(toolkit))
        .filter(|meta| meta.id == id)
        .and_then(|meta| meta.date)
        .and_then(|date: String| Date::parse_day(&date));
    if let Some(date) = date {
        clock.set(date);
    }
    settings.log_in(id);
}

/// The task run under way, if any (tracks the toolkit's revision).
pub fn task_run(toolkit: Toolkit) -> Option<TaskRun> {
    toolkit.revision.track();
    serde_json::from_str(&recall(keys::TASKS)?).ok()
}

/// Keeps `run` for the tab and tells the views.
pub fn save_run(toolkit: Toolkit, run: &TaskRun) {
    if let Ok(text) = serde_json::to_string(run) {
        remember(keys::TASKS, &text);
    }
    toolkit.changed();
}

/// Ends task mode and forgets the run.
pub fn end_run(toolkit: Toolkit) {
    forget(keys::TASKS);
    toolkit.changed();
}

/// The persona ids a study's login page offers (empty: everyone, with the testers'
/// descriptions); tracks the toolkit's revision.
pub fn study_personas(toolkit: Toolkit) -> Vec<String> {
    toolkit.revision.track();
    recall(keys::STUDY_PERSONAS)
        .map(|ids| split_ids(&ids))
        .unwrap_or_default()
}

/// The ids of a comma-separated list, each a possible persona id.
pub fn split_ids(ids: &str) -> Vec<String> {
    ids.split(',')
        .map(str::trim)
        .filter(|id| crate::api::is_persona_id(id))
        .map(str::to_owned)
        .collect()
}

/// Sets the personas a study's login page offers.
pub fn set_study_personas(toolkit: Toolkit, ids: &[String]) {
    if ids.is_empty() {
        forget(keys::STUDY_PERSONAS);
    } else {
        remember(keys::STUDY_PERSONAS, &ids.join(","));
    }
    toolkit.changed();
}

/// The current participant's code (tracks the toolkit's revision).
pub fn participant(toolkit: Toolkit) -> Option<String> {
    toolkit.revision.track();
    recall(keys::PARTICIPANT).filter(|code| !code.trim().is_empty())
}

/// Sets the current participant's code (blank: none).
pub fn set_participant(toolkit: Toolkit, code: &str) {
    let code = participant_code(code);
    if code.is_empty() {
        forget(keys::PARTICIPANT);
    } else {
        remember(keys::PARTICIPANT, &code);
    }
    toolkit.changed();
}

/// A participant code as kept: trimmed, at most 20 characters, letters, digits, `-` and `_`
/// only — a code such as `D3`, with no room for a name.
pub fn participant_code(text: &str) -> String {
    text.trim()
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_'))
        .take(20)
        .collect()
}

/// The earlier participants' results kept in the tab, oldest first.
pub fn earlier_results(toolkit: Toolkit) -> Vec<StudyExport> {
    toolkit.revision.track();
    recall(keys::EARLIER_PARTICIPANTS)
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

/// Ends the task run, keeping its results (if any) with the earlier participants'.
pub fn keep_results(toolkit: Toolkit, clock: Clock) {
    if let Some(run) = untrack(|| task_run(toolkit)).filter(|run| !run.results.is_empty()) {
        let mut earlier = untrack(|| earlier_results(toolkit));
        let date = untrack(|| clock.today()).to_string();
        earlier.push(StudyExport::of(&run, Lang::Da, &date));
        if let Ok(text) = serde_json::to_string(&earlier) {
            remember(keys::EARLIER_PARTICIPANTS, &text);
        }
    }
    end_run(toolkit);
}

/// Now, for a task run: milliseconds since 1970 and ISO 8601 (UTC).
pub fn now() -> (f64, String) {
    let date = js_sys::Date::new_0();
    (date.get_time(), String::from(date.to_iso_string()))
}
