//! The access log's filtering (its filters in the address are in `query.rs`), and the reuse
//! flows (data item → authority) the map and its table draw.

use std::collections::{BTreeMap, BTreeSet};

use super::query::LogQuery;
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::fixture;
    use crate::features::data_use::query::Period;

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
}
