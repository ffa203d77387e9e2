//! The calendar's choices as they live in the address: the kind filter, the list's page, and
//! the month grid with its month (`/kalender?slags=afdrag&visning=maaned&maaned=2026-12`).
//! Parsing is forgiving: an unknown kind is no filter, a month that is not one is the current
//! month, a page that is not a number the first.

use crate::date::Date;
use crate::page::hrefs::{page_number, with_query, PAGE_PARAM};
use crate::page::routes::Page;
use crate::state::events::Kind;

/// The kind chosen, the list's page, whether the month grid shows, and which month it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CalendarQuery {
    pub kind: Option<Kind>,
    /// The list's page (1-based).
    pub page: usize,
    /// The month grid instead of the list of every month.
    pub grid: bool,
    /// The grid's month (its first day); `None` is the current month.
    pub month: Option<Date>,
}

impl Default for CalendarQuery {
    fn default() -> CalendarQuery {
        CalendarQuery {
            kind: None,
            page: 1,
            grid: false,
            month: None,
        }
    }
}

impl CalendarQuery {
    /// Reads the query from URL parameters (`get` returns a parameter's value).
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> CalendarQuery {
        let grid = get("visning").as_deref() == Some("maaned");
        CalendarQuery {
            kind: get("slags").as_deref().and_then(Kind::from_code),
            page: if grid {
                1
            } else {
                page_number(get(PAGE_PARAM))
            },
            grid,
            month: grid
                .then(|| get("maaned"))
                .flatten()
                .and_then(|m| Date::parse_day(&format!("{m}-01"))),
        }
    }

    /// The address of this query (only what is chosen).
    pub fn href(&self) -> String {
        let mut params: Vec<(&str, String)> = Vec::new();
        if let Some(kind) = self.kind {
            params.push(("slags", kind.code().to_owned()));
        }
        if self.page > 1 && !self.grid {
            params.push((PAGE_PARAM, self.page.to_string()));
        }
        if self.grid {
            params.push(("visning", "maaned".to_owned()));
            if let Some(month) = self.month {
                params.push(("maaned", format!("{:04}-{:02}", month.year, month.month)));
            }
        }
        with_query(Page::Calendar.path(), &params)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(pairs: &'static [(&'static str, &'static str)]) -> CalendarQuery {
        CalendarQuery::from_params(|name| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        })
    }

    #[test]
    fn the_choices_round_trip_through_the_address() {
        assert_eq!(CalendarQuery::default().href(), "/kalender");
        let kind = CalendarQuery {
            kind: Some(Kind::InspectionDue),
            ..CalendarQuery::default()
        };
        assert_eq!(kind.href(), "/kalender?slags=syn");
        assert_eq!(parse(&[("slags", "syn")]), kind);
        let grid = CalendarQuery {
            kind: Some(Kind::InspectionDue),
            grid: true,
            month: Date::new(2027, 3, 1),
            ..CalendarQuery::default()
        };
        assert_eq!(
            grid.href(),
            "/kalender?slags=syn&visning=maaned&maaned=2027-03"
        );
        assert_eq!(
            parse(&[
                ("slags", "syn"),
                ("visning", "maaned"),
                ("maaned", "2027-03")
            ]),
            grid
        );
    }

    #[test]
    fn the_list_has_pages_the_grid_has_months() {
        let second = CalendarQuery {
            page: 2,
            ..CalendarQuery::default()
        };
        assert_eq!(second.href(), "/kalender?side=2");
        assert_eq!(parse(&[("side", "2")]), second);
        assert_eq!(parse(&[("side", "x")]), CalendarQuery::default());
        // The grid pages by month, not by `side`.
        let grid = parse(&[("visning", "maaned"), ("side", "2")]);
        assert_eq!((grid.grid, grid.page), (true, 1));
    }

    #[test]
    fn what_is_not_understood_is_left_out() {
        assert_eq!(parse(&[("slags", "nope")]), CalendarQuery::default());
        let odd = parse(&[("visning", "maaned"), ("maaned", "2027-13")]);
        assert_eq!((odd.grid, odd.month), (true, None));
        // A month without the grid is no choice.
        assert_eq!(parse(&[("maaned", "2027-03")]), CalendarQuery::default());
    }
}
