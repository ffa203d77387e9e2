//! The API client as app state: whether someone is logged in and as whom (persona), the time
//! limit, and the transport seam through which the toolkit serves scenarios and simulates faults.
//! Changing any of them refetches every source.
//!
//! A tab is logged in once a persona is chosen on the simulated login page or given by a start
//! link (`?persona=pensionist&tidsgraense=5000`); the choice is kept for the browser tab while the
//! user navigates, and *Log af* ends it.

use std::rc::Rc;

use leptos::prelude::*;

use super::clock::Clock;
use super::start_link::param;
use super::tab_storage::{forget, recall, remember, tab_param};
use crate::api::{
    is_persona_id, is_uuid, scope::Scope, ApiConfig, Client, Http, OnBehalf, Transport,
    DEFAULT_PERSONA,
};

use crate::state::storage_keys as keys;

/// The API settings context.
#[derive(Clone, Copy)]
pub struct ApiSettings {
    config: RwSignal<ApiConfig>,
    /// The config for the logged-in citizen's own session: unchanged by acting for someone.
    own: Memo<ApiConfig>,
    transport: RwSignal<Option<Rc<dyn Transport>>, LocalStorage>,
    logged_in: RwSignal<bool>,
    clock: Clock,
}

impl ApiSettings {
    /// A client for the current settings (tracked, and so is the scenario's day: a new date reads
    /// every source again, so each page shows that day).
    pub fn client(&self) -> Client {
        self.clock.today();
        Client {
            config: self.config.get(),
            transport: self.transport.get().unwrap_or_else(|| Rc::new(Http)),
        }
    }

    /// A client for the logged-in citizen's own data, whoever the app acts for (tracked, like
    /// [`ApiSettings::client`]).
    pub fn own_client(&self) -> Client {
        self.clock.today();
        Client {
            config: self.own.get(),
            transport: self.transport.get().unwrap_or_else(|| Rc::new(Http)),
        }
    }

    /// The client that reads `source`: the logged-in citizen's own for a source that needs no
    /// scope (the session), else the current one (tracked, like [`ApiSettings::client`]).
    pub fn client_for(&self, source: crate::api::Source) -> Client {
        if source.scope().is_none() {
            self.own_client()
        } else {
            self.client()
        }
    }

    /// The client that reads `source` for whoever is logged in in this tab; `None` while nobody
    /// is (after *Log af* the client is the default person's, and nothing may be asked of it in
    /// the name of the person before). Tracked, like [`ApiSettings::client`].
    pub fn logged_in_client_for(&self, source: crate::api::Source) -> Option<Client> {
        self.is_logged_in().then(|| self.client_for(source))
    }

    /// The current persona id (tracked).
    pub fn persona(&self) -> String {
        self.config.with(|config| config.persona.clone())
    }

    /// Whether someone is logged in in this tab (tracked).
    pub fn is_logged_in(&self) -> bool {
        self.logged_in.get()
    }

    /// Logs in as `persona` (their own data, not acting for anyone); invalid ids are ignored.
    pub fn log_in(&self, persona: &str) {
        if is_persona_id(persona) {
            self.config.update(|config| {
                config.persona = persona.to_owned();
                config.on_behalf = None;
            });
            remember(keys::PERSONA, persona);
            forget(keys::ON_BEHALF);
            self.logged_in.set(true);
        }
    }

    /// Ends the session: nobody is logged in, and no source is read until someone is.
    pub fn log_out(&self) {
        self.logged_in.set(false);
        forget(keys::PERSONA);
        forget(keys::ON_BEHALF);
        self.config.update(|config| {
            config.persona = DEFAULT_PERSONA.to_owned();
            config.on_behalf = None;
        });
    }

    /// The id of the person the app acts for, if any (tracked).
    pub fn on_behalf_id(&self) -> Option<String> {
        self.config
            .with(|config| config.on_behalf.as_ref().map(|o| o.id.clone()))
    }

    /// Acts for someone (`None`: the citizen's own data again); every source refetches.
    pub fn set_on_behalf(&self, on_behalf: Option<OnBehalf>) {
        remember(
            keys::ON_BEHALF,
            &on_behalf.as_ref().map(encode).unwrap_or_default(),
        );
        self.config.update(|config| config.on_behalf = on_behalf);
    }

    /// Puts `transport` between the client and the network (`None`: plain HTTP).
    pub fn set_transport(&self, transport: Option<Rc<dyn Transport>>) {
        self.transport.set(transport);
    }
}

/// Creates the API settings from the address, or from earlier in this tab, or the defaults.
pub fn provide_api_settings(clock: Clock) -> ApiSettings {
    let mut config = ApiConfig::default();
    let persona = tab_param(param::PERSONA, keys::PERSONA).filter(|p| is_persona_id(p));
    let logged_in = persona.is_some();
    if let Some(persona) = persona {
        config.persona = persona;
    }
    if let Some(ms) = tab_param(param::REQUEST_TIMEOUT, keys::REQUEST_TIMEOUT)
        .and_then(|ms| ms.parse::<u32>().ok())
    {
        config.timeout_ms = ms.clamp(100, 120_000);
    }
    config.on_behalf = recall(keys::ON_BEHALF).and_then(|text| decode(&text));
    let config = RwSignal::new(config);
    let settings = ApiSettings {
        config,
        own: Memo::new(move |_| ApiConfig {
            on_behalf: None,
            ..config.get()
        }),
        transport: RwSignal::new_local(None),
        logged_in: RwSignal::new(logged_in),
        clock,
    };
    provide_context(settings);
    settings
}

fn encode(on_behalf: &OnBehalf) -> String {
    let scope: Vec<&str> = on_behalf.scope.iter().map(|s| s.code()).collect();
    format!("{}|{}", on_behalf.id, scope.join(","))
}

fn decode(text: &str) -> Option<OnBehalf> {
    let (id, scope) = text.split_once('|')?;
    is_uuid(id).then(|| OnBehalf {
        id: id.to_owned(),
        scope: scope.split(',').filter_map(Scope::from_code).collect(),
    })
}

/// The API settings context provided by [`provide_api_settings`].
pub fn use_api_settings() -> ApiSettings {
    expect_context::<ApiSettings>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acting_for_survives_the_round_trip_through_storage() {
        let on_behalf = OnBehalf {
            id: "564418f1-6508-534b-aa84-079d8b655c9b".into(),
            scope: vec![Scope::Cases, Scope::DataUse],
        };
        assert_eq!(decode(&encode(&on_behalf)), Some(on_behalf));
        assert_eq!(decode(""), None);
        assert_eq!(decode("../x|mit-overblik.sager"), None);
    }
}
