//! The access log: a search and filters by authority, data item and period, newest first, paged,
//! each look-up as a plain sentence. The filters live in the address, so Back undoes them.
//!
//! The search filters as you type over a folded text per look-up computed once when the log
//! loads; the address (`?soeg=…`) follows 400 ms after the last keystroke, replacing the history
//! entry.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::logic::{authorities, items};
use super::query::{LogQuery, Period, SearchedLog};
use super::state::LegalBasesResource;
use super::texts::{item_label, lookup_sentence, period_label, showing, DataUsePageText};
use crate::api::access_log::{AccessEntry, DataItem, LegalBasis};
use crate::components::search_box::SearchBox;
use crate::components::{
    clear_filters::ClearFilters, filter_select::FilterSelect, pagination::Pagination,
};
use crate::date::instant_minutes;
use crate::format::{clock_time_iso, long_date_iso};
use crate::i18n::{integer, Lang, Text};
use crate::lists::{fold, matches, page_of, search_text};
use crate::page::live_search::{live_search, SearchQuery};
use crate::page::routes::use_navigate_in_place;
use crate::state::{clock::use_clock, language::use_i18n};

/// Look-ups on one page of the log.
const PAGE_SIZE: usize = 25;

/// A look-up's folded search text: who, what (in both languages), from where, why, on what
/// basis and by which system.
fn entry_search_text(entry: &AccessEntry) -> String {
    search_text([
        entry.authority.name.as_str(),
        item_label(entry.item, Lang::Da),
        item_label(entry.item, Lang::En),
        entry.register.name.as_str(),
        entry.purpose.as_str(),
        entry.legal_basis.as_str(),
        entry.system.as_str(),
    ])
}

/// The positions of `entries` newest first, each time read once.
fn newest_first(entries: &[AccessEntry]) -> Vec<usize> {
    let times: Vec<i64> = entries.iter().map(|e| instant_minutes(&e.time)).collect();
    let mut order: Vec<usize> = (0..entries.len()).collect();
    order.sort_by(|&a, &b| times[b].cmp(&times[a]));
    order
}

