//! The API client as app state: whose data (persona), the time limit, and the transport seam
//! through which the toolkit can simulate faults. Changing any of them refetches every source.
//!
//! A UX researcher can start a session with `?persona=pensionist&tidsgraense=5000`; the choice
//! is kept for the browser tab while the user navigates.

use std::rc::Rc;

use leptos::prelude::*;

use super::tab_params::{remember, tab_param};
use crate::api::{is_persona_id, ApiConfig, Client, Http, Transport};

const PERSONA_KEY: &str = "mit-overblik.persona";
const TIMEOUT_KEY: &str = "mit-overblik.tidsgraense";

/// The API settings context.
#[derive(Clone, Copy)]
pub struct ApiSettings {
    config: RwSignal<ApiConfig>,
    transport: RwSignal<Option<Rc<dyn Transport>>, LocalStorage>,
}

impl ApiSettings {
    /// A client for the current settings (tracked).
    pub fn client(&self) -> Client {
        Client {
            config: self.config.get(),
            transport: self.transport.get().unwrap_or_else(|| Rc::new(Http)),
        }
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
            remember(PERSONA_KEY, persona);
        }
    }

    /// Puts `transport` between the client and the network (`None`: plain HTTP).
    pub fn set_transport(&self, transport: Option<Rc<dyn Transport>>) {
        self.transport.set(transport);
    }
}

/// Creates the API settings from the address, or from earlier in this tab, or the defaults.
pub fn provide_api_settings() -> ApiSettings {
    let mut config = ApiConfig::default();
    if let Some(persona) = tab_param("persona", PERSONA_KEY).filter(|p| is_persona_id(p)) {
        config.persona = persona;
    }
    if let Some(ms) = tab_param("tidsgraense", TIMEOUT_KEY).and_then(|ms| ms.parse::<u32>().ok()) {
        config.timeout_ms = ms.clamp(100, 120_000);
    }
    let settings = ApiSettings {
        config: RwSignal::new(config),
        transport: RwSignal::new_local(None),
    };
    provide_context(settings);
    settings
}

/// The API settings context provided by [`provide_api_settings`].
pub fn use_api_settings() -> ApiSettings {
    expect_context::<ApiSettings>()
}
