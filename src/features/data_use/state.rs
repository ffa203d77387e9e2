//! The section's own state: consents the citizen has withdrawn in this session (a real backend
//! would record the withdrawal at Digitalt Samtykke; the prototype keeps the consent ids in
//! sessionStorage, so the consent list and the overview card agree for the rest of the session),
//! and the controlled list of legal bases the access log explains.

use leptos::prelude::*;

use crate::api::access_log::LegalBases;
use crate::api::consents::{Consent, ConsentStatus};
use crate::api::endpoints;
use crate::state::api_settings::use_api_settings;
use crate::state::session_marks::SessionMarks;

/// The controlled list of legal bases, once read (`None` also when it could not be read).
pub type LegalBasesResource = LocalResource<Option<LegalBases>>;

/// Reads the controlled list of legal bases the access log refers to.
pub fn legal_bases_resource() -> LegalBasesResource {
    let settings = use_api_settings();
    LocalResource::new(move || {
        let client = settings.own_client();
        async move { endpoints::fetch_legal_bases(&client).await.ok() }
    })
}

/// The session's withdrawals.
#[derive(Clone, Copy)]
pub struct Withdrawals {
    marks: SessionMarks,
}

impl Withdrawals {
    /// The consent's status, with this session's withdrawal applied (tracked).
    pub fn status(&self, consent: &Consent) -> ConsentStatus {
        match self.marks.get(&consent.id) {
            Some(true) => ConsentStatus::Withdrawn,
            _ => consent.status,
        }
    }

    /// Withdraws the consent with `id` for the rest of the session.
    pub fn withdraw(&self, id: &str) {
        self.marks.set(id, true);
    }

    /// How many of `consents` are active (tracked).
    pub fn active(&self, consents: &[Consent]) -> usize {
        consents
            .iter()
            .filter(|c| self.status(c) == ConsentStatus::Active)
            .count()
    }
}

/// Provides the withdrawals, starting from what this tab remembers.
pub fn provide_withdrawals() {
    provide_context(Withdrawals {
        marks: SessionMarks::new(crate::state::storage_keys::WITHDRAWN_CONSENTS),
    });
}

/// The withdrawals provided by [`provide_withdrawals`].
pub fn use_withdrawals() -> Withdrawals {
    expect_context::<Withdrawals>()
}