/// The filters, the count, the entries of the page and the page links.
#[component]
pub fn AccessLog(
    entries: StoredValue<Vec<AccessEntry>>,
    query: Memo<LogQuery>,
    /// The controlled list of legal bases; without it a look-up shows its basis as plain text.
    bases: LegalBasesResource,
) -> impl IntoView {
    let i18n = use_i18n();
    // The search box's text, live; the address's search follows it (`live_search`).
    let params = use_query_map();
    let address = Memo::new(move |_| SearchedLog {
        query: query.get(),
        search: params.with(|map| SearchedLog::from_params(|name| map.get(name)).search),
    });
    let (typed, live) = live_search(address);
    // What the log shows: the filters and the page (page 1 while a search is being typed).
    let query = Memo::new(move |_| live.with(|live| live.query.clone()));
    let needle = Memo::new(move |_| live.with(|live| fold(&live.search)));
    let navigate = use_navigate_in_place();
    let go = move |next: LogQuery| {
        navigate(
            &SearchedLog {
                query: next,
                search: typed.get_untracked(),
            }
            .href(),
        )
    };
    let on_select = |change: fn(&mut LogQuery, String)| {
        let go = go.clone();
        Callback::new(move |value: String| {
            let mut next = query.get_untracked();
            change(&mut next, value);
            next.page = 1;
            go(next)
        })
    };
    let authority_options =
        Signal::derive(move || entries.with_value(|entries| authorities(entries)));
    let item_options = Signal::derive(move || {
        let lang = i18n.lang();
        entries.with_value(|entries| {
            items(entries)
                .into_iter()
                .map(|item| (item.code().to_owned(), item_label(item, lang).to_owned()))
                .collect()
        })
    });
    let period_options = Signal::derive(move || {
        Period::ALL
            .into_iter()
            .filter(|p| *p != Period::All)
            .map(|p| (p.id().to_owned(), i18n.t(period_label(p)).to_owned()))
            .collect()
    });
    let clock = use_clock();
    // Computed once per load: the order and each look-up's search text.
    let order = StoredValue::new(entries.with_value(|entries| newest_first(entries)));
    let texts = StoredValue::new(
        entries.with_value(|entries| entries.iter().map(entry_search_text).collect::<Vec<_>>()),
    );
    // The filters (not the page) choose the look-ups; a keystroke only searches those.
    let filters = Memo::new(move |_| {
        query.with(|query| LogQuery {
            page: 1,
            ..query.clone()
        })
    });
    let admitted = Memo::new(move |_| {
        let today = clock.today();
        filters.with(|filters| {
            entries.with_value(|entries| {
                order.with_value(|order| {
                    order
                        .iter()
                        .copied()
                        .filter(|&i| filters.admits(&entries[i], today))
                        .collect::<Vec<_>>()
                })
            })
        })
    });
    let chosen = Memo::new(move |_| {
        needle.with(|needle| {
            admitted.with(|admitted| {
                texts.with_value(|texts| {
                    admitted
                        .iter()
                        .copied()
                        .filter(|&i| matches(&texts[i], needle))
                        .collect::<Vec<_>>()
                })
            })
        })
    });
    let paged = Memo::new(move |_| {
        let number = query.with(|q| q.page);
        chosen.with(|chosen| {
            page_of(chosen, number, PAGE_SIZE).map(|positions| {
                entries
                    .with_value(|entries| positions.iter().map(|&i| entries[i].clone()).collect())
            })
        })
    });
    let on_submit = {
        let go = go.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            go(LogQuery {
                page: 1,
                ..query.get_untracked()
            })
        }
    };
    let basis_of = move |entry: &AccessEntry| -> Option<LegalBasis> {
        let id = entry.legal_basis_id.as_deref()?;
        bases.with(|loaded| loaded.as_ref()?.as_ref()?.get(id).cloned())
    };
    let on_clear = {
        let go = go.clone();
        Callback::new(move |()| {
            typed.set(String::new());
            go(LogQuery::default())
        })
    };
    view! {
        // One search landmark, named by the log's heading, for the search and the filters.
        <form class="log-search" role="search" aria-label=move || i18n.t(DataUsePageText::LogHeading) on:submit=on_submit>
            <SearchBox
                id="log-search"
                testid="log-search"
                label=i18n.signal(DataUsePageText::LogSearchLabel)
                hint=i18n.signal(DataUsePageText::LogSearchHint)
                button=i18n.signal(DataUsePageText::LogSearchButton)
                typed
            />
        <div class="filter-row">
            <FilterSelect
                id="log-authority"
                label=i18n.signal(DataUsePageText::FilterAuthority)
                options=authority_options
                selected=Signal::derive(move || query.get().authority.unwrap_or_default())
                on_change=on_select(|q, v| q.authority = (!v.is_empty()).then_some(v))
            />
            <FilterSelect
                id="log-item"
                label=i18n.signal(DataUsePageText::FilterItem)
                options=item_options
                selected=Signal::derive(move || query.get().item.map(|item| item.code().to_owned()).unwrap_or_default())
                on_change=on_select(|q, v| q.item = DataItem::from_code(&v))
            />
            <FilterSelect
                id="log-period"
                label=i18n.signal(DataUsePageText::FilterPeriod)
                options=period_options
                selected=Signal::derive(move || match query.get().period {
                    Period::All => String::new(),
                    other => other.id().to_owned(),
                })
                on_change=on_select(|q, v| {
                    q.period = Period::ALL.into_iter().find(|p| p.id() == v).unwrap_or_default()
                })
            />
        </div>
        </form>
        <p>
            <ClearFilters active=Signal::derive(move || query.get().is_filtered() || !needle.with(String::is_empty)) on_clear/>
        </p>
        <p role="status" class="log-count" data-testid="log-count">
            {move || {
                let lang = i18n.lang();
                let page = paged.get();
                let total = chosen.with(Vec::len);
                match total {
                    0 => i18n.t(DataUsePageText::NoEntries).to_owned(),
                    _ => showing(lang, page.first, page.first + page.items.len() - 1, &integer(total as i64, lang)),
                }
            }}
        </p>
        <ol class="access-log" data-testid="access-log">
            {move || {
                let lang = i18n.lang();
                paged
                    .get()
                    .items
                    .into_iter()
                    .map(|entry| {
                        let basis = basis_of(&entry);
                        entry_view(entry, basis, lang)
                    })
                    .collect_view()
            }}
        </ol>
        {move || {
            let page = paged.get();
            // Tracked: a keystroke that leaves the page as it was still changes the links.
            needle.track();
            query.track();
            let href = Callback::new(move |n: usize| {
                SearchedLog {
                    query: LogQuery { page: n, ..query.get_untracked() },
                    search: typed.get_untracked(),
                }
                .href()
            });
            view! { <Pagination current=page.page pages=page.pages href/> }
        }}
    }
}

