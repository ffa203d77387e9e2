//! The letter list's search and page as they live in the address (`/digital-post?soeg=…&side=2`).
//! Parsing is forgiving: a malformed value falls back to the default.

use crate::page::hrefs::{page_number, with_query, PAGE_PARAM};
use crate::page::routes::Page;

/// The search and page chosen on the letter list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PostQuery {
    /// Free text over subject and sender.
    pub search: String,
    /// 1-based page.
    pub page: usize,
}

impl Default for PostQuery {
    fn default() -> Self {
        PostQuery {
            search: String::new(),
            page: 1,
        }
    }
}

impl PostQuery {
    /// Reads the query from URL parameters (`get` returns a parameter's value).
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> PostQuery {
        PostQuery {
            search: get("soeg").unwrap_or_default().chars().take(200).collect(),
            page: page_number(get(PAGE_PARAM)),
        }
    }

    /// The Digital Post address of this query (only what differs from the defaults).
    pub fn href(&self) -> String {
        let mut params = Vec::new();
        if !self.search.trim().is_empty() {
            params.push(("soeg", self.search.trim().to_owned()));
        }
        if self.page > 1 {
            params.push((PAGE_PARAM, self.page.to_string()));
        }
        with_query(Page::DigitalPost.path(), &params)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn parse(pairs: &[(&str, &str)]) -> PostQuery {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        PostQuery::from_params(|name| map.get(name).cloned())
    }

    #[test]
    fn the_query_round_trips_and_defaults_stay_out_of_the_address() {
        assert_eq!(PostQuery::default().href(), "/digital-post");
        let query = PostQuery {
            search: "skat".into(),
            page: 3,
        };
        assert_eq!(query.href(), "/digital-post?soeg=skat&side=3");
        assert_eq!(parse(&[("soeg", "skat"), ("side", "3")]), query);
    }

    #[test]
    fn malformed_pages_fall_back_to_the_first() {
        assert_eq!(parse(&[("side", "0")]).page, 1);
        assert_eq!(parse(&[("side", "-2")]).page, 1);
        assert_eq!(parse(&[("side", "x")]).page, 1);
        assert_eq!(parse(&[("soeg", &"x".repeat(500))]).search.len(), 200);
    }
}
