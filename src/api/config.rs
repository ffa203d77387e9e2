//! Where the API lives, whose data it serves, and how long to wait for it.

use super::source::Source;

/// The client's configuration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiConfig {
    /// Base URL without a trailing slash, e.g. `/api/v1/mock`.
    pub base_url: String,
    /// The persona id, e.g. `familie`.
    pub persona: String,
    /// How long to wait for an answer before giving up.
    pub timeout_ms: u32,
}

/// The default persona.
pub const DEFAULT_PERSONA: &str = "familie";

impl Default for ApiConfig {
    fn default() -> Self {
        ApiConfig {
            base_url: "/api/v1/mock".to_owned(),
            persona: DEFAULT_PERSONA.to_owned(),
            timeout_ms: 8_000,
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
    /// for the logged-in session a real backend would use.
    pub fn url(&self, endpoint: &Endpoint) -> String {
        let base = self.base_url.trim_end_matches('/');
        match endpoint {
            Endpoint::Personas => format!("{base}/personas.json"),
            _ => format!("{base}/{}/{}.json", self.persona, endpoint.path()),
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
