//! Derived case logic: tabs, expected decision dates, overdue, filtering, sorting and the
//! dashboard numbers. Pure functions, tested natively.

use std::cmp::Ordering;

use super::query::{CaseQuery, CaseTab, SortKey};
use crate::api::cases::{CaseSummary, ProgressCode};
use crate::date::{instant_minutes, Date};
use crate::lists::{collate, fold, matches, search_text, Direction};

/// Cases per page in the list.
pub const PAGE_SIZE: usize = 10;

/// Days a change counts as recent on the dashboard.
pub const RECENT_DAYS: i64 = 30;

/// Which tab a case belongs on.
pub fn tab_of(case: &CaseSummary) -> CaseTab {
    if case.progress.code == ProgressCode::Afsluttet {
        CaseTab::Closed
    } else {
        CaseTab::Active
    }
}

/// Whether the authority has yet to decide the case ([`CaseSummary::awaits_decision`]).
pub fn awaits_decision(case: &CaseSummary) -> bool {
    case.awaits_decision()
}

/// The expected decision date ([`CaseSummary::expected_decision`]).
pub fn expected_decision(case: &CaseSummary) -> Option<Date> {
    case.expected_decision()
}

/// Days past the expected decision date (`Some(n)` with n ≥ 1 when overdue on `today`).
pub fn days_overdue(case: &CaseSummary, today: Date) -> Option<i64> {
    let expected = expected_decision(case)?;
    let days = expected.days_until(today);
    (days > 0).then_some(days)
}

/// Whether a case changed within [`RECENT_DAYS`] before `today`.
pub fn recently_changed(case: &CaseSummary, today: Date) -> bool {
    Date::parse_iso(&case.last_changed).is_some_and(|changed| {
        let age = changed.days_until(today);
        (0..=RECENT_DAYS).contains(&age)
    })
}

/// What the list sorts and searches a case by, computed once when the cases load (never per
/// comparison or per keystroke): the tab, the folded search text over what the list shows, the
/// Danish collation keys of title and authority, and the dates as numbers.
#[derive(Clone, Debug, PartialEq)]
pub struct CaseKeys {
    tab: CaseTab,
    search: String,
    title: Vec<u32>,
    authority: Vec<u32>,
    last_changed: i64,
    expected: Option<Date>,
}

impl CaseKeys {
    /// The keys of one case.
    pub fn of(case: &CaseSummary) -> CaseKeys {
        CaseKeys {
            tab: tab_of(case),
            search: search_text([
                case.title.as_str(),
                case.case_number.as_str(),
                case.kle.number.as_str(),
                case.kle.title.as_str(),
                case.authority.name.as_str(),
                case.responsible_unit.as_str(),
                case.sub_status.as_deref().unwrap_or(""),
            ]),
            title: collate(&case.title),
            authority: collate(&case.authority.name),
            last_changed: instant_minutes(&case.last_changed),
            expected: expected_decision(case),
        }
    }
}

/// The keys of every case, in the cases' order.
pub fn case_keys(cases: &[CaseSummary]) -> Vec<CaseKeys> {
    cases.iter().map(CaseKeys::of).collect()
}

/// The positions of all cases in the order of `sort` and `direction`; ties by case number,
/// always the same way round. Run when the sort changes, not when the search does.
pub fn sorted(
    cases: &[CaseSummary],
    keys: &[CaseKeys],
    sort: SortKey,
    direction: Direction,
) -> Vec<usize> {
    let mut order: Vec<usize> = (0..cases.len().min(keys.len())).collect();
    order.sort_by(|&a, &b| {
        let order = compare(&cases[a], &keys[a], &cases[b], &keys[b], sort);
        direction
            .apply(order)
            .then_with(|| cases[a].case_number.cmp(&cases[b].case_number))
    });
    order
}

/// Of `order` (from [`sorted`]), the positions of the cases on `query`'s tab that pass its
/// filters and search, in the same order.
pub fn filter_order(
    cases: &[CaseSummary],
    keys: &[CaseKeys],
    order: &[usize],
    query: &CaseQuery,
) -> Vec<usize> {
    let needle = fold(&query.search);
    order
        .iter()
        .copied()
        .filter(|&i| {
            let (case, keys) = (&cases[i], &keys[i]);
            keys.tab == query.tab
                && query
                    .authority
                    .as_ref()
                    .is_none_or(|cvr| &case.authority.cvr == cvr)
                && query.status.is_none_or(|code| case.progress.code == code)
                && query
                    .subject
                    .as_ref()
                    .is_none_or(|kle| &case.kle.number == kle)
                && (!query.awaiting_citizen || case.awaiting_citizen)
                && matches(&keys.search, &needle)
        })
        .collect()
}

