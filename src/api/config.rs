//! Where the API lives, whose data it serves, and how long to wait for it.

use super::scope::Scope;
use super::source::Source;

/// Acting on someone's behalf: the opaque id from the session's `kanHandleFor`, and what it covers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OnBehalf {
    pub id: String,
    pub scope: Vec<Scope>,
}

impl OnBehalf {
    /// Whether reading `source` on their behalf is covered (the session always is).
    pub fn covers(&self, source: Source) -> bool {
        Scope::of(source).is_none_or(|scope| self.scope.contains(&scope))
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

/// An endpoint of the contract.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Endpoint {
    /// The mock's persona index (not per persona).
    Personas,
    Session,
    Person,
    Housing,
    Cases,
    /// One case by its UUID.
    Case(String),
    Grants,
    Payouts,
    Tax,
    Debt,
    Vehicles,
    DigitalPost,
    AccessLog,
    Consents,
    PowersOfAttorney,
}

impl Endpoint {
    /// Every endpoint below a persona but a case's detail, in the contract's order.
    pub const PER_PERSONA: [Endpoint; 13] = [
        Endpoint::Session,
        Endpoint::Person,
        Endpoint::Housing,
        Endpoint::Cases,
        Endpoint::Grants,
        Endpoint::Payouts,
        Endpoint::Tax,
        Endpoint::Debt,
        Endpoint::Vehicles,
        Endpoint::DigitalPost,
        Endpoint::AccessLog,
        Endpoint::Consents,
        Endpoint::PowersOfAttorney,
    ];

    /// The endpoint at `path` below a persona (the inverse of [`Endpoint::path`]): one of
    /// [`Endpoint::PER_PERSONA`] or `sager/<uuid>`.
    pub fn from_path(path: &str) -> Option<Endpoint> {
        if let Some(id) = path.strip_prefix("sager/") {
            return is_case_id(id).then(|| Endpoint::Case(id.to_owned()));
        }
        Endpoint::PER_PERSONA
            .into_iter()
            .find(|endpoint| endpoint.path() == path)
    }

    /// The source the endpoint belongs to (for fault simulation); `None` for the persona index.
    pub fn source(&self) -> Option<Source> {
        Some(match self {
            Endpoint::Personas => return None,
            Endpoint::Session => Source::Session,
            Endpoint::Person => Source::Person,
            Endpoint::Housing => Source::Housing,
            Endpoint::Cases | Endpoint::Case(_) => Source::Cases,
            Endpoint::Grants | Endpoint::Payouts => Source::Benefits,
            Endpoint::Tax => Source::Tax,
            Endpoint::Debt => Source::Debt,
            Endpoint::Vehicles => Source::Vehicles,
            Endpoint::DigitalPost => Source::DigitalPost,
            Endpoint::AccessLog => Source::AccessLog,
            Endpoint::Consents => Source::Consents,
            Endpoint::PowersOfAttorney => Source::PowersOfAttorney,
        })
    }

    /// The endpoint's path below the persona, as the contract names it.
    pub fn path(&self) -> String {
        let fixed = match self {
            Endpoint::Personas => "personas",
            Endpoint::Session => "session",
            Endpoint::Person => "person",
            Endpoint::Housing => "bolig",
            Endpoint::Cases => "sager",
            Endpoint::Case(id) => return format!("sager/{id}"),
            Endpoint::Grants => "ydelser",
            Endpoint::Payouts => "udbetalinger",
            Endpoint::Tax => "skat",
            Endpoint::Debt => "gaeld",
            Endpoint::Vehicles => "koeretoejer",
            Endpoint::DigitalPost => "digital-post",
            Endpoint::AccessLog => "adgangslog",
            Endpoint::Consents => "samtykker",
            Endpoint::PowersOfAttorney => "fuldmagter",
        };
        fixed.to_owned()
    }
}

/// Whether `id` can be a case id: a UUID (hex digits and dashes), nothing that could leave the path.
pub fn is_case_id(id: &str) -> bool {
    id.len() == 36
        && id.chars().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_hexdigit(),
        })
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
    fn paths_read_back_as_their_endpoints() {
        for endpoint in Endpoint::PER_PERSONA {
            assert_eq!(Endpoint::from_path(&endpoint.path()), Some(endpoint));
        }
        let case = Endpoint::Case("6f1c2a9e-1d7b-4c55-9f4e-2b8d3a1c0e11".into());
        assert_eq!(Endpoint::from_path(&case.path()), Some(case));
        assert_eq!(Endpoint::from_path("sager/../session"), None);
        assert_eq!(Endpoint::from_path("personas"), None);
    }

    #[test]
    fn every_endpoint_but_the_index_has_a_source() {
        assert_eq!(Endpoint::Personas.source(), None);
        assert_eq!(Endpoint::Payouts.source(), Some(Source::Benefits));
    }

    #[test]
    fn case_ids_must_be_uuids() {
        assert!(is_case_id("6f1c2a9e-1d7b-4c55-9f4e-2b8d3a1c0e11"));
        assert!(!is_case_id("../../session"));
        assert!(!is_case_id("6f1c2a9e-1d7b-4c55-9f4e-2b8d3a1c0e1"));
        assert!(!is_case_id("6f1c2a9e-1d7b-4c55-9f4e-2b8d3a1c0e1g"));
    }

    #[test]
    fn persona_ids_are_plain_words() {
        assert!(is_persona_id("sygemeldt"));
        assert!(!is_persona_id("../x"));
        assert!(!is_persona_id(""));
        assert!(!is_persona_id("Familie"));
    }
}
