//! The search as it lives in the address (`/soeg?q=…`).

use crate::page::{hrefs::with_query, live_search::SearchQuery, routes::Page};

/// What is searched for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchPageQuery {
    pub q: String,
}

impl SearchPageQuery {
    /// Reads the query from URL parameters (`get` returns a parameter's value).
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> SearchPageQuery {
        SearchPageQuery {
            q: get("q").unwrap_or_default().chars().take(200).collect(),
        }
    }
}

impl SearchQuery for SearchPageQuery {
    fn search(&self) -> &str {
        &self.q
    }

    fn searching(self, q: String) -> SearchPageQuery {
        SearchPageQuery { q }
    }

    fn href(&self) -> String {
        let q = self.q.trim();
        let params: Vec<(&str, String)> = (!q.is_empty())
            .then(|| ("q", q.to_owned()))
            .into_iter()
            .collect();
        with_query(Page::Search.path(), &params)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_round_trips_through_the_address() {
        assert_eq!(SearchPageQuery::default().href(), "/soeg");
        let query = SearchPageQuery {
            q: "børn & unge".into(),
        };
        assert_eq!(query.href(), "/soeg?q=b%C3%B8rn%20%26%20unge");
        let parsed =
            SearchPageQuery::from_params(|name| (name == "q").then(|| "børn & unge".to_owned()));
        assert_eq!(parsed, query);
        let long = SearchPageQuery::from_params(|_| Some("x".repeat(500)));
        assert_eq!(long.q.len(), 200);
    }
}