/// The cases of `query`'s tab that pass its filters and search, sorted (all steps at once).
pub fn select(cases: &[CaseSummary], query: &CaseQuery) -> Vec<CaseSummary> {
    let keys = case_keys(cases);
    let order = sorted(cases, &keys, query.sort, query.direction);
    filter_order(cases, &keys, &order, query)
        .into_iter()
        .map(|i| cases[i].clone())
        .collect()
}

fn compare(
    a: &CaseSummary,
    a_keys: &CaseKeys,
    b: &CaseSummary,
    b_keys: &CaseKeys,
    key: SortKey,
) -> Ordering {
    match key {
        SortKey::LastChanged => a_keys.last_changed.cmp(&b_keys.last_changed),
        SortKey::CaseNumber => a.case_number.cmp(&b.case_number),
        SortKey::Title => a_keys.title.cmp(&b_keys.title),
        SortKey::Authority => a_keys.authority.cmp(&b_keys.authority),
        // Cases without an expected date sort last in either direction's natural reading.
        SortKey::ExpectedDecision => match (a_keys.expected, b_keys.expected) {
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        },
        SortKey::Status => a.progress.code.cmp(&b.progress.code),
    }
}

/// The number of cases on each tab.
pub fn tab_counts(cases: &[CaseSummary]) -> (usize, usize) {
    let active = cases
        .iter()
        .filter(|c| tab_of(c) == CaseTab::Active)
        .count();
    (active, cases.len() - active)
}

/// Filter choices present on the tab: (value, label) pairs, sorted by label.
pub struct FilterOptions {
    pub authorities: Vec<(String, String)>,
    pub statuses: Vec<ProgressCode>,
    pub subjects: Vec<(String, String)>,
}

/// The filter options for `tab`.
pub fn filter_options(cases: &[CaseSummary], tab: CaseTab) -> FilterOptions {
    let on_tab: Vec<&CaseSummary> = cases.iter().filter(|c| tab_of(c) == tab).collect();
    let mut authorities: Vec<(String, String)> = on_tab
        .iter()
        .map(|c| (c.authority.cvr.clone(), c.authority.name.clone()))
        .collect();
    authorities.sort_by_cached_key(|(_, name)| collate(name));
    authorities.dedup();
    let mut statuses: Vec<ProgressCode> = on_tab.iter().map(|c| c.progress.code).collect();
    statuses.sort();
    statuses.dedup();
    let mut subjects: Vec<(String, String)> = on_tab
        .iter()
        .map(|c| {
            (
                c.kle.number.clone(),
                format!("{} {}", c.kle.number, c.kle.title),
            )
        })
        .collect();
    subjects.sort();
    subjects.dedup();
    FilterOptions {
        authorities,
        statuses,
        subjects,
    }
}

/// The numbers on the overview's case tile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CaseDashboard {
    pub open: usize,
    pub recently_changed: usize,
    pub awaiting_citizen: usize,
    pub overdue: usize,
}

