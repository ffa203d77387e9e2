//! The case list page: tabs, filters, the table and where the data came from.
//!
//! The search filters as you type: the list follows the box on every keystroke (an in-memory
//! signal over keys computed once when the cases load), and the address follows 400 ms after
//! the last keystroke, replacing the current history entry rather than adding one per key.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::cases_href;
use super::filters::CaseFilters;
use super::logic::{case_keys, tab_counts};
use super::query::{CaseQuery, CaseTab};
use super::table::CaseTable;
use super::texts::{with_count, CasePageText};
use crate::api::{cases::CaseSummary, Source, Sourced};
use crate::components::{
    section_error::source_section,
    source_note::{SourceDetails, SourceNote},
    tabs::{TabLink, Tabs},
};
use crate::page::heading::PageHeading;
use crate::page::live_search::{live_search, SearchQuery};
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
        <p class="font-lead">{move || i18n.t(CasePageText::Intro)}</p>
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
    let tab =
        move |tab: CaseTab, label: CasePageText, count: usize, testid: &'static str| TabLink {
            href: Signal::derive(move || cases_href(&query.get().with_tab(tab))),
            label: Signal::derive(move || with_count(i18n.t(label), count)),
            current: Signal::derive(move || query.get().tab == tab),
            testid,
        };
    view! {
        <Tabs
            label=i18n.signal(CasePageText::TabsLabel)
            tabs=vec![
                tab(CaseTab::Active, CasePageText::TabActive, active, "tab-aktive"),
                tab(CaseTab::Closed, CasePageText::TabClosed, closed, "tab-afsluttede"),
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

impl SearchQuery for CaseQuery {
    fn search(&self) -> &str {
        &self.search
    }

    fn searching(self, search: String) -> CaseQuery {
        CaseQuery {
            search,
            page: 1,
            ..self
        }
    }

    fn href(&self) -> String {
        cases_href(self)
    }
}
