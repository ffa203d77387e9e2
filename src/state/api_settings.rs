//! The API configuration as app state: persona and simulated faults, switchable at runtime.
//!
//! A UX researcher can start a session with
//! `?persona=pensionist&fejl=sager:500&forsinkelse=skat:3000&tidsgraense=5000`;
//! the choice is kept for the browser tab (sessionStorage) while the user navigates.

use leptos::prelude::*;

use crate::api::{is_persona_id, ApiConfig, FaultPlan, Faults, Source};

const PERSONA_KEY: &str = "mit-overblik.persona";
const FAULTS_KEY: &str = "mit-overblik.fejl";
const LATENCY_KEY: &str = "mit-overblik.forsinkelse";
const TIMEOUT_KEY: &str = "mit-overblik.tidsgraense";

/// The API settings context.
#[derive(Clone, Copy)]
pub struct ApiSettings {
    config: RwSignal<ApiConfig>,
}

impl ApiSettings {
    /// The current configuration (tracked).
    pub fn config(&self) -> ApiConfig {
        self.config.get()
    }

    /// The current persona id (tracked).
    pub fn persona(&self) -> String {
        self.config.with(|config| config.persona.clone())
    }

    /// Switches persona; invalid ids are ignored.
    pub fn set_persona(&self, persona: &str) {
        if is_persona_id(persona) {
            self.config
                .update(|config| config.persona = persona.to_owned());
            store(PERSONA_KEY, persona);
        }
    }

    /// Sets the simulated fault for one source.
    pub fn set_fault(&self, source: Source, plan: FaultPlan) {
        self.config.update(|config| config.faults.set(source, plan));
    }
}

/// Creates the API settings from the address, or from earlier in this tab, or the defaults.
pub fn provide_api_settings() -> ApiSettings {
    let query = query_params();
    let param = |name: &str, key: &str| {
        let value = query.get(name).cloned().or_else(|| stored(key));
        if let Some(value) = &value {
            store(key, value);
        }
        value.unwrap_or_default()
    };
    let mut config = ApiConfig::default();
    let persona = param("persona", PERSONA_KEY);
    if is_persona_id(&persona) {
        config.persona = persona;
    }
    config.faults = Faults::parse(
        &param("fejl", FAULTS_KEY),
        &param("forsinkelse", LATENCY_KEY),
    );
    if let Ok(ms) = param("tidsgraense", TIMEOUT_KEY).parse::<u32>() {
        config.timeout_ms = ms.clamp(100, 120_000);
    }
    let settings = ApiSettings {
        config: RwSignal::new(config),
    };
    provide_context(settings);
    settings
}

/// The API settings context provided by [`provide_api_settings`].
pub fn use_api_settings() -> ApiSettings {
    expect_context::<ApiSettings>()
}

fn query_params() -> std::collections::HashMap<String, String> {
    let search = window().location().search().unwrap_or_default();
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()
        .map(|params| {
            ["persona", "fejl", "forsinkelse", "tidsgraense"]
                .into_iter()
                .filter_map(|name| params.get(name).map(|value| (name.to_owned(), value)))
                .collect()
        })
        .unwrap_or_default()
}

fn session_storage() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}

fn stored(key: &str) -> Option<String> {
    session_storage()?.get_item(key).ok().flatten()
}

fn store(key: &str, value: &str) {
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(key, value);
    }
}
