//! The case table: result count, sortable columns (one sort always active), rows and pages.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::api::cases::{CaseSummary, ProgressCode};
use crate::components::{icon::Icon, pagination::Pagination, status_badge::StatusBadge};
use crate::date::Date;
use crate::format::{long_date, long_date_iso};
use crate::i18n::Key;
use crate::routes::{case_href, cases_href};
use crate::state::case_query::{CaseQuery, CaseTab, Direction, SortKey};
use crate::state::cases::{
    days_overdue, expected_decision, page_of, select, tab_counts, PAGE_SIZE,
};
use crate::state::language::use_i18n;

/// The table of the selected cases, one page at a time.
#[component]
pub fn CaseTable(cases: StoredValue<Vec<CaseSummary>>, query: Memo<CaseQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let selected = Memo::new(move |_| cases.with_value(|cases| select(cases, &query.get())));
    let page = Memo::new(move |_| page_of(&selected.get(), query.get().page));
    let today = Date::today();

    let count_text = move || {
        let total = selected.with(Vec::len);
        let (items, current, _) = page.get();
        if total == 0 {
            let (active, closed) = cases.with_value(|cases| tab_counts(cases));
            let tab = query.get().tab;
            let empty_tab = match tab {
                CaseTab::Active => active == 0,
                CaseTab::Closed => closed == 0,
            };
            return i18n
                .t(match (empty_tab, tab) {
                    (true, CaseTab::Active) => Key::NoActiveCases,
                    (true, CaseTab::Closed) => Key::NoClosedCases,
                    (false, _) => Key::ResultNone,
                })
                .to_owned();
        }
        let from = (current - 1) * PAGE_SIZE + 1;
        let to = from + items.len() - 1;
        i18n.fill(
            Key::ResultCount,
            &[
                ("fra", &from.to_string()),
                ("til", &to.to_string()),
                ("i_alt", &total.to_string()),
            ],
        )
    };

    // After moving to another page the clicked page link is gone: put focus on the count, which
    // says which cases are shown now, so keyboard users continue from the table.
    Effect::new(move |previous: Option<usize>| {
        let current = query.get().page;
        if previous.is_some_and(|previous| previous != current) {
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
            <div class="table--responsive-scroll">
                <table class="table table--zebra case-table" data-testid="case-table">
                    <caption class="sr-only">{move || i18n.t(Key::CasesCaption)}</caption>
                    <thead>
                        <tr>
                            <SortHeader key=SortKey::CaseNumber label=Key::ColCaseNumber query/>
                            <SortHeader key=SortKey::Title label=Key::ColCase query/>
                            <SortHeader key=SortKey::Authority label=Key::FilterAuthority query/>
                            <SortHeader key=SortKey::LastChanged label=Key::ColLastChanged query/>
                            <SortHeader key=SortKey::ExpectedDecision label=Key::ColExpected query/>
                            <SortHeader key=SortKey::Status label=Key::ColumnStatus query/>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || page.get().0 key=|case| case.id.clone() let:case>
                            <CaseRow case today/>
                        </For>
                    </tbody>
                </table>
            </div>
            {move || {
                let (_, current, pages) = page.get();
                let href = Callback::new(move |page: usize| cases_href(&CaseQuery { page, ..query.get_untracked() }));
                view! { <Pagination current pages href/> }
            }}
        </Show>
    }
}

/// A column header that sorts by its column; the active one carries `aria-sort`.
#[component]
fn SortHeader(key: SortKey, label: Key, query: Memo<CaseQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let active = move || {
        let query = query.get();
        (query.sort == key).then_some(query.direction)
    };
    let icon = move || match active() {
        Some(Direction::Ascending) => "sort-table-ascending",
        Some(Direction::Descending) => "sort-table-descending",
        None => "sort-table-none",
    };
    view! {
        <th scope="col" aria-sort=move || active().map(|direction| direction.aria()) data-sort=format!("{key:?}")>
            <a
                class="sort-link"
                data-noscroll=""
                href=move || cases_href(&query.get().sorted_by(key))
                aria-label=move || i18n.fill(Key::SortBy, &[("kolonne", i18n.t(label))])
            >
                {move || i18n.t(label)}
                {move || view! { <Icon name=icon() class="mr-0 ml-2"/> }}
            </a>
        </th>
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
    view! {
        <tr data-case-id=case.id.clone()>
            <td class="case-number">{case.case_number.clone()}</td>
            <td>
                <a href=case_href(&case.id) class="case-title">{case.title.clone()}</a>
                <br/>
                <span class="case-subject">{subject}</span>
            </td>
            <td>{case.authority.name.clone()}</td>
            <td>{move || long_date_iso(&last_changed, i18n.lang())}</td>
            <td>
                {match expected {
                    Some(date) => view! {
                        <span>{move || long_date(date, i18n.lang())}</span>
                        {overdue.then(|| view! {
                            " " <span class="badge badge-error" data-testid="overdue">{move || i18n.t(Key::Overdue)}</span>
                        })}
                    }
                    .into_any(),
                    None if matches!(code, ProgressCode::Opstaaet | ProgressCode::Oplyst) => {
                        view! { <span>{move || i18n.t(Key::NotStated)}</span> }.into_any()
                    }
                    None => view! {
                        <span aria-hidden="true">"–"</span>
                        <span class="sr-only">{move || i18n.t(Key::NotRelevant)}</span>
                    }
                    .into_any(),
                }}
            </td>
            <td>
                <StatusBadge code/>
                {awaiting.then(|| view! {
                    " " <span class="badge badge-warning" data-testid="awaiting">{move || i18n.t(Key::AwaitingYou)}</span>
                })}
            </td>
        </tr>
    }
}
