//! The case table: result count, sortable columns (one sort always active), rows and pages.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::cases_href;
use super::logic::{
    days_overdue, expected_decision, filter_order, sorted, tab_counts, CaseKeys, PAGE_SIZE,
};
use super::query::{CaseQuery, CaseTab, SortKey};
use super::status::StatusBadge;
use super::texts::{result_count, CasePageText};
use crate::api::cases::{CaseSummary, ProgressCode};
use crate::components::badge::{Badge, BadgeKind};
use crate::components::data_table::{DataTable, SortableHeader};
use crate::components::pagination::Pagination;
use crate::components::texts::ComponentText;
use crate::date::Date;
use crate::format::{long_date, long_date_iso};
use crate::lists::page_of;
use crate::page::hrefs::case_href;
use crate::state::{clock::use_clock, language::use_i18n};

/// The table of the selected cases, one page at a time.
#[component]
pub fn CaseTable(
    cases: StoredValue<Vec<CaseSummary>>,
    /// The cases' sort and search keys, computed when they loaded.
    keys: StoredValue<Vec<CaseKeys>>,
    query: Memo<CaseQuery>,
) -> impl IntoView {
    let i18n = use_i18n();
    // Sorted when the sort changes; a keystroke only filters the sorted positions.
    let sort = Memo::new(move |_| query.with(|query| (query.sort, query.direction)));
    let order = Memo::new(move |_| {
        let (key, direction) = sort.get();
        cases.with_value(|cases| keys.with_value(|keys| sorted(cases, keys, key, direction)))
    });
    let selected = Memo::new(move |_| {
        order.with(|order| {
            query.with(|query| {
                cases.with_value(|cases| {
                    keys.with_value(|keys| filter_order(cases, keys, order, query))
                })
            })
        })
    });
    let page = Memo::new(move |_| {
        let number = query.with(|query| query.page);
        selected.with(|selected| {
            page_of(selected, number, PAGE_SIZE).map(|positions| {
                cases.with_value(|cases| positions.iter().map(|&i| cases[i].clone()).collect())
            })
        })
    });
    let today = use_clock().today();

    let count_text = move || {
        let total = selected.with(Vec::len);
        if total == 0 {
            let (active, closed) = cases.with_value(|cases| tab_counts(cases));
            let tab = query.get().tab;
            let empty_tab = match tab {
                CaseTab::Active => active == 0,
                CaseTab::Closed => closed == 0,
            };
            return i18n
                .t(match (empty_tab, tab) {
                    (true, CaseTab::Active) => CasePageText::NoActiveCases,
                    (true, CaseTab::Closed) => CasePageText::NoClosedCases,
                    (false, _) => CasePageText::ResultNone,
                })
                .to_owned();
        }
        page.with(|page| {
            let to = page.first + page.items.len() - 1;
            result_count(i18n.lang(), page.first, to, total)
        })
    };

    // After moving to another page the clicked page link is gone: put focus on the count, which
    // says which cases are shown now, so keyboard users continue from the table.
    // Typing in the search box also goes back to page 1; focus then stays in the box.
    Effect::new(move |previous: Option<usize>| {
        let current = query.with(|query| query.page);
        let typing = document()
            .active_element()
            .is_some_and(|element| element.id() == "case-search");
        if previous.is_some_and(|previous| previous != current) && !typing {
            if let Some(count) = document()
                .get_element_by_id("case-count")
                .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = count.focus();
            }
        }
        current
    });

    view! {
        <p id="case-count" class="case-count mt-6" tabindex="-1" role="status" aria-live="polite" data-testid="case-count">
            {count_text}
        </p>
        <Show when=move || !selected.with(Vec::is_empty)>
            <DataTable caption=i18n.signal(CasePageText::CasesCaption) class="case-table" testid="case-table" stack=true>
                <thead>
                    <tr>
                        <CaseSortHeader key=SortKey::CaseNumber label=CasePageText::ColCaseNumber query/>
                        <CaseSortHeader key=SortKey::Title label=CasePageText::ColCase query/>
                        <CaseSortHeader key=SortKey::Authority label=CasePageText::FilterAuthority query/>
                        <CaseSortHeader key=SortKey::LastChanged label=CasePageText::ColLastChanged query/>
                        <CaseSortHeader key=SortKey::ExpectedDecision label=CasePageText::ColExpected query/>
                        <CaseSortHeader key=SortKey::Status label=CasePageText::ColumnStatus query/>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || page.get().items key=|case| case.id.clone() let:case>
                        <CaseRow case today/>
                    </For>
                </tbody>
            </DataTable>
            {move || {
                let (current, pages) = page.with(|page| (page.page, page.pages));
                // Tracked: a keystroke that leaves the page as it was still changes the links.
                let shown = query.get();
                let href = Callback::new(move |page: usize| cases_href(&CaseQuery { page, ..shown.clone() }));
                view! { <Pagination current pages href/> }
            }}
        </Show>
    }
}

/// A column header that sorts the case list by `key`.
#[component]
fn CaseSortHeader(key: SortKey, label: CasePageText, query: Memo<CaseQuery>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <SortableHeader
            label=i18n.signal(label)
            sorted=Signal::derive(move || {
                let query = query.get();
                (query.sort == key).then_some(query.direction)
            })
            href=Signal::derive(move || cases_href(&query.get().sorted_by(key)))
            name=key.name()
        />
    }
}

/// One case: number, title (link) with subject, authority, last change, expected decision, status.
#[component]
fn CaseRow(case: CaseSummary, today: Date) -> impl IntoView {
    let i18n = use_i18n();
    let expected = expected_decision(&case);
    let overdue = days_overdue(&case, today).is_some();
    let code = case.progress.code;
    let awaiting = case.awaiting_citizen;
    let last_changed = case.last_changed.clone();
    let subject = format!("{} {}", case.kle.number, case.kle.title);
    let label = move |text: CasePageText| move || i18n.t(text);
    view! {
        <tr data-case-id=case.id.clone()>
            <td class="case-number" data-label=label(CasePageText::ColCaseNumber)>{case.case_number.clone()}</td>
            <td class="stack-first">
                <a href=case_href(&case.id) class="case-title">{case.title.clone()}</a>
                <br/>
                <span class="case-subject">{subject}</span>
            </td>
            <td data-label=label(CasePageText::FilterAuthority)>{case.authority.name.clone()}</td>
            <td data-label=label(CasePageText::ColLastChanged)>{move || long_date_iso(&last_changed, i18n.lang())}</td>
            <td data-label=label(CasePageText::ColExpected)>
                {match expected {
                    Some(date) => view! {
                        <span>{move || long_date(date, i18n.lang())}</span>
                        {overdue.then(|| view! {
                            " " <Badge kind=BadgeKind::Error text=i18n.signal(CasePageText::Overdue) testid="overdue"/>
                        })}
                    }
                    .into_any(),
                    None if matches!(code, ProgressCode::Opstaaet | ProgressCode::Oplyst) => {
                        view! { <span>{move || i18n.t(CasePageText::NotStated)}</span> }.into_any()
                    }
                    None => view! {
                        <span aria-hidden="true">"–"</span>
                        <span class="sr-only">{move || i18n.t(ComponentText::NotRelevant)}</span>
                    }
                    .into_any(),
                }}
            </td>
            <td class="case-status" data-label=label(CasePageText::ColumnStatus)>
                <StatusBadge code/>
                {awaiting.then(|| view! {
                    " " <Badge kind=BadgeKind::Warning text=i18n.signal(CasePageText::AwaitingYou) testid="awaiting"/>
                })}
            </td>
        </tr>
    }
}
