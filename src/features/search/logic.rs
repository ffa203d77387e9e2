//! The search without the browser: every searchable item as an [`Entry`] with its folded key
//! (computed once when the data loads), and a query matched against the keys, grouped.

use crate::api::access_log::{AccessEntry, DataItem};
use crate::api::benefits::{Grant, Payout};
use crate::api::cases::CaseSummary;
use crate::api::digital_post::MessageHeader;
use crate::api::vehicles::Vehicle;
use crate::date::Date;
use crate::format::{capitalised, kroner, long_date_iso, month_name};
use crate::i18n::{Counted, Lang, Text};
use crate::page::hrefs::{case_href, data_item_href, with_query};
use crate::page::routes::Page;
use crate::state::events::texts::item_text;

use super::texts::SearchCount;

/// Where a result belongs, in the order the groups are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Group {
    Pages,
    Cases,
    Letters,
    Payouts,
    DataItems,
    LookUps,
    Vehicles,
}

impl Group {
    pub const ALL: [Group; 7] = [
        Group::Pages,
        Group::Cases,
        Group::Letters,
        Group::Payouts,
        Group::DataItems,
        Group::LookUps,
        Group::Vehicles,
    ];

    /// A stable name (tests, ids).
    pub fn id(self) -> &'static str {
        match self {
            Group::Pages => "sider",
            Group::Cases => "sager",
            Group::Letters => "breve",
            Group::Payouts => "udbetalinger",
            Group::DataItems => "oplysninger",
            Group::LookUps => "opslag",
            Group::Vehicles => "koeretoejer",
        }
    }
}

/// One searchable item: what the result says and where it leads.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub group: Group,
    pub title: String,
    pub detail: String,
    pub href: String,
    /// Title and detail folded ([`fold_da`]).
    key: String,
}

impl Entry {
    fn new(group: Group, title: String, detail: String, href: String, extra: &str) -> Entry {
        let key = fold_da(&format!("{title}\n{detail}\n{extra}"));
        Entry {
            group,
            title,
            detail,
            href,
            key,
        }
    }
}

/// Text folded for a search that forgives Danish spelling: lower case, æ/ä as "ae", ø/ö as "oe",
/// å as "aa", é as "e", white space as one space. "Aarhus" finds "Århus", "soeg" finds "søg".
pub fn fold_da(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_whitespace() && c != '\n' {
            space = true;
            continue;
        }
        if space && !out.is_empty() && !out.ends_with('\n') {
            out.push(' ');
        }
        space = false;
        match c {
            'æ' | 'ä' => out.push_str("ae"),
            'ø' | 'ö' => out.push_str("oe"),
            'å' => out.push_str("aa"),
            'é' | 'è' => out.push('e'),
            'ü' => out.push_str("ue"),
            c => out.push(c),
        }
    }
    out
}

/// What the search reads, each source where it has answered.
#[derive(Clone, Copy, Default)]
pub struct Searchable<'a> {
    pub cases: Option<&'a [CaseSummary]>,
    pub letters: Option<&'a [MessageHeader]>,
    pub grants: Option<&'a [Grant]>,
    pub payouts: Option<&'a [Payout]>,
    pub access_log: Option<&'a [AccessEntry]>,
    pub vehicles: Option<&'a [Vehicle]>,
}

