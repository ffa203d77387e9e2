//! The access log's filtering (its filters in the address are in `query.rs`), and the reuse
//! flows (data item → authority) the map and its table draw: counted in a period, followed by
//! the choice, drawn as wide as their count, with where each item came from.

use std::collections::{BTreeMap, BTreeSet};

use super::query::{LogQuery, Period};
use crate::api::access_log::{AccessEntry, DataItem};
use crate::date::Date;
use crate::lists::compare_danish;

/// The entries that pass `query`, newest first.
pub fn filtered(entries: &[AccessEntry], query: &LogQuery, today: Date) -> Vec<AccessEntry> {
    let mut chosen: Vec<AccessEntry> = entries
        .iter()
        .filter(|e| query.admits(e, today))
        .cloned()
        .collect();
    chosen.sort_by(|a, b| {
        crate::date::instant_minutes(&b.time).cmp(&crate::date::instant_minutes(&a.time))
    });
    chosen
}

/// The authorities that looked up, as (CVR, name), by name.
pub fn authorities(entries: &[AccessEntry]) -> Vec<(String, String)> {
    let set: BTreeSet<(String, String)> = entries
        .iter()
        .map(|e| (e.authority.cvr.clone(), e.authority.name.clone()))
        .collect();
    let mut list: Vec<_> = set.into_iter().collect();
    list.sort_by(|a, b| compare_danish(&a.1, &b.1));
    list
}

/// The data items looked up, in the controlled list's order.
pub fn items(entries: &[AccessEntry]) -> Vec<DataItem> {
    let set: BTreeSet<DataItem> = entries.iter().map(|e| e.item).collect();
    set.into_iter().collect()
}

/// What the reuse map draws, counted once: each item and each authority with its totals, and
/// how often each authority retrieved each item (one flow per pair).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reuse {
    /// (item, times retrieved, authorities that retrieved it), in the controlled list's order.
    pub items: Vec<(DataItem, usize, usize)>,
    /// (CVR, name, times it looked up), by name.
    pub authorities: Vec<(String, String, usize)>,
    /// Times per (item, CVR).
    pub flows: BTreeMap<(DataItem, String), usize>,
}

/// Counts the reuse in `entries`.
pub fn reuse(entries: &[AccessEntry]) -> Reuse {
    let mut flows = BTreeMap::new();
    for entry in entries {
        *flows
            .entry((entry.item, entry.authority.cvr.clone()))
            .or_insert(0) += 1;
    }
    let total = |mine: &dyn Fn(&(DataItem, String)) -> bool| -> (usize, usize) {
        let matching = flows.iter().filter(|(pair, _)| mine(pair));
        (matching.clone().map(|(_, n)| n).sum(), matching.count())
    };
    let items = items(entries)
        .into_iter()
        .map(|item| {
            let (times, authorities) = total(&|(i, _)| *i == item);
            (item, times, authorities)
        })
        .collect();
    let authorities = authorities(entries)
        .into_iter()
        .map(|(cvr, name)| {
            let (times, _) = total(&|(_, c)| *c == cvr);
            (cvr, name, times)
        })
        .collect();
    Reuse {
        items,
        authorities,
        flows,
    }
}

impl Reuse {
    /// The most reused item: the one retrieved by the most authorities, then most often, as
    /// (item, authorities, times).
    pub fn most_reused(&self) -> Option<(DataItem, usize, usize)> {
        self.items
            .iter()
            .max_by_key(|(_, times, authorities)| (*authorities, *times))
            .map(|(item, times, authorities)| (*item, *authorities, *times))
    }

    /// The name of the authority with `cvr`.
    pub fn authority_name(&self, cvr: &str) -> &str {
        self.authorities
            .iter()
            .find(|(c, _, _)| c == cvr)
            .map_or("", |(_, name, _)| name.as_str())
    }

    /// Nothing was looked up.
    pub fn is_empty(&self) -> bool {
        self.flows.is_empty()
    }

    /// How often `item` was retrieved: by the authority with CVR `authority` only, if given.
    pub fn item_times(&self, item: DataItem, authority: Option<&str>) -> usize {
        self.flows
            .iter()
            .filter(|((i, cvr), _)| *i == item && authority.is_none_or(|a| a == cvr))
            .map(|(_, n)| n)
            .sum()
    }

    /// How often the authority with `cvr` looked up: `item` only, if given.
    pub fn authority_times(&self, cvr: &str, item: Option<DataItem>) -> usize {
        self.flows
            .iter()
            .filter(|((i, c), _)| c == cvr && item.is_none_or(|item| item == *i))
            .map(|(_, n)| n)
            .sum()
    }

