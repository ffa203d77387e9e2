//! The client's configuration: where the API lives, whose data it serves, how long to wait.

use super::scope::Scope;
use super::source_table::{Endpoint, Source};

/// Acting on someone's behalf: the opaque id from the session's `kanHandleFor`, and what it covers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OnBehalf {
    pub id: String,
    pub scope: Vec<Scope>,
}

impl OnBehalf {
    /// Whether reading `source` on their behalf is covered (the session always is).
    pub fn covers(&self, source: Source) -> bool {
        source
            .scope()
            .is_none_or(|scope| self.scope.contains(&scope))
    }
}

/// The client's configuration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiConfig {
    /// Base URL without a trailing slash, e.g. `/api/v1/mock`.
    pub base_url: String,
    /// The persona id, e.g. `familie`.
    pub persona: String,
    /// How long to wait for an answer before giving up.
    pub timeout_ms: u32,
    /// Whose data to read, when not the logged-in citizen's own.
    pub on_behalf: Option<OnBehalf>,
}

/// The controlled list of legal bases: reference data beside the contract, not per persona.
const LEGAL_BASES_URL: &str = "/api/hjemler.json";

/// The default persona.
pub const DEFAULT_PERSONA: &str = "familie";

impl Default for ApiConfig {
    fn default() -> Self {
        ApiConfig {
            base_url: "/api/v1/mock".to_owned(),
            persona: DEFAULT_PERSONA.to_owned(),
            timeout_ms: 8_000,
            on_behalf: None,
        }
    }
}

impl ApiConfig {
    /// The URL of `endpoint`. The mock serves static files, hence `.json`; the persona stands in
    /// for the logged-in session a real backend would use. Acting on someone's behalf puts
    /// `paa-vegne-af/{id}/` before every endpoint but the session, as the contract says.
    pub fn url(&self, endpoint: &Endpoint) -> String {
        let base = self.base_url.trim_end_matches('/');
        let persona = &self.persona;
        match (endpoint, &self.on_behalf) {
            (Endpoint::Personas, _) => format!("{base}/personas.json"),
            (Endpoint::LegalBases, _) => LEGAL_BASES_URL.to_owned(),
            (Endpoint::Session, _) | (_, None) => {
                format!("{base}/{persona}/{}.json", endpoint.path())
            }
            (_, Some(OnBehalf { id, .. })) => {
                format!(
                    "{base}/{persona}/paa-vegne-af/{id}/{}.json",
                    endpoint.path()
                )
            }
        }
    }
}

/// Whether `id` can be a persona id: lower-case letters, digits and dashes.
pub fn is_persona_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 40
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_joins_base_persona_and_endpoint() {
        let config = ApiConfig {
            base_url: "/api/v1/mock/".into(),
            persona: "pensionist".into(),
            ..ApiConfig::default()
        };
        assert_eq!(
            config.url(&Endpoint::Session),
            "/api/v1/mock/pensionist/session.json"
        );
        assert_eq!(
            config.url(&Endpoint::Case(
                "6f1c2a9e-1d7b-4c55-9f4e-2b8d3a1c0e11".into()
            )),
            "/api/v1/mock/pensionist/sager/6f1c2a9e-1d7b-4c55-9f4e-2b8d3a1c0e11.json"
        );
        assert_eq!(
            config.url(&Endpoint::Personas),
            "/api/v1/mock/personas.json"
        );
    }

    #[test]
    fn acting_on_behalf_prefixes_every_endpoint_but_the_session() {
        let config = ApiConfig {
            persona: "familie".into(),
            on_behalf: Some(OnBehalf {
                id: "564418f1-6508-534b-aa84-079d8b655c9b".into(),
                scope: vec![Scope::Cases],
            }),
            ..ApiConfig::default()
        };
        assert_eq!(
            config.url(&Endpoint::Cases),
            "/api/v1/mock/familie/paa-vegne-af/564418f1-6508-534b-aa84-079d8b655c9b/sager.json"
        );
        assert_eq!(
            config.url(&Endpoint::Session),
            "/api/v1/mock/familie/session.json"
        );
        let scope = config.on_behalf.unwrap();
        assert!(scope.covers(Source::Cases));
        assert!(scope.covers(Source::Session));
        assert!(!scope.covers(Source::Tax));
    }

    #[test]
    fn persona_ids_are_plain_words() {
        assert!(is_persona_id("sygemeldt"));
        assert!(!is_persona_id("../x"));
        assert!(!is_persona_id(""));
        assert!(!is_persona_id("Familie"));
    }
}