/// Every searchable item of `data`, in `lang`.
pub fn entries(data: &Searchable, lang: Lang) -> Vec<Entry> {
    let mut out: Vec<Entry> = Page::SECTIONS
        .iter()
        .map(|&page| {
            let other = page.title(lang.pick(Lang::En, Lang::Da));
            Entry::new(
                Group::Pages,
                page.title(lang).to_owned(),
                String::new(),
                page.path().to_owned(),
                other,
            )
        })
        .collect();
    for case in data.cases.unwrap_or_default() {
        out.push(Entry::new(
            Group::Cases,
            case.title.clone(),
            format!("{} · {}", case.case_number, case.authority.name),
            case_href(&case.id),
            &case.kle.title,
        ));
    }
    for letter in data.letters.unwrap_or_default() {
        out.push(Entry::new(
            Group::Letters,
            letter.subject.clone(),
            format!(
                "{} · {}",
                letter.sender.name,
                long_date_iso(&letter.received, lang)
            ),
            with_query(
                Page::DigitalPost.path(),
                &[("soeg", letter.subject.clone())],
            ),
            "",
        ));
    }
    let grants = data.grants.unwrap_or_default();
    for payout in data.payouts.unwrap_or_default() {
        let benefit = grants
            .iter()
            .find(|g| g.id == payout.grant_id)
            .map_or("", |g| g.benefit_name.as_str());
        let month = Date::parse_iso(&payout.payout_date)
            .map(|d| format!("{} {}", month_name(d.month, lang), d.year))
            .unwrap_or_default();
        out.push(Entry::new(
            Group::Payouts,
            format!("{benefit}, {month}"),
            format!(
                "{} · {}",
                kroner(payout.paid, lang),
                long_date_iso(&payout.payout_date, lang)
            ),
            Page::Economy.path().to_owned(),
            "",
        ));
    }
    for entry in data.access_log.unwrap_or_default() {
        out.push(Entry::new(
            Group::LookUps,
            format!(
                "{}: {}",
                entry.authority.name,
                item_text(entry.item).text(lang)
            ),
            format!("{} · {}", entry.purpose, long_date_iso(&entry.time, lang)),
            Page::DataUse.path().to_owned(),
            &entry.system,
        ));
    }
    // The kinds of data authorities have looked up about the citizen, each once, leading to
    // those look-ups.
    let log = data.access_log.unwrap_or_default();
    for item in DataItem::ALL {
        let looked_up = log.iter().filter(|e| e.item == item).count();
        if looked_up == 0 {
            continue;
        }
        let text = item_text(item);
        let other = text.text(lang.pick(Lang::En, Lang::Da));
        out.push(Entry::new(
            Group::DataItems,
            capitalised(text.text(lang)),
            format!(
                "{} · {}",
                item.register(),
                SearchCount::LookUps.count(lang, looked_up)
            ),
            data_item_href(item),
            other,
        ));
    }
    for vehicle in data.vehicles.unwrap_or_default() {
        out.push(Entry::new(
            Group::Vehicles,
            format!("{} {}", vehicle.make, vehicle.model),
            vehicle.registration.clone(),
            Page::MyData.path().to_owned(),
            "",
        ));
    }
    out
}

/// One group's results: how many match, and the first `limit` of them.
#[derive(Clone, Debug, PartialEq)]
pub struct Found<'a> {
    pub group: Group,
    pub total: usize,
    pub first: Vec<&'a Entry>,
}

