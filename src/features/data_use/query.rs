//! The access log's filters and page as they live in the address (`/dine-data?myndighed=…`).

use crate::api::access_log::{AccessEntry, DataItem};
use crate::date::Date;
use crate::page::hrefs::{page_number, with_query, DATA_ITEM_PARAM, PAGE_PARAM};
use crate::page::live_search::SearchQuery;
use crate::page::routes::Page;

/// The log's period: up to today, back 30 days, 3 months, 12 months or the whole two years.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Period {
    Days30,
    Months3,
    Months12,
    #[default]
    All,
}

impl Period {
    /// Every period, shortest first.
    pub const ALL: [Period; 4] = [
        Period::Days30,
        Period::Months3,
        Period::Months12,
        Period::All,
    ];

    /// The period's value in the address.
    pub fn id(self) -> &'static str {
        match self {
            Period::Days30 => "30-dage",
            Period::Months3 => "3-maaneder",
            Period::Months12 => "12-maaneder",
            Period::All => "2-aar",
        }
    }

    /// The first day of the period ending `today`.
    pub fn first_day(self, today: Date) -> Date {
        today.add_days(match self {
            Period::Days30 => -29,
            Period::Months3 => -91,
            Period::Months12 => -364,
            Period::All => -729,
        })
    }
}

/// Everything chosen on the log: filters and page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LogQuery {
    /// CVR number of the authority that looked up.
    pub authority: Option<String>,
    pub item: Option<DataItem>,
    pub period: Period,
    /// 1-based page.
    pub page: usize,
}

/// The item's code on the wire, also its value in the address.
pub fn item_code(item: DataItem) -> String {
    serde_json::to_value(item)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The item of a code; unknown codes are `None`.
pub fn item_of(code: &str) -> Option<DataItem> {
    DataItem::ALL
        .into_iter()
        .find(|item| item_code(*item) == code)
}

impl LogQuery {
    /// Reads the query from URL parameters; malformed values fall back to the defaults.
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> LogQuery {
        LogQuery {
            authority: get("myndighed")
                .filter(|cvr| cvr.len() == 8 && cvr.chars().all(|c| c.is_ascii_digit())),
            item: get(DATA_ITEM_PARAM).and_then(|code| DataItem::from_code(&code)),
            period: get("periode")
                .and_then(|id| Period::ALL.into_iter().find(|p| p.id() == id))
                .unwrap_or_default(),
            page: page_number(get(PAGE_PARAM)),
        }
    }

    /// The Dine data address of this query (only what differs from the defaults).
    pub fn href(&self) -> String {
        with_query(Page::DataUse.path(), &self.params())
    }

    /// The filters and the page as address parameters.
    fn params(&self) -> Vec<(&'static str, String)> {
        let mut params = Vec::new();
        if let Some(cvr) = &self.authority {
            params.push(("myndighed", cvr.clone()));
        }
        if let Some(item) = self.item {
            params.push((DATA_ITEM_PARAM, item.code().to_owned()));
        }
        if self.period != Period::All {
            params.push(("periode", self.period.id().to_owned()));
        }
        if self.page > 1 {
            params.push((PAGE_PARAM, self.page.to_string()));
        }
        params
    }

    /// Whether anything is filtered.
    pub fn is_filtered(&self) -> bool {
        self.authority.is_some() || self.item.is_some() || self.period != Period::All
    }

    /// Whether `entry` passes the filters, `today` ending the period.
    pub fn admits(&self, entry: &AccessEntry, today: Date) -> bool {
        let from = self.period.first_day(today);
        self.authority
            .as_ref()
            .is_none_or(|cvr| &entry.authority.cvr == cvr)
            && self.item.is_none_or(|item| entry.item == item)
            && Date::parse_iso(&entry.time).is_some_and(|day| day >= from && day <= today)
    }
}

/// The log's query with the search typed over it (`soeg` in the address, beside the filters):
/// what the log shows, and the address it makes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchedLog {
    pub query: LogQuery,
    pub search: String,
}

impl SearchedLog {
    /// Reads the filters and the search (at most 200 characters) from URL parameters.
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> SearchedLog {
        SearchedLog {
            search: get("soeg").unwrap_or_default().chars().take(200).collect(),
            query: LogQuery::from_params(get),
        }
    }
}

impl SearchQuery for SearchedLog {
    fn search(&self) -> &str {
        &self.search
    }

    fn searching(self, search: String) -> SearchedLog {
        SearchedLog {
            query: LogQuery {
                page: 1,
                ..self.query
            },
            search,
        }
    }

    /// The log's address with the search (trimmed) beside the filters, if there is one.
    fn href(&self) -> String {
        let mut params = self.query.params();
        let search = self.search.trim();
        if !search.is_empty() {
            params.push(("soeg", search.to_owned()));
        }
        with_query(Page::DataUse.path(), &params)
    }
}
