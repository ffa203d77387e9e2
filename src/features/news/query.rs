//! The filters and the page of Nyt siden sidst as they live in the address
//! (`/nyt?slags=brev&myndighed=…&side=2`). Parsing is forgiving: an unknown kind is no filter,
//! a page that is not a number is the first.

use crate::page::hrefs::{page_number, with_query, PAGE_PARAM};
use crate::page::routes::Page;
use crate::state::events::Kind;

/// The kind and authority chosen, and the page (1-based).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewsQuery {
    pub kind: Option<Kind>,
    pub authority: Option<String>,
    pub page: usize,
}

impl Default for NewsQuery {
    fn default() -> NewsQuery {
        NewsQuery {
            kind: None,
            authority: None,
            page: 1,
        }
    }
}

impl NewsQuery {
    /// Reads the query from URL parameters (`get` returns a parameter's value).
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> NewsQuery {
        NewsQuery {
            kind: get("slags").as_deref().and_then(Kind::from_code),
            authority: get("myndighed")
                .map(|a| a.chars().take(200).collect::<String>())
                .filter(|a| !a.trim().is_empty()),
            page: page_number(get(PAGE_PARAM)),
        }
    }

    /// The address of this query (only what is chosen).
    pub fn href(&self) -> String {
        let mut params = Vec::new();
        if let Some(kind) = self.kind {
            params.push(("slags", kind.code().to_owned()));
        }
        if let Some(authority) = &self.authority {
            params.push(("myndighed", authority.clone()));
        }
        if self.page > 1 {
            params.push((PAGE_PARAM, self.page.to_string()));
        }
        with_query(Page::News.path(), &params)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_round_trips_and_unknown_kinds_are_ignored() {
        assert_eq!(NewsQuery::default().href(), "/nyt");
        let query = NewsQuery {
            kind: Some(Kind::LookUp),
            authority: Some("Aarhus Kommune".into()),
            page: 1,
        };
        assert_eq!(query.href(), "/nyt?slags=opslag&myndighed=Aarhus%20Kommune");
        let second = NewsQuery {
            page: 2,
            ..query.clone()
        };
        assert_eq!(
            second.href(),
            "/nyt?slags=opslag&myndighed=Aarhus%20Kommune&side=2"
        );
        let parse = |slags: &str, myndighed: &str| {
            NewsQuery::from_params(|name| match name {
                "slags" => Some(slags.to_owned()),
                "myndighed" => Some(myndighed.to_owned()),
                "side" => Some("x".to_owned()),
                _ => None,
            })
        };
        assert_eq!(parse("opslag", "Aarhus Kommune"), query);
        assert_eq!(parse("<script>", " "), NewsQuery::default());
    }
}
