//! The payout list's state as it lives in the URL: benefit, year and page.

use crate::page::hrefs::{page_number, PAGE_PARAM};

/// What the citizen chose on the payout list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EconomyQuery {
    /// The grant whose payouts to show, if filtered.
    pub benefit: Option<String>,
    pub year: Option<i32>,
    /// 1-based page number.
    pub page: usize,
}

impl Default for EconomyQuery {
    fn default() -> Self {
        EconomyQuery {
            benefit: None,
            year: None,
            page: 1,
        }
    }
}

impl EconomyQuery {
    /// Reads the query from URL parameters; malformed values fall back to the defaults.
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> EconomyQuery {
        EconomyQuery {
            benefit: get("ydelse").filter(|id| !id.is_empty()),
            year: get("aar").and_then(|y| y.parse().ok()),
            page: page_number(get(PAGE_PARAM)),
        }
    }

    /// The URL parameters that differ from the defaults.
    pub fn to_params(&self) -> Vec<(&'static str, String)> {
        let mut params = Vec::new();
        if let Some(benefit) = &self.benefit {
            params.push(("ydelse", benefit.clone()));
        }
        if let Some(year) = self.year {
            params.push(("aar", year.to_string()));
        }
        if self.page > 1 {
            params.push((PAGE_PARAM, self.page.to_string()));
        }
        params
    }

    /// The same filters on another page.
    pub fn on_page(&self, page: usize) -> EconomyQuery {
        EconomyQuery {
            page,
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_round_trips_and_forgives_bad_values() {
        let query = EconomyQuery {
            benefit: Some("abc".into()),
            year: Some(2025),
            page: 2,
        };
        let params = query.to_params();
        let back = EconomyQuery::from_params(|name| {
            params
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.clone())
        });
        assert_eq!(back, query);
        let bad = EconomyQuery::from_params(|name| match name {
            "aar" => Some("tjuefemten".into()),
            "side" => Some("0".into()),
            _ => None,
        });
        assert_eq!(bad, EconomyQuery::default());
        assert!(EconomyQuery::default().to_params().is_empty());
    }
}