/// Counts for the dashboard tile (open = not closed).
pub fn dashboard(cases: &[CaseSummary], today: Date) -> CaseDashboard {
    let open: Vec<&CaseSummary> = cases
        .iter()
        .filter(|c| tab_of(c) == CaseTab::Active)
        .collect();
    CaseDashboard {
        open: open.len(),
        recently_changed: cases.iter().filter(|c| recently_changed(c, today)).count(),
        awaiting_citizen: open.iter().filter(|c| c.awaiting_citizen).count(),
        overdue: open
            .iter()
            .filter(|c| days_overdue(c, today).is_some())
            .count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::cases::{Facet, Kle, ProcessingTime, Progress, Visibility};
    use crate::api::common::{Authority, AuthorityKind};

    fn case(
        number: &str,
        title: &str,
        code: ProgressCode,
        created: &str,
        changed: &str,
        weeks: Option<u16>,
    ) -> CaseSummary {
        CaseSummary {
            id: format!("00000000-0000-4000-8000-{:0>12}", number.replace('-', "")),
            case_number: number.into(),
            title: title.into(),
            kle: Kle {
                number: "15.17.06".into(),
                title: "Ophør af sygedagpenge".into(),
                action_facet: Facet {
                    code: "G01".into(),
                    title: "Generelle sager".into(),
                },
            },
            progress: Progress {
                code,
                since: changed.into(),
            },
            sub_status: None,
            authority: Authority {
                name: "Odense Kommune".into(),
                cvr: "35209003".into(),
                kind: AuthorityKind::Municipality,
            },
            responsible_unit: "Sygedagpengeteamet".into(),
            created: created.into(),
            last_changed: changed.into(),
            processing_time: weeks.map(|weeks| ProcessingTime {
                weeks,
                source: "Servicemål".into(),
            }),
            awaiting_citizen: false,
            awaited: None,
            visibility: Visibility::Citizen,
        }
    }

    fn date(text: &str) -> Date {
        Date::parse_iso(text).unwrap()
    }

    #[test]
    fn expected_decision_is_creation_plus_processing_time_until_decided() {
        let open = case(
            "1",
            "A",
            ProgressCode::Oplyst,
            "2026-09-02",
            "2026-11-18T10:05:00+01:00",
            Some(17),
        );
        assert_eq!(expected_decision(&open), Some(date("2026-12-30")));
        let decided = case(
            "2",
            "B",
            ProgressCode::Afgjort,
            "2026-09-02",
            "2026-10-06T14:00:00+02:00",
            Some(6),
        );
        assert_eq!(expected_decision(&decided), None);
        let unknown = case(
            "3",
            "C",
            ProgressCode::Opstaaet,
            "2026-09-02",
            "2026-09-02T10:00:00+02:00",
            None,
        );
        assert_eq!(expected_decision(&unknown), None);
    }

    #[test]
    fn overdue_counts_days_after_the_expected_date() {
        let open = case(
            "1",
            "A",
            ProgressCode::Opstaaet,
            "2026-07-28",
            "2026-07-28T11:00:00+02:00",
            Some(8),
        );
        assert_eq!(expected_decision(&open), Some(date("2026-09-22")));
        assert_eq!(days_overdue(&open, date("2026-09-22")), None);
        assert_eq!(days_overdue(&open, date("2026-09-23")), Some(1));
        assert_eq!(days_overdue(&open, date("2026-11-24")), Some(63));
        let decided = case(
            "2",
            "B",
            ProgressCode::Afgjort,
            "2020-01-01",
            "2020-02-01T10:00:00+01:00",
            Some(1),
        );
        assert_eq!(days_overdue(&decided, date("2026-11-24")), None);
    }

    #[test]
    fn tabs_filters_search_and_sorting() {
        let cases = vec![
            case(
                "B-2",
                "Opfølgning på din sygemelding",
                ProgressCode::Oplyst,
                "2026-08-04",
                "2026-11-20T09:44:00+01:00",
                Some(12),
            ),
            case(
                "A-1",
                "Ansøgning om revalidering",
                ProgressCode::Opstaaet,
                "2026-11-19",
                "2026-11-19T13:20:00+01:00",
                Some(8),
            ),
            case(
                "C-3",
                "Sygedagpenge 2024",
                ProgressCode::Afsluttet,
                "2024-02-05",
                "2024-06-28T08:00:00+02:00",
                Some(12),
            ),
            case(
                "D-4",
                "Ærgerlig sag",
                ProgressCode::Afgjort,
                "2026-01-01",
                "2026-11-20T08:44:00+00:00",
                None,
            ),
        ];
        assert_eq!(tab_counts(&cases), (3, 1));
        let numbers = |query: &CaseQuery| {
            select(&cases, query)
                .iter()
                .map(|c| c.case_number.clone())
                .collect::<Vec<_>>()
        };

        // Default: active tab, newest change first (09:44+01:00 is 08:44 UTC, equal to D-4; tie-break by number).
        assert_eq!(numbers(&CaseQuery::default()), ["B-2", "D-4", "A-1"]);
        assert_eq!(
            numbers(&CaseQuery::default().with_tab(CaseTab::Closed)),
            ["C-3"]
        );
        let by_title = CaseQuery::default().sorted_by(SortKey::Title);
        assert_eq!(numbers(&by_title), ["A-1", "B-2", "D-4"], "Æ sorts after O");
        assert_eq!(
            numbers(&by_title.sorted_by(SortKey::Title)),
            ["D-4", "B-2", "A-1"]
        );
        let by_expected = CaseQuery::default().sorted_by(SortKey::ExpectedDecision);
        assert_eq!(numbers(&by_expected), ["B-2", "A-1", "D-4"], "no date last");
        let by_status = CaseQuery::default().sorted_by(SortKey::Status);
        assert_eq!(numbers(&by_status), ["A-1", "B-2", "D-4"]);

        let search = CaseQuery {
            search: "  REVALIDERING ".into(),
            ..CaseQuery::default()
        };
        assert_eq!(numbers(&search), ["A-1"]);
        let status = CaseQuery {
            status: Some(ProgressCode::Oplyst),
            ..CaseQuery::default()
        };
        assert_eq!(numbers(&status), ["B-2"]);
        let other_authority = CaseQuery {
            authority: Some("55133018".into()),
            ..CaseQuery::default()
        };
        assert!(numbers(&other_authority).is_empty());
    }

    #[test]
    fn keys_are_computed_once_and_a_search_only_filters_the_sorted_positions() {
        let mut cases: Vec<CaseSummary> = (0..30)
            .map(|n| {
                case(
                    &format!("S-{n:02}"),
                    if n % 3 == 0 {
                        "Ærgerlig sag"
                    } else {
                        "Boligstøtte"
                    },
                    ProgressCode::Oplyst,
                    "2026-01-01",
                    &format!("2026-11-{:02}T08:00:00+01:00", n % 28 + 1),
                    Some(10),
                )
            })
            .collect();
        cases[4].authority.name = "Aabenraa Kommune".into();
        let keys = case_keys(&cases);
        assert_eq!(keys.len(), cases.len());
        let by_title = sorted(&cases, &keys, SortKey::Title, Direction::Ascending);
        let query = CaseQuery {
            search: "  ærgerlig  ".into(),
            ..CaseQuery::default().sorted_by(SortKey::Title)
        };
        let found = filter_order(&cases, &keys, &by_title, &query);
        assert_eq!(found.len(), 10);
        assert!(found.iter().all(|&i| cases[i].title == "Ærgerlig sag"));
        assert!(
            found
                .windows(2)
                .all(|w| cases[w[0]].case_number < cases[w[1]].case_number),
            "ties keep the case number order"
        );
        // The same as selecting in one go, and the Danish order puts Æ after B.
        let numbers: Vec<&str> = found
            .iter()
            .map(|&i| cases[i].case_number.as_str())
            .collect();
        let selected = select(&cases, &query);
        assert_eq!(
            selected
                .iter()
                .map(|c| c.case_number.as_str())
                .collect::<Vec<_>>(),
            numbers
        );
        assert_eq!(cases[by_title[0]].title, "Boligstøtte");
        let by_authority = sorted(&cases, &keys, SortKey::Authority, Direction::Ascending);
        assert_eq!(by_authority[0], 4);
        let paged = crate::lists::page_of(&found, 2, 4);
        assert_eq!((paged.page, paged.pages, paged.first), (2, 3, 5));
    }

    #[test]
    fn dashboard_counts_open_recent_waiting_and_overdue() {
        let mut waiting = case(
            "1",
            "A",
            ProgressCode::Oplyst,
            "2026-08-04",
            "2026-11-20T09:44:00+01:00",
            Some(12),
        );
        waiting.awaiting_citizen = true;
        let cases = vec![
            waiting,
            case(
                "2",
                "B",
                ProgressCode::Opstaaet,
                "2026-11-19",
                "2026-11-19T13:20:00+01:00",
                Some(8),
            ),
            case(
                "3",
                "C",
                ProgressCode::Afsluttet,
                "2024-02-05",
                "2024-06-28T08:00:00+02:00",
                Some(12),
            ),
        ];
        let numbers = dashboard(&cases, date("2026-11-24"));
        assert_eq!(
            numbers,
            CaseDashboard {
                open: 2,
                recently_changed: 2,
                awaiting_citizen: 1,
                overdue: 1
            }
        );
        let later = dashboard(&cases, date("2027-02-01"));
        assert_eq!((later.recently_changed, later.overdue), (0, 2));
    }

    #[test]
    fn filter_options_come_from_the_tab() {
        let cases = vec![
            case(
                "1",
                "A",
                ProgressCode::Oplyst,
                "2026-08-04",
                "2026-11-20T09:44:00+01:00",
                None,
            ),
            case(
                "2",
                "B",
                ProgressCode::Afsluttet,
                "2026-08-04",
                "2026-11-20T09:44:00+01:00",
                None,
            ),
        ];
        let options = filter_options(&cases, CaseTab::Active);
        assert_eq!(options.statuses, [ProgressCode::Oplyst]);
        assert_eq!(options.authorities.len(), 1);
        assert_eq!(
            options.subjects,
            [(
                "15.17.06".to_owned(),
                "15.17.06 Ophør af sygedagpenge".to_owned()
            )]
        );
    }
}
