//! The case list's state as it lives in the URL: tab, filters, search, sort and page.
//! Parsing is forgiving: unknown or malformed values fall back to the defaults.

use crate::api::cases::ProgressCode;
use crate::lists::Direction;
use crate::page::hrefs::{page_number, PAGE_PARAM};

/// The two tabs of the case list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CaseTab {
    /// Cases not yet closed (`Opstaaet`, `Oplyst`, `Afgjort`).
    #[default]
    Active,
    /// Closed cases (`Afsluttet`).
    Closed,
}

/// The column the list is sorted by; one sort is always active.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortKey {
    #[default]
    LastChanged,
    CaseNumber,
    Title,
    Authority,
    ExpectedDecision,
    Status,
}

impl SortKey {
    /// Every sort key, in column order.
    pub const ALL: [SortKey; 6] = [
        SortKey::CaseNumber,
        SortKey::Title,
        SortKey::Authority,
        SortKey::LastChanged,
        SortKey::ExpectedDecision,
        SortKey::Status,
    ];

    fn id(self) -> &'static str {
        match self {
            SortKey::LastChanged => "sidst-aendret",
            SortKey::CaseNumber => "sagsnummer",
            SortKey::Title => "titel",
            SortKey::Authority => "myndighed",
            SortKey::ExpectedDecision => "forventet",
            SortKey::Status => "status",
        }
    }

    /// A stable name for the column's header (`data-sort`).
    pub fn name(self) -> &'static str {
        match self {
            SortKey::LastChanged => "LastChanged",
            SortKey::CaseNumber => "CaseNumber",
            SortKey::Title => "Title",
            SortKey::Authority => "Authority",
            SortKey::ExpectedDecision => "ExpectedDecision",
            SortKey::Status => "Status",
        }
    }

    /// The direction a column sorts in when first chosen: newest first for dates.
    pub fn natural_direction(self) -> Direction {
        match self {
            SortKey::LastChanged => Direction::Descending,
            _ => Direction::Ascending,
        }
    }
}

/// Everything the user chose on the case list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseQuery {
    pub tab: CaseTab,
    /// CVR of the authority to show, if filtered.
    pub authority: Option<String>,
    pub status: Option<ProgressCode>,
    /// KLE number of the subject to show, if filtered.
    pub subject: Option<String>,
    /// Only cases that wait for the citizen.
    pub awaiting_citizen: bool,
    pub search: String,
    pub sort: SortKey,
    pub direction: Direction,
    /// 1-based page number.
    pub page: usize,
}

impl Default for CaseQuery {
    fn default() -> Self {
        CaseQuery {
            tab: CaseTab::Active,
            authority: None,
            status: None,
            subject: None,
            awaiting_citizen: false,
            search: String::new(),
            sort: SortKey::LastChanged,
            direction: Direction::Descending,
            page: 1,
        }
    }
}

fn status_id(code: ProgressCode) -> &'static str {
    match code {
        ProgressCode::Opstaaet => "opstaaet",
        ProgressCode::Oplyst => "oplyst",
        ProgressCode::Afgjort => "afgjort",
        ProgressCode::Afsluttet => "afsluttet",
        ProgressCode::Ukendt => "ukendt",
    }
}

