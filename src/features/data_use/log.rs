//! The access log: filters by authority, data item and period, newest first, paged, each
//! look-up as a plain sentence. The filters live in the address, so Back undoes them.

use leptos::prelude::*;

use super::logic::{authorities, filtered, items};
use super::query::{LogQuery, Period};
use super::state::LegalBasesResource;
use super::texts::{item_label, lookup_sentence, period_label, showing, DataUsePageText};
use crate::api::access_log::{AccessEntry, DataItem, LegalBasis};
use crate::components::{
    clear_filters::ClearFilters, filter_select::FilterSelect, pagination::Pagination,
};
use crate::format::{clock_time_iso, long_date_iso};
use crate::i18n::{integer, Lang, Text};
use crate::lists::page_of;
use crate::page::routes::use_navigate_in_place;
use crate::state::{clock::use_clock, language::use_i18n};

/// Look-ups on one page of the log.
const PAGE_SIZE: usize = 25;

/// The filters, the count, the entries of the page and the page links.
#[component]
pub fn AccessLog(
    entries: StoredValue<Vec<AccessEntry>>,
    query: Memo<LogQuery>,
    /// The controlled list of legal bases; without it a look-up shows its basis as plain text.
    bases: LegalBasesResource,
) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate_in_place();
    let go = move |next: LogQuery| navigate(&next.href());
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
    let chosen = Memo::new(move |_| {
        entries.with_value(|entries| filtered(entries, &query.get(), clock.today()))
    });
    let paged = Memo::new(move |_| chosen.with(|all| page_of(all, query.get().page, PAGE_SIZE)));
    let basis_of = move |entry: &AccessEntry| -> Option<LegalBasis> {
        let id = entry.legal_basis_id.as_deref()?;
        bases.with(|loaded| loaded.as_ref()?.as_ref()?.get(id).cloned())
    };
    let on_clear = {
        let go = go.clone();
        Callback::new(move |()| go(LogQuery::default()))
    };
    view! {
        <div class="filter-row" role="search" aria-label=move || i18n.t(DataUsePageText::LogHeading)>
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
        <p>
            <ClearFilters active=Signal::derive(move || query.get().is_filtered()) on_clear/>
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
            let href = Callback::new(move |n: usize| LogQuery { page: n, ..query.get_untracked() }.href());
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
