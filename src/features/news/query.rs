//! The filters of Nyt siden sidst as they live in the address (`/nyt?slags=brev&myndighed=…`).
//! Parsing is forgiving: an unknown kind is no filter.

use crate::page::{hrefs::with_query, routes::Page};
use crate::state::events::Kind;

/// The kind and authority chosen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NewsQuery {
    pub kind: Option<Kind>,
    pub authority: Option<String>,
}

/// A kind from its code (`brev`); `None` for anything else.
pub fn kind_of(code: &str) -> Option<Kind> {
    Kind::ALL.into_iter().find(|kind| kind.code() == code)
}

impl NewsQuery {
    /// Reads the query from URL parameters (`get` returns a parameter's value).
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> NewsQuery {
        NewsQuery {
            kind: get("slags").as_deref().and_then(kind_of),
            authority: get("myndighed")
                .map(|a| a.chars().take(200).collect::<String>())
                .filter(|a| !a.trim().is_empty()),
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
        };
        assert_eq!(query.href(), "/nyt?slags=opslag&myndighed=Aarhus%20Kommune");
        let parse = |slags: &str, myndighed: &str| {
            NewsQuery::from_params(|name| match name {
                "slags" => Some(slags.to_owned()),
                "myndighed" => Some(myndighed.to_owned()),
                _ => None,
            })
        };
        assert_eq!(parse("opslag", "Aarhus Kommune"), query);
        assert_eq!(parse("<script>", " "), NewsQuery::default());
    }
}