/// One look-up as a sentence: who, what, from where, when, why and on what basis; then what the
/// basis allows and where it was read (the controlled list's entry).
fn entry_view(entry: AccessEntry, basis: Option<LegalBasis>, lang: Lang) -> impl IntoView {
    let time = clock_time_iso(&entry.time, lang).unwrap_or_default();
    let sentence = lookup_sentence(
        lang,
        &entry.authority.name,
        entry.item,
        &entry.register.name,
        &long_date_iso(&entry.time, lang),
        &time,
    );
    let why = match lang {
        Lang::Da => view! {
            " for at " {entry.purpose} " (" {entry.legal_basis} ")."
        }
        .into_any(),
        Lang::En => view! {
            ". " {DataUsePageText::PurposeInDanish.text(lang)} " "
            <q lang="da">{entry.purpose}</q> " (" <span lang="da">{entry.legal_basis}</span> ")."
        }
        .into_any(),
    };
    view! {
        <li class="log-entry" data-testid="log-entry">
            <p class="log-sentence">
                {sentence}
                {why}
            </p>
            <p class="log-meta">{DataUsePageText::System.text(lang)} ": " {entry.system}</p>
            {basis.map(|basis| basis_view(basis, lang))}
        </li>
    }
}

/// The legal basis's entry: what it allows, the law and its consolidation, the source and the
/// date it was read, and what is not confirmed.
fn basis_view(basis: LegalBasis, lang: Lang) -> impl IntoView {
    let law = match &basis.consolidation {
        Some(consolidation) => format!("{} ({consolidation})", basis.law),
        None => basis.law.clone(),
    };
    let read = long_date_iso(&basis.source.read, lang);
    let unconfirmed = (!basis.confirmed()).then(|| basis.note.clone()).flatten();
    view! {
        <details class="log-basis" data-testid="log-basis">
            <summary>
                {DataUsePageText::BasisAbout.text(lang)} " " <span lang="da">{basis.citation}</span>
            </summary>
            <p lang="da">{basis.allows}</p>
            <p class="log-meta" lang="da">{law}</p>
            <p class="log-meta">
                {DataUsePageText::BasisSource.text(lang)} ": "
                {match basis.source.url.link() {
                    Some(url) => view! { <a href=url.get() lang="da">{basis.source.title.clone()}</a> }.into_any(),
                    None => view! { <span lang="da">{basis.source.title.clone()}</span> }.into_any(),
                }}
                " (" {DataUsePageText::BasisRead.text(lang)} " " {read} ")"
            </p>
            {unconfirmed.map(|note| view! {
                <p class="log-meta">
                    {DataUsePageText::BasisUnconfirmed.text(lang)} " " <span lang="da">{note}</span>
                </p>
            })}
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::fixture;
    use crate::features::data_use::query::LogQuery;
    use crate::page::live_search::SearchQuery;

    /// The log's address for `search` over `query`.
    fn with_search(query: LogQuery, search: &str) -> String {
        SearchedLog {
            query,
            search: search.to_owned(),
        }
        .href()
    }

    fn log() -> Vec<AccessEntry> {
        fixture::<Vec<AccessEntry>>("familie", "adgangslog").data
    }

    #[test]
    fn the_search_joins_the_filters_in_the_address() {
        let page_two = LogQuery {
            page: 2,
            ..LogQuery::default()
        };
        assert_eq!(with_search(LogQuery::default(), "  "), "/dine-data");
        assert_eq!(
            with_search(LogQuery::default(), " børn "),
            "/dine-data?soeg=b%C3%B8rn"
        );
        assert_eq!(with_search(page_two, "cpr"), "/dine-data?side=2&soeg=cpr");
        let long = "x".repeat(500);
        assert_eq!(
            SearchedLog::from_params(|_| Some(long.clone()))
                .search
                .len(),
            200
        );
        assert_eq!(SearchedLog::from_params(|_| None).search, "");
    }

    #[test]
    fn look_ups_are_ordered_once_and_searched_in_both_languages() {
        let entries = log();
        assert!(entries.len() > 2);
        let order = newest_first(&entries);
        assert!(order.windows(2).all(|w| {
            instant_minutes(&entries[w[0]].time) >= instant_minutes(&entries[w[1]].time)
        }));
        let texts: Vec<String> = entries.iter().map(entry_search_text).collect();
        let first = &entries[0];
        let needle = fold(&first.authority.name.to_uppercase());
        assert!(matches(&texts[0], &needle));
        let en = fold(item_label(first.item, Lang::En));
        let da = fold(item_label(first.item, Lang::Da));
        assert!(matches(&texts[0], &en) && matches(&texts[0], &da));
        assert!(!texts.iter().any(|text| matches(text, "findes ikke")));
    }
}
