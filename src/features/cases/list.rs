//! The case list page: tabs, filters, the table and where the data came from.
//!
//! The search filters as you type: the list follows the box on every keystroke (an in-memory
//! signal over keys computed once when the cases load), and the address follows 400 ms after
//! the last keystroke, replacing the current history entry rather than adding one per key.

use std::time::Duration;

use leptos::prelude::*;
use leptos_router::{
    hooks::{use_navigate, use_query_map},
    NavigateOptions,
};

use super::cases_href;
use super::filters::CaseFilters;
use super::logic::{case_keys, tab_counts};
use super::query::{CaseQuery, CaseTab};
use super::table::CaseTable;
use super::texts::{with_count, CaseText};
use crate::api::{cases::CaseSummary, Source, Sourced};
use crate::components::{
    section_error::source_section,
    source_note::{SourceDetails, SourceNote},
    tabs::{TabLink, Tabs},
};
use crate::lists::fold;
use crate::page::heading::PageHeading;
use crate::page::routes::Page;
use crate::state::{language::use_i18n, sources::use_sources};

/// The case list page.
#[component]
pub fn CasesPage() -> impl IntoView {
    let i18n = use_i18n();
    let sources = use_sources();
    let params = use_query_map();
    let query = Memo::new(move |_| params.with(|map| CaseQuery::from_params(|name| map.get(name))));
    view! {
        <PageHeading text=i18n.signal(Page::Cases.title_text())/>
        <p class="font-lead">{move || i18n.t(CaseText::Intro)}</p>
        {move || source_section(
            Source::Cases,
            sources.cases.get(),
            sources.retry_callback(Source::Cases),
            |sourced| view! { <CaseOverview sourced query/> },
        )}
    }
}

/// Tabs, filters, the table and where the data came from.
#[component]
fn CaseOverview(sourced: Sourced<Vec<CaseSummary>>, query: Memo<CaseQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let Sourced { source, data } = sourced;
    let (active, closed) = tab_counts(&data);
    // Sort and search keys once per load, not per comparison or per keystroke.
    let keys = StoredValue::new(case_keys(&data));
    let cases = StoredValue::new(data);
    let (typed, query) = live_search(query);
    let tab = move |tab: CaseTab, label: CaseText, count: usize, testid: &'static str| TabLink {
        href: Signal::derive(move || cases_href(&query.get().with_tab(tab))),
        label: Signal::derive(move || with_count(i18n.t(label), count)),
        current: Signal::derive(move || query.get().tab == tab),
        testid,
    };
    view! {
        <Tabs
            label=i18n.signal(CaseText::TabsLabel)
            tabs=vec![
                tab(CaseTab::Active, CaseText::TabActive, active, "tab-aktive"),
                tab(CaseTab::Closed, CaseText::TabClosed, closed, "tab-afsluttede"),
            ]
        />
        <CaseFilters cases query typed/>
        <CaseTable cases keys query/>
        <p class="mt-6 source-line">
            <SourceNote info=source.clone()/>
        </p>
        <SourceDetails info=source/>
    }
}

/// How long after the last keystroke the search is written into the address.
pub const ADDRESS_DELAY: Duration = Duration::from_millis(400);

/// The search box's text and the query the page shows: the address's query with the typed
/// search (and page 1 while it differs from the address's). The address follows the typed
/// search after [`ADDRESS_DELAY`], replacing the history entry; a new address (Back, a link,
/// *Nulstil filtre*) puts its search into the box.
fn live_search(address: Memo<CaseQuery>) -> (RwSignal<String>, Memo<CaseQuery>) {
    let typed = RwSignal::new(address.get_untracked().search);
    Effect::new(move |_| {
        let search = address.get().search;
        if fold(&search) != fold(&typed.get_untracked()) {
            typed.set(search);
        }
    });
    let live = Memo::new(move |_| {
        let query = address.get();
        typed.with(|typed| {
            if fold(typed) == fold(&query.search) {
                query
            } else {
                CaseQuery {
                    search: typed.clone(),
                    page: 1,
                    ..query
                }
            }
        })
    });
    let navigate = use_navigate();
    let timer = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let next = live.get();
        if let Some(pending) = timer.get_value() {
            pending.clear();
        }
        if next == address.get_untracked() {
            timer.set_value(None);
            return;
        }
        let navigate = navigate.clone();
        let write = move || {
            // The page may be gone by now (a case opened): then there is nothing to write.
            if let Some(next) = live.try_get_untracked() {
                let options = NavigateOptions {
                    replace: true,
                    scroll: false,
                    ..Default::default()
                };
                navigate(&cases_href(&next), options);
            }
        };
        timer.set_value(set_timeout_with_handle(write, ADDRESS_DELAY).ok());
    });
    on_cleanup(move || {
        if let Some(Some(pending)) = timer.try_get_value() {
            pending.clear();
        }
    });
    (typed, live)
}
