//! Where the API lives and whose data it serves.

/// The client's configuration: base URL and the persona whose mock data is read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiConfig {
    /// Base URL without a trailing slash, e.g. `/api/v1/mock`.
    pub base_url: String,
    /// The persona id, e.g. `familie`.
    pub persona: String,
}

impl Default for ApiConfig {
    fn default() -> Self {
        ApiConfig {
            base_url: "/api/v1/mock".to_owned(),
            persona: "familie".to_owned(),
        }
    }
}

/// An endpoint of the contract.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Endpoint {
    /// Who is logged in and whom they may act for (NemLog-in).
    Session,
}

impl Endpoint {
    /// The endpoint's path below the persona, without extension.
    fn path(&self) -> String {
        match self {
            Endpoint::Session => "session".to_owned(),
        }
    }
}

impl ApiConfig {
    /// The URL of `endpoint` for this persona. The mock serves static files, hence `.json`.
    pub fn url(&self, endpoint: &Endpoint) -> String {
        format!(
            "{}/{}/{}.json",
            self.base_url.trim_end_matches('/'),
            self.persona,
            endpoint.path()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_joins_base_persona_and_endpoint() {
        let config = ApiConfig {
            base_url: "/api/v1/mock/".into(),
            persona: "pensionist".into(),
        };
        assert_eq!(
            config.url(&Endpoint::Session),
            "/api/v1/mock/pensionist/session.json"
        );
    }
}