    /// The largest flow: the one drawn widest.
    pub fn max_flow(&self) -> usize {
        self.flows.values().copied().max().unwrap_or(0)
    }

    /// What the headline says about the choice: the chosen item, authority or both; with
    /// nothing chosen, the most reused item. `None` when nothing was looked up at all.
    pub fn headline(&self, item: Option<DataItem>, authority: Option<&str>) -> Option<Headline> {
        if self.is_empty() {
            return None;
        }
        let name = |cvr: &str| self.authority_name(cvr).to_owned();
        let headline = match (item, authority) {
            (None, None) => {
                let (item, authorities, times) = self.most_reused()?;
                Headline::Item {
                    item,
                    times,
                    authorities,
                }
            }
            (Some(item), None) => Headline::Item {
                item,
                times: self.item_times(item, None),
                authorities: self.flows.keys().filter(|(i, _)| *i == item).count(),
            },
            (None, Some(cvr)) => Headline::Authority {
                name: name(cvr),
                items: self.flows.keys().filter(|(_, c)| c == cvr).count(),
                times: self.authority_times(cvr, None),
            },
            (Some(item), Some(cvr)) => Headline::Pair {
                item,
                name: name(cvr),
                times: self.item_times(item, Some(cvr)),
            },
        };
        Some(match headline {
            Headline::Item { times: 0, .. }
            | Headline::Authority { times: 0, .. }
            | Headline::Pair { times: 0, .. } => Headline::NoneChosen,
            other => other,
        })
    }
}

/// The reuse in `entries` in `period`, ending `today` (the scenario's day).
pub fn reuse_in(entries: &[AccessEntry], period: Period, today: Date) -> Reuse {
    let from = period.first_day(today);
    let chosen: Vec<AccessEntry> = entries
        .iter()
        .filter(|e| Date::parse_iso(&e.time).is_some_and(|day| day >= from && day <= today))
        .cloned()
        .collect();
    reuse(&chosen)
}

/// The map's headline, following the choice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Headline {
    /// An item: how often, by how many authorities.
    Item {
        item: DataItem,
        times: usize,
        authorities: usize,
    },
    /// An authority: how many items, how often.
    Authority {
        name: String,
        items: usize,
        times: usize,
    },
    /// One authority and one item.
    Pair {
        item: DataItem,
        name: String,
        times: usize,
    },
    /// Nothing of the choice was looked up in the period.
    NoneChosen,
}

/// A flow's stroke width: linear in its count, from 2 (nothing) to 24 (the largest flow).
pub fn stroke(count: usize, max: usize) -> f64 {
    if max == 0 {
        return 2.0;
    }
    2.0 + 22.0 * count as f64 / max as f64
}

/// The counts the legend shows a stroke for: 1, about half the largest and the largest.
pub fn legend_samples(max: usize) -> Vec<usize> {
    let mut samples = vec![1, max.div_ceil(2), max];
    samples.retain(|n| *n >= 1);
    samples.dedup();
    samples
}

/// The centre of a flow `width` wide where it meets a node centred at `centre`, after flows
/// `before` wide, of flows `total` wide in all: side by side and centred, squeezed together
/// (overlapping) when they would take more than `room`.
pub fn stacked(before: f64, width: f64, total: f64, centre: f64, room: f64) -> f64 {
    let scale = if total > room { room / total } else { 1.0 };
    centre + (before + width / 2.0 - total / 2.0) * scale
}

/// Where a data item came from: the one time the citizen gave it, or who registers it instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The citizen reported a move to CPR once (dated by CPR's moving-in date).
    Move,
    /// CPR registers it when it happens (marriage, birth).
    Event,
    /// Whoever pays the citizen reports it every month.
    Payer,
    /// The kommune registers it.
    Kommune,
    /// The authority's own case or the citizen's application.
    OwnCase,
}

impl Origin {
    /// The origin of `item`, from the controlled list's register.
    pub fn of(item: DataItem) -> Origin {
        match item {
            DataItem::Address => Origin::Move,
            DataItem::MaritalStatus | DataItem::Family => Origin::Event,
            DataItem::Income => Origin::Payer,
            DataItem::Housing => Origin::Kommune,
            _ => Origin::OwnCase,
        }
    }

