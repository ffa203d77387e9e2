//! Acting on someone's behalf: a child in the citizen's custody or a person who gave the citizen
//! a power of attorney. The session (always the logged-in citizen's) says whom; the API settings
//! say whom the sources read for.

use super::api_settings::{use_api_settings, ApiSettings};
use super::sources::{use_sources, Sources};
use crate::api::{session::Represented, OnBehalf};
use leptos::prelude::*;

/// Whom the app acts for (read where the contexts are, use anywhere).
#[derive(Clone, Copy)]
pub struct Acting {
    settings: ApiSettings,
    sources: Sources,
}

impl Acting {
    /// The person the app shows data for, when not the logged-in citizen (tracked).
    pub fn who(&self) -> Option<Represented> {
        let id = self.settings.on_behalf_id()?;
        self.choices().into_iter().find(|r| r.id == id)
    }

    /// The people the citizen may act for (tracked; empty until the session has loaded).
    pub fn choices(&self) -> Vec<Represented> {
        self.sources.session.with(|loaded| match loaded {
            Some(Ok(session)) => session.data.can_act_for.clone(),
            _ => Vec::new(),
        })
    }

    /// Switches to `represented`'s data, or back to the citizen's own (`None`).
    pub fn switch(&self, represented: Option<&Represented>) {
        self.settings.set_on_behalf(represented.map(|r| OnBehalf {
            id: r.id.clone(),
            scope: r.scope.clone(),
        }));
    }
}

/// The acting context, from the API settings and sources of the current component.
pub fn use_acting() -> Acting {
    Acting {
        settings: use_api_settings(),
        sources: use_sources(),
    }
}
