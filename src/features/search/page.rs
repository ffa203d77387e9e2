//! The page: the search field (live, the address following), then the results grouped by
//! section with a count each, every result a link to where it is shown. Each source that failed
//! shows its own error with a retry; the others are searched.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

use super::logic::{entries, search, Entry, Group, Searchable};
use super::query::SearchPageQuery;
use super::texts::{result_count, showing_first, SearchText};
use crate::api::Source;
use crate::components::search_box::SearchBox;
use crate::page::event_feed::SourceProblems;
use crate::page::heading::PageHeading;
use crate::page::live_search::{live_search, SearchQuery};
use crate::page::routes::Page;
use crate::state::sources::SourceResource;
use crate::state::{language::use_i18n, sources::use_sources};

/// The sources searched.
const SEARCHED: [Source; 5] = [
    Source::Cases,
    Source::DigitalPost,
    Source::Benefits,
    Source::AccessLog,
    Source::Vehicles,
];

/// At most this many results of a group are listed.
const PER_GROUP: usize = 20;

fn group_text(group: Group) -> SearchText {
    match group {
        Group::Pages => SearchText::Pages,
        Group::Cases => SearchText::Cases,
        Group::Letters => SearchText::Letters,
        Group::Payouts => SearchText::Payouts,
        Group::DataItems => SearchText::DataItems,
        Group::LookUps => SearchText::LookUps,
        Group::Vehicles => SearchText::Vehicles,
    }
}

/// A source's data once it has answered (tracked).
fn data_of<T: Clone + 'static>(resource: &SourceResource<T>) -> Option<T> {
    resource.with(|loaded| loaded?.as_ref().ok().map(|s| s.data.clone()))
}

/// Søg.
#[component]
pub fn SearchPage() -> impl IntoView {
    let i18n = use_i18n();
    let sources = use_sources();
    let params = use_query_map();
    let address =
        Memo::new(move |_| params.with(|map| SearchPageQuery::from_params(|name| map.get(name))));
    let (typed, live) = live_search(address);
    // The searchable items once per load and language, not per keystroke.
    let all = Memo::new(move |_| {
        let lang = i18n.lang();
        let cases = data_of(&sources.cases);
        let letters = data_of(&sources.digital_post);
        let grants = data_of(&sources.grants);
        let payouts = data_of(&sources.payouts);
        let log = data_of(&sources.access_log);
        let vehicles = data_of(&sources.vehicles);
        entries(
            &Searchable {
                cases: cases.as_deref(),
                letters: letters.as_deref(),
                grants: grants.as_deref(),
                payouts: payouts.as_deref(),
                access_log: log.as_deref(),
                vehicles: vehicles.as_deref(),
            },
            lang,
        )
    });
    // Every hit is counted; only the listed ones are copied out of the entries.
    let found = Memo::new(move |_| {
        let q = live.with(|q| q.q.clone());
        all.with(|all| {
            search(all, &q, PER_GROUP)
                .into_iter()
                .map(|f| {
                    (
                        f.group,
                        f.total,
                        f.first.into_iter().cloned().collect::<Vec<Entry>>(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let on_submit = {
        let navigate = use_navigate();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            navigate(&live.get_untracked().href(), Default::default());
        }
    };
    let total =
        move || found.with(|groups| groups.iter().map(|(_, total, _)| total).sum::<usize>());
    view! {
        <PageHeading text=i18n.signal(Page::Search.title_text())/>
        <p class="font-lead">{move || i18n.t(SearchText::Intro)}</p>
        <form class="post-search" role="search" aria-label=move || i18n.t(SearchText::Label) on:submit=on_submit>
            <SearchBox
                id="search-field"
                testid="search-field"
                label=i18n.signal(SearchText::Label)
                hint=i18n.signal(SearchText::Hint)
                button=i18n.signal(SearchText::Button)
                typed
            />
        </form>
        <SourceProblems of=&SEARCHED/>
        <p class="mt-6" role="status" aria-live="polite" data-testid="search-count">
            {move || {
                if live.with(|q| q.q.trim().is_empty()) {
                    i18n.t(SearchText::Empty).to_owned()
                } else {
                    match total() {
                        0 => i18n.t(SearchText::NoMatch).to_owned(),
                        n => result_count(i18n.lang(), n),
                    }
                }
            }}
        </p>
        {move || found.get().into_iter().map(|(group, total, hits)| view! { <ResultGroup group total hits/> }).collect_view()}
    }
}

/// One section's results, with their count.
#[component]
fn ResultGroup(group: Group, total: usize, hits: Vec<Entry>) -> impl IntoView {
    let i18n = use_i18n();
    let id = format!("search-{}", group.id());
    let label = id.clone();
    view! {
        <section class="event-day" aria-labelledby=label data-testid="search-group" data-group=group.id() data-count=total.to_string()>
            <h2 id=id class="h3">{move || format!("{} ({total})", i18n.t(group_text(group)))}</h2>
            <ul class="event-list nobullet-list">
                {hits.into_iter().map(|hit| view! {
                    <li class="event-entry" data-testid="search-result">
                        <p><a href=hit.href>{hit.title}</a></p>
                        {(!hit.detail.is_empty()).then(|| view! { <p class="event-meta">{hit.detail}</p> })}
                    </li>
                }).collect_view()}
            </ul>
            {(total > PER_GROUP).then(|| view! { <p class="form-hint">{move || showing_first(i18n.lang(), PER_GROUP, total)}</p> })}
        </section>
    }
}