impl CaseQuery {
    /// Reads the query from URL parameters (`get` returns a parameter's value).
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> CaseQuery {
        let defaults = CaseQuery::default();
        let non_empty = |name: &str| {
            get(name)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let sort = non_empty("sorter")
            .and_then(|id| {
                SortKey::ALL
                    .into_iter()
                    .chain([SortKey::LastChanged])
                    .find(|k| k.id() == id)
            })
            .unwrap_or(defaults.sort);
        let direction = match non_empty("retning").as_deref() {
            Some("stigende") => Direction::Ascending,
            Some("faldende") => Direction::Descending,
            _ => sort.natural_direction(),
        };
        CaseQuery {
            tab: match non_empty("fane").as_deref() {
                Some("afsluttede") => CaseTab::Closed,
                _ => CaseTab::Active,
            },
            authority: non_empty("myndighed")
                .filter(|cvr| cvr.len() == 8 && cvr.chars().all(|c| c.is_ascii_digit())),
            status: non_empty("status").and_then(|id| {
                ProgressCode::ALL
                    .into_iter()
                    .find(|code| status_id(*code) == id)
            }),
            subject: non_empty("emne"),
            awaiting_citizen: non_empty("venter").as_deref() == Some("ja"),
            search: get("soeg").unwrap_or_default().chars().take(200).collect(),
            sort,
            direction,
            page: page_number(non_empty(PAGE_PARAM)),
        }
    }

    /// The query as URL parameters; defaults are left out so plain links stay plain.
    pub fn to_params(&self) -> Vec<(&'static str, String)> {
        let mut params = Vec::new();
        if self.tab == CaseTab::Closed {
            params.push(("fane", "afsluttede".to_owned()));
        }
        if let Some(cvr) = &self.authority {
            params.push(("myndighed", cvr.clone()));
        }
        if let Some(code) = self.status {
            params.push(("status", status_id(code).to_owned()));
        }
        if let Some(subject) = &self.subject {
            params.push(("emne", subject.clone()));
        }
        if self.awaiting_citizen {
            params.push(("venter", "ja".to_owned()));
        }
        if !self.search.trim().is_empty() {
            params.push(("soeg", self.search.trim().to_owned()));
        }
        if self.sort != SortKey::LastChanged || self.direction != self.sort.natural_direction() {
            params.push(("sorter", self.sort.id().to_owned()));
            params.push((
                "retning",
                match self.direction {
                    Direction::Ascending => "stigende",
                    Direction::Descending => "faldende",
                }
                .to_owned(),
            ));
        }
        if self.page > 1 {
            params.push((PAGE_PARAM, self.page.to_string()));
        }
        params
    }

    /// The same query on another tab, with the tab-specific filters and page reset.
    pub fn with_tab(&self, tab: CaseTab) -> CaseQuery {
        CaseQuery {
            tab,
            status: None,
            page: 1,
            ..self.clone()
        }
    }

    /// The same query sorted by `key`: the same key flips direction, a new key starts natural.
    pub fn sorted_by(&self, key: SortKey) -> CaseQuery {
        let direction = if self.sort == key {
            self.direction.flipped()
        } else {
            key.natural_direction()
        };
        CaseQuery {
            sort: key,
            direction,
            page: 1,
            ..self.clone()
        }
    }

    /// Whether any filter or search narrows the tab.
    pub fn is_filtered(&self) -> bool {
        self.authority.is_some()
            || self.status.is_some()
            || self.subject.is_some()
            || self.awaiting_citizen
            || !self.search.trim().is_empty()
    }

    /// The query with filters and search cleared (tab and sort kept).
    pub fn cleared(&self) -> CaseQuery {
        CaseQuery {
            tab: self.tab,
            sort: self.sort,
            direction: self.direction,
            ..CaseQuery::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn parse(pairs: &[(&str, &str)]) -> CaseQuery {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        CaseQuery::from_params(|name| map.get(name).cloned())
    }

    #[test]
    fn empty_url_is_the_default_active_tab_newest_first() {
        let query = parse(&[]);
        assert_eq!(query, CaseQuery::default());
        assert!(query.to_params().is_empty());
    }

    #[test]
    fn params_round_trip() {
        let query = CaseQuery {
            tab: CaseTab::Closed,
            authority: Some("55133018".into()),
            status: Some(ProgressCode::Afsluttet),
            subject: Some("28.77.20".into()),
            awaiting_citizen: true,
            search: "børnehave".into(),
            sort: SortKey::Title,
            direction: Direction::Descending,
            page: 3,
        };
        let map: HashMap<String, String> = query
            .to_params()
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
        assert_eq!(CaseQuery::from_params(|name| map.get(name).cloned()), query);
    }

    #[test]
    fn malformed_values_fall_back_to_defaults() {
        let query = parse(&[
            ("fane", "xyz"),
            ("myndighed", "12ab"),
            ("status", "Ukendt"),
            ("side", "-4"),
            ("sorter", "hack"),
            ("retning", "op"),
        ]);
        assert_eq!(query, CaseQuery::default());
        assert_eq!(parse(&[("side", "0")]).page, 1);
        assert_eq!(parse(&[("soeg", &"x".repeat(500))]).search.len(), 200);
    }

    #[test]
    fn sorting_the_same_column_flips_and_a_new_column_starts_naturally() {
        let query = CaseQuery {
            page: 4,
            ..CaseQuery::default()
        };
        let by_title = query.sorted_by(SortKey::Title);
        assert_eq!(
            (by_title.sort, by_title.direction, by_title.page),
            (SortKey::Title, Direction::Ascending, 1)
        );
        assert_eq!(
            by_title.sorted_by(SortKey::Title).direction,
            Direction::Descending
        );
        assert_eq!(
            query.sorted_by(SortKey::LastChanged).direction,
            Direction::Ascending
        );
    }

    #[test]
    fn changing_tab_drops_the_status_filter_and_page_but_keeps_the_rest() {
        let query = CaseQuery {
            status: Some(ProgressCode::Oplyst),
            search: "sag".into(),
            page: 2,
            ..CaseQuery::default()
        };
        let closed = query.with_tab(CaseTab::Closed);
        assert_eq!(
            (closed.status, closed.page, closed.search.as_str()),
            (None, 1, "sag")
        );
        assert!(query.is_filtered());
        assert!(!query.cleared().is_filtered());
    }
}