    /// The day the citizen gave it, where a source says so: CPR's moving-in date
    /// (`tilflytningsdato`) for a move. `None` when no source dates it.
    pub fn date(self, moved_in: Option<&str>) -> Option<Date> {
        match self {
            Origin::Move => moved_in.and_then(Date::parse_iso),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::fixture;
    use crate::api::person::Person;

    fn log(persona: &str) -> Vec<AccessEntry> {
        fixture::<Vec<AccessEntry>>(persona, "adgangslog").data
    }

    const TODAY: Date = Date {
        year: 2026,
        month: 11,
        day: 24,
    };

    #[test]
    fn the_query_round_trips_through_the_address() {
        let query = LogQuery {
            authority: Some("29980004".into()),
            item: Some(DataItem::Income),
            period: Period::Months3,
            page: 2,
        };
        assert_eq!(
            query.href(),
            "/dine-data?myndighed=29980004&data=eindkomst.indkomst&periode=3-maaneder&side=2"
        );
        let params = [
            ("myndighed", "29980004"),
            ("data", "eindkomst.indkomst"),
            ("periode", "3-maaneder"),
            ("side", "2"),
        ];
        let get = |name: &str| {
            params
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        };
        assert_eq!(LogQuery::from_params(get), query);
        let junk = |name: &str| (name != "side").then(|| "../x".to_owned());
        assert_eq!(
            LogQuery::from_params(junk),
            LogQuery {
                page: 1,
                ..LogQuery::default()
            }
        );
        assert_eq!(LogQuery::default().href(), "/dine-data");
    }

    #[test]
    fn filters_combine_and_the_period_ends_today() {
        let entries = log("familie");
        let all = filtered(&entries, &LogQuery::default(), TODAY);
        assert_eq!(all.len(), entries.len());
        let udk_address = LogQuery {
            authority: Some("29980004".into()),
            item: Some(DataItem::Address),
            ..LogQuery::default()
        };
        let chosen = filtered(&entries, &udk_address, TODAY);
        assert!(!chosen.is_empty());
        assert!(chosen
            .iter()
            .all(|e| e.authority.cvr == "29980004" && e.item == DataItem::Address));
        let recent = LogQuery {
            period: Period::Days30,
            ..LogQuery::default()
        };
        let first = Period::Days30.first_day(TODAY);
        for entry in filtered(&entries, &recent, TODAY) {
            assert!(Date::parse_iso(&entry.time).unwrap() >= first);
        }
    }

    #[test]
    fn flows_count_every_item_authority_pair_and_the_address_is_reused_by_five() {
        let entries = log("familie");
        let reuse = reuse(&entries);
        assert_eq!(reuse.flows.values().sum::<usize>(), entries.len());
        let (item, authorities, times) = reuse.most_reused().unwrap();
        assert_eq!((item, authorities), (DataItem::Address, 5));
        assert_eq!(
            times,
            entries
                .iter()
                .filter(|e| e.item == DataItem::Address)
                .count()
        );
    }

    const PERSONAS: [&str; 6] = [
        "familie",
        "sygemeldt",
        "pensionist",
        "beskyttet",
        "tilflytter",
        "studerende",
    ];

    fn times(entries: &[AccessEntry], keep: impl Fn(&AccessEntry) -> bool) -> usize {
        entries.iter().filter(|e| keep(e)).count()
    }

    #[test]
    fn counts_follow_the_choice_of_item_or_authority() {
        let entries = log("sygemeldt");
        let reuse = reuse(&entries);
        let odense = reuse
            .authorities
            .iter()
            .find(|(_, name, _)| name == "Odense Kommune")
            .map(|(cvr, ..)| cvr.clone())
            .unwrap();
        let address = |e: &AccessEntry| e.item == DataItem::Address;
        let by_odense = |e: &AccessEntry| e.authority.cvr == odense;
        // The authority's total, and its count for the address only (what its node shows
        // while the address is chosen).
        assert_eq!(
            reuse.authority_times(&odense, None),
            times(&entries, by_odense)
        );
        let odense_address = times(&entries, |e| address(e) && by_odense(e));
        assert!(odense_address > 0 && odense_address < times(&entries, by_odense));
        assert_eq!(
            reuse.authority_times(&odense, Some(DataItem::Address)),
            odense_address
        );
        assert_eq!(
            reuse.item_times(DataItem::Address, Some(&odense)),
            odense_address
        );
        assert_eq!(
            reuse.item_times(DataItem::Address, None),
            times(&entries, address)
        );
        // Every item's counts for one authority add up to the authority's total.
        for (cvr, _, total) in &reuse.authorities {
            let sum: usize = reuse
                .items
                .iter()
                .map(|(item, ..)| reuse.item_times(*item, Some(cvr)))
                .sum();
            assert_eq!(sum, *total, "{cvr}");
        }
    }

    #[test]
    fn the_headline_follows_the_choice() {
        let entries = log("sygemeldt");
        let reuse = reuse(&entries);
        let (cvr, name, total) = reuse.authorities[0].clone();
        let items = times(&entries, |_| true);
        assert!(matches!(
            reuse.headline(None, None),
            Some(Headline::Item { .. })
        ));
        assert_eq!(
            reuse.headline(Some(DataItem::Address), None),
            Some(Headline::Item {
                item: DataItem::Address,
                times: reuse.item_times(DataItem::Address, None),
                authorities: reuse.items[0].2,
            })
        );
        let Some(Headline::Authority {
            name: named,
            items: kinds,
            times: all,
        }) = reuse.headline(None, Some(&cvr))
        else {
            panic!("an authority's headline")
        };
        assert_eq!((named.as_str(), all), (name.as_str(), total));
        assert!(kinds >= 1 && all <= items);
        assert_eq!(
            reuse.headline(Some(DataItem::Address), Some(&cvr)),
            Some(Headline::Pair {
                item: DataItem::Address,
                name: name.clone(),
                times: reuse.item_times(DataItem::Address, Some(&cvr)),
            })
        );
        // An item nobody looked up: the headline says so instead of "0 gange".
        assert_eq!(
            reuse.headline(Some(DataItem::StudentGrant), None),
            Some(Headline::NoneChosen)
        );
        assert_eq!(Reuse::default().headline(None, None), None);
    }

    #[test]
    fn the_period_counts_from_the_scenario_day_and_two_years_is_the_whole_log() {
        for persona in PERSONAS {
            let entries = log(persona);
            assert_eq!(
                reuse_in(&entries, Period::All, TODAY),
                reuse(&entries),
                "{persona}"
            );
            for period in Period::ALL {
                let first = period.first_day(TODAY);
                let inside = times(&entries, |e| {
                    Date::parse_iso(&e.time).is_some_and(|d| d >= first && d <= TODAY)
                });
                let counted = reuse_in(&entries, period, TODAY);
                assert_eq!(counted.flows.values().sum::<usize>(), inside, "{persona}");
                assert_eq!(
                    counted.flows.values().sum::<usize>(),
                    filtered(
                        &entries,
                        &LogQuery {
                            period,
                            ..LogQuery::default()
                        },
                        TODAY
                    )
                    .len(),
                    "the map and the log agree ({persona}, {period:?})"
                );
            }
        }
        // The scenario day moves the period with it: a year later the log is empty.
        let later = TODAY.add_days(800);
        assert!(reuse_in(&log("familie"), Period::All, later).is_empty());
    }

    #[test]
    fn flows_are_as_wide_as_their_count_and_the_legend_samples_the_range() {
        assert_eq!(stroke(37, 37), 24.0);
        assert_eq!(stroke(0, 37), 2.0);
        // Linear: equal steps in count are equal steps in width.
        let step = stroke(11, 37) - stroke(10, 37);
        assert!((stroke(21, 37) - stroke(20, 37) - step).abs() < 1e-9);
        assert!(stroke(11, 37) > 2.0 * stroke(2, 37));
        assert_eq!(legend_samples(37), vec![1, 19, 37]);
        assert_eq!(legend_samples(2), vec![1, 2]);
        assert_eq!(legend_samples(1), vec![1]);
        let max = reuse(&log("pensionist")).max_flow();
        assert!(max > 1);
    }

    #[test]
    fn flows_meet_a_node_side_by_side_and_squeeze_when_they_do_not_fit() {
        // Three flows 4, 10 and 6 wide side by side, centred on 100.
        let centres: Vec<f64> = [(0.0, 4.0), (4.0, 10.0), (14.0, 6.0)]
            .into_iter()
            .map(|(before, width)| stacked(before, width, 20.0, 100.0, 58.0))
            .collect();
        assert_eq!(centres, vec![92.0, 99.0, 107.0]);
        // Two 40 wide in 40: squeezed to half, overlapping.
        assert_eq!(stacked(0.0, 40.0, 80.0, 100.0, 40.0), 90.0);
        assert_eq!(stacked(40.0, 40.0, 80.0, 100.0, 40.0), 110.0);
    }

    #[test]
    fn the_address_was_given_once_on_cprs_moving_in_date_and_nothing_else_is_dated() {
        for persona in PERSONAS {
            let person = fixture::<Person>(persona, "person").data;
            let date = Origin::of(DataItem::Address).date(Some(&person.moved_in));
            assert_eq!(date, Date::parse_iso(&person.moved_in), "{persona}");
            assert!(date.is_some());
            for item in DataItem::ALL {
                if Origin::of(item) != Origin::Move {
                    assert_eq!(Origin::of(item).date(Some(&person.moved_in)), None);
                }
            }
        }
        assert_eq!(Origin::Move.date(None), None);
    }
}
