//! Sager: every case the citizen has with every authority, with tabs, filters, search, sorting and
//! paging that all live in the URL; and the case detail page.

mod detail;
mod filters;
mod table;

pub use detail::CaseDetailPage;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api::{cases::CaseSummary, Source, Sourced};
use crate::components::{
    page_heading::PageHeading,
    source_status::{source_section, SourceNote},
};
use crate::i18n::Key;
use crate::routes::{cases_href, Page};
use crate::state::case_query::{CaseQuery, CaseTab};
use crate::state::cases::tab_counts;
use crate::state::{language::use_i18n, sources::use_sources};
use filters::CaseFilters;
use table::CaseTable;

/// The case list page.
#[component]
pub fn CasesPage() -> impl IntoView {
    let i18n = use_i18n();
    let sources = use_sources();
    let params = use_query_map();
    let query = Memo::new(move |_| params.with(|map| CaseQuery::from_params(|name| map.get(name))));
    view! {
        <PageHeading text=i18n.signal(Page::Cases.title())/>
        <p class="font-lead">{move || i18n.t(Key::CasesIntro)}</p>
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
    let Sourced { source, data } = sourced;
    let cases = StoredValue::new(data);
    view! {
        <CaseTabs cases query/>
        <CaseFilters cases query/>
        <CaseTable cases query/>
        <p class="mt-6 source-line">
            <SourceNote info=source/>
        </p>
    }
}

/// "Aktive sager (n)" and "Afsluttede sager (n)" as DKFDS navigation tabs (links with addresses).
#[component]
fn CaseTabs(cases: StoredValue<Vec<CaseSummary>>, query: Memo<CaseQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let (active, closed) = cases.with_value(|cases| tab_counts(cases));
    let tab = move |tab: CaseTab, label: Key, count: usize| {
        view! {
            <li>
                <a
                    href=move || cases_href(&query.get().with_tab(tab))
                    class="tab-button"
                    data-noscroll=""
                    aria-current=move || (query.get().tab == tab).then_some("true")
                    data-testid=format!("tab-{}", if tab == CaseTab::Active { "aktive" } else { "afsluttede" })
                >
                    <span>{move || i18n.t(label)} " (" {count} ")"</span>
                </a>
            </li>
        }
    };
    view! {
        <nav class="tab-container mt-6" aria-label=move || i18n.t(Key::TabsLabel)>
            <ul class="tab-list">
                {tab(CaseTab::Active, Key::TabActive, active)}
                {tab(CaseTab::Closed, Key::TabClosed, closed)}
            </ul>
        </nav>
    }
}