/// The entries whose key holds every word of `query` (folded), by group in [`Group::ALL`]'s
/// order, each group counted and its first `limit` kept in the entries' order; nothing for an
/// empty query.
pub fn search<'a>(entries: &'a [Entry], query: &str, limit: usize) -> Vec<Found<'a>> {
    let folded = fold_da(query);
    let words: Vec<&str> = folded.split_whitespace().collect();
    if words.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<Found<'a>> = Group::ALL
        .into_iter()
        .map(|group| Found {
            group,
            total: 0,
            first: Vec::new(),
        })
        .collect();
    for entry in entries {
        if words.iter().all(|w| entry.key.contains(w)) {
            let slot = &mut found[entry.group as usize];
            slot.total += 1;
            if slot.first.len() < limit {
                slot.first.push(entry);
            }
        }
    }
    found.retain(|f| f.total > 0);
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::fixture;

    struct Data {
        cases: Vec<CaseSummary>,
        letters: Vec<MessageHeader>,
        grants: Vec<Grant>,
        payouts: Vec<Payout>,
        log: Vec<AccessEntry>,
        vehicles: Vec<Vehicle>,
    }

    fn data(persona: &str) -> Data {
        Data {
            cases: fixture(persona, "sager").data,
            letters: fixture(persona, "digital-post").data,
            grants: fixture(persona, "ydelser").data,
            payouts: fixture(persona, "udbetalinger").data,
            log: fixture(persona, "adgangslog").data,
            vehicles: fixture(persona, "koeretoejer").data,
        }
    }

    fn all(d: &Data, lang: Lang) -> Vec<Entry> {
        entries(
            &Searchable {
                cases: Some(&d.cases),
                letters: Some(&d.letters),
                grants: Some(&d.grants),
                payouts: Some(&d.payouts),
                access_log: Some(&d.log),
                vehicles: Some(&d.vehicles),
            },
            lang,
        )
    }

    /// Without a limit: every hit is kept.
    fn search<'a>(entries: &'a [Entry], query: &str) -> Vec<Found<'a>> {
        super::search(entries, query, usize::MAX)
    }

    fn count(groups: &[Found], group: Group) -> usize {
        groups
            .iter()
            .find(|f| f.group == group)
            .map_or(0, |f| f.total)
    }

    #[test]
    fn a_group_counts_every_hit_and_keeps_only_the_first() {
        let d = data("mange-sager");
        let entries = all(&d, Lang::Da);
        let every = search(&entries, "sag");
        let limited = super::search(&entries, "sag", 3);
        assert_eq!(every.len(), limited.len());
        for (all, few) in every.iter().zip(&limited) {
            assert_eq!((all.group, all.total), (few.group, few.total));
            assert_eq!(few.first.len(), all.total.min(3));
            assert_eq!(few.first[..], all.first[..few.first.len()]);
        }
    }

    #[test]
    fn danish_letters_and_their_spellings_find_each_other() {
        assert_eq!(
            fold_da("Søg  i  Ældre-SAGER på Århus"),
            "soeg i aeldre-sager paa aarhus"
        );
        let d = data("mange-sager");
        let entries = all(&d, Lang::Da);
        let with_oe = search(&entries, "Ophør sygedagpenge");
        let spelled = search(&entries, "ophoer  SYGEDAGPENGE");
        let expected = d
            .cases
            .iter()
            .filter(|c| c.title.contains("Ophør af sygedagpenge"))
            .count();
        assert!(count(&with_oe, Group::Cases) >= expected && expected >= 4);
        assert_eq!(with_oe, spelled);
        let with_ae = search(&entries, "hæve-sænkebord");
        assert_eq!(with_ae, search(&entries, "haeve-saenkebord"));
        assert_eq!(count(&with_ae, Group::Cases), 1);
    }

    #[test]
    fn a_case_is_found_by_number_title_and_authority_and_grouped_with_counts() {
        let d = data("mange-sager");
        let entries = all(&d, Lang::Da);
        let case = &d.cases[0];
        let by_number = search(&entries, &case.case_number);
        assert_eq!(count(&by_number, Group::Cases), 1);
        assert_eq!(by_number[0].first[0].href, case_href(&case.id));
        let by_authority = search(&entries, &case.authority.name);
        let expected = d
            .cases
            .iter()
            .filter(|c| c.authority.name == case.authority.name)
            .count();
        assert!(count(&by_authority, Group::Cases) >= expected);
        let groups: Vec<Group> = by_authority.iter().map(|f| f.group).collect();
        assert!(
            groups.windows(2).all(|w| w[0] < w[1]),
            "groups in a fixed order"
        );
    }

    #[test]
    fn letters_payouts_look_ups_vehicles_and_pages_are_found() {
        let d = data("familie");
        let entries = all(&d, Lang::Da);
        let letter = &d.letters[0];
        assert!(count(&search(&entries, &letter.subject), Group::Letters) >= 1);
        let vehicle = &d.vehicles[0];
        assert_eq!(
            count(&search(&entries, &vehicle.registration), Group::Vehicles),
            1
        );
        let payout = &d.payouts[0];
        let month = Date::parse_iso(&payout.payout_date).unwrap();
        let name = format!("{} {}", month_name(month.month, Lang::Da), month.year);
        let in_month = d
            .payouts
            .iter()
            .filter(|p| p.payout_date.starts_with(&payout.payout_date[..7]))
            .count();
        assert_eq!(count(&search(&entries, &name), Group::Payouts), in_month);
        assert!(count(&search(&entries, "adresse"), Group::LookUps) >= 1);
        // A kind of data looked up is found by its name in either language, once, and leads to
        // its look-ups.
        let address = search(&entries, "address");
        assert_eq!(count(&address, Group::DataItems), 1);
        let item = address
            .iter()
            .find(|f| f.group == Group::DataItems)
            .unwrap()
            .first[0];
        assert_eq!(item.title, "Din adresse");
        assert_eq!(item.href, "/dine-data?data=cpr.adresse");
        let looked_up = d.log.iter().filter(|e| e.item == DataItem::Address).count();
        assert!(
            item.detail.ends_with(&format!("{looked_up} opslag")),
            "{}",
            item.detail
        );
        assert_eq!(
            count(&search(&entries, "medicin"), Group::DataItems),
            0,
            "never looked up"
        );
        assert_eq!(count(&search(&entries, "kalender"), Group::Pages), 1);
        // A page is found by its name in either language.
        assert_eq!(count(&search(&entries, "calendar"), Group::Pages), 1);
        assert!(search(&entries, "   ").is_empty());
        assert!(search(&entries, "zzzz findes ikke").is_empty());
    }
}
