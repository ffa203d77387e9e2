//! The case list's filters and search. Every filter change is a new address, so the back button
//! undoes it; the search filters as you type and reaches the address after a pause (see
//! `list.rs`), or at once with Enter or *Søg*.

use leptos::prelude::*;

use super::cases_href;
use super::logic::filter_options;
use super::query::CaseQuery;
use super::status::status_label;
use super::texts::CasePageText;
use crate::api::cases::{CaseSummary, ProgressCode};
use crate::components::search_box::SearchBox;
use crate::components::{clear_filters::ClearFilters, filter_select::FilterSelect};
use crate::page::routes::use_navigate_in_place;
use crate::state::language::use_i18n;

/// Selects for authority, status and subject; "waiting for you"; free-text search; clear.
#[component]
pub fn CaseFilters(
    cases: StoredValue<Vec<CaseSummary>>,
    /// The query shown, with the typed search.
    query: Memo<CaseQuery>,
    /// The search box's text, live.
    typed: RwSignal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate_in_place();
    let go = move |next: CaseQuery| navigate(&cases_href(&next));
    // The options follow the tab only, not every keystroke in the search box.
    let tab = Memo::new(move |_| query.with(|query| query.tab));
    let options = Memo::new(move |_| {
        let tab = tab.get();
        cases.with_value(|cases| {
            let options = filter_options(cases, tab);
            (options.authorities, options.statuses, options.subjects)
        })
    });

    // A select's change: apply it to the current query, back to page 1, new address.
    let on_select = |change: fn(&mut CaseQuery, String)| {
        let go = go.clone();
        Callback::new(move |value: String| {
            let mut next = query.get_untracked();
            change(&mut next, value);
            next.page = 1;
            go(next)
        })
    };
    let authorities = Signal::derive(move || options.get().0);
    let statuses = Signal::derive(move || {
        let codes = options.get().1;
        codes
            .into_iter()
            .map(|code| (format!("{code:?}"), i18n.t(status_label(code)).to_owned()))
            .collect()
    });
    let subjects = Signal::derive(move || options.get().2);
    let on_authority = on_select(|q, value| q.authority = (!value.is_empty()).then_some(value));
    let on_status = on_select(|q, value| {
        q.status = ProgressCode::ALL
            .into_iter()
            .find(|code| format!("{code:?}") == value)
    });
    let on_subject = on_select(|q, value| q.subject = (!value.is_empty()).then_some(value));
    let on_awaiting = {
        let go = go.clone();
        move |ev: leptos::ev::Event| {
            go(CaseQuery {
                awaiting_citizen: event_target_checked(&ev),
                page: 1,
                ..query.get_untracked()
            })
        }
    };
    let on_search = {
        let go = go.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            go(CaseQuery {
                search: typed.get_untracked(),
                page: 1,
                ..query.get_untracked()
            })
        }
    };
    let on_clear = Callback::new(move |()| go(query.get_untracked().cleared()));

    let wide = window()
        .inner_width()
        .ok()
        .and_then(|width| width.as_f64())
        .is_none_or(|width| width >= 600.0);
    view! {
        <form class="case-filters" role="search" aria-labelledby="case-filters-heading" on:submit=on_search>
            <h2 id="case-filters-heading" class="h3">{move || i18n.t(CasePageText::FiltersHeading)}</h2>
            <SearchBox
                id="case-search"
                label=i18n.signal(CasePageText::SearchLabel)
                hint=i18n.signal(CasePageText::SearchHint)
                button=i18n.signal(CasePageText::SearchButton)
                typed
            />
            // On a phone the selects fold away behind one line unless a filter is in use, so the
            // list is not pushed below the first screen; wider screens show them open.
            <details class="case-more-filters" open=wide || query.get_untracked().is_filtered()>
            <summary>{move || i18n.t(CasePageText::MoreFilters)}</summary>
            <div class="filter-row">
                <FilterSelect
                    id="filter-authority"
                    label=i18n.signal(CasePageText::FilterAuthority)
                    options=authorities
                    selected=Signal::derive(move || query.get().authority.unwrap_or_default())
                    on_change=on_authority
                />
                <FilterSelect
                    id="filter-status"
                    label=i18n.signal(CasePageText::ColumnStatus)
                    options=statuses
                    selected=Signal::derive(move || query.get().status.map(|code| format!("{code:?}")).unwrap_or_default())
                    on_change=on_status
                />
                <FilterSelect
                    id="filter-subject"
                    label=i18n.signal(CasePageText::FilterSubject)
                    options=subjects
                    selected=Signal::derive(move || query.get().subject.unwrap_or_default())
                    on_change=on_subject
                />
            </div>
            <div class="form-group-checkbox mt-4">
                <input
                    class="form-checkbox"
                    type="checkbox"
                    id="filter-awaiting"
                    prop:checked=move || query.get().awaiting_citizen
                    on:change=on_awaiting
                />
                <label class="form-label" for="filter-awaiting">{move || i18n.t(CasePageText::FilterAwaiting)}</label>
            </div>
            </details>
            <p class="mt-4">
                <ClearFilters active=Signal::derive(move || query.get().is_filtered()) on_clear/>
            </p>
        </form>
    }
}
