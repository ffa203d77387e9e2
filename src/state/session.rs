//! The API configuration context and the logged-in session.

use leptos::prelude::*;

use crate::api::{self, session::Session, ApiConfig, ApiError, Sourced};

/// The session resource: who is logged in.
#[derive(Clone, Copy)]
pub struct SessionState {
    config: RwSignal<ApiConfig>,
    session: LocalResource<Result<Sourced<Session>, ApiError>>,
}

impl SessionState {
    /// The logged-in citizen's name, once loaded (tracked).
    pub fn name(&self) -> Option<String> {
        self.session
            .get()
            .and_then(|result| result.ok())
            .map(|sourced| sourced.data.name)
    }

    /// The API configuration (tracked).
    pub fn config(&self) -> ApiConfig {
        self.config.get()
    }
}

/// Creates the API configuration and session contexts.
pub fn provide_session() -> SessionState {
    let config = RwSignal::new(ApiConfig::default());
    let session = LocalResource::new(move || {
        let config = config.get();
        async move { api::endpoints::fetch_session(&config).await }
    });
    let state = SessionState { config, session };
    provide_context(state);
    state
}

/// The session context provided by [`provide_session`].
pub fn use_session() -> SessionState {
    expect_context::<SessionState>()
}
