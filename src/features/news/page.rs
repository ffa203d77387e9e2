//! The page: the last login, the filters (in the address), and what happened since, by day,
//! each event in one sentence with the kind, the time and a link to where it is shown. Each
//! source that failed shows its own error with a retry above the list; the rest is listed.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::logic::{authorities, days, days_page, kinds, new_since};
use super::query::NewsQuery;
use super::texts::{showing, since_intro, NewsText};
use crate::api::Source;
use crate::components::filter_select::FilterSelect;
use crate::components::pagination::Pagination;
use crate::components::section_error::SectionError;
use crate::components::source_note::SourceLoading;
use crate::date::Date;
use crate::format::long_date;
use crate::i18n::Text;
use crate::page::event_feed::{
    use_news_feed, ActingScopeNote, EventLink, EventSentence, SourceProblems, EVENT_SOURCES,
};
use crate::page::heading::PageHeading;
use crate::page::routes::{use_navigate_in_place, Page};
use crate::state::events::{Event, Kind};
use crate::state::{language::use_i18n, sources::use_sources};

/// Nyt siden sidst.
#[component]
pub fn NewsPage() -> impl IntoView {
    let i18n = use_i18n();
    let sources = use_sources();
    let feed = use_news_feed();
    let params = use_query_map();
    let query = Memo::new(move |_| params.with(|map| NewsQuery::from_params(|name| map.get(name))));
    // The session says when the citizen last logged in (always their own session).
    let session = move || sources.session.get();
    view! {
        <PageHeading text=i18n.signal(Page::News.title_text())/>
        {move || match session() {
            None => view! { <SourceLoading source=Source::Session/> }.into_any(),
            Some(Err(error)) => view! {
                <SectionError source=Source::Session error on_retry=sources.retry_callback(Source::Session)/>
            }
            .into_any(),
            Some(Ok(session)) => match session.data.last_login {
                None => view! { <p class="font-lead" data-testid="news-first-time">{move || i18n.t(NewsText::FirstTime)}</p> }.into_any(),
                Some(login) => {
                    let intro = login.clone();
                    view! {
                        <p class="font-lead" data-testid="news-since">{move || since_intro(i18n.lang(), &intro)}</p>
                        <ActingScopeNote/>
                        <SourceProblems of=&EVENT_SOURCES/>
                        <NewsList login query feed/>
                    }
                    .into_any()
                }
            },
        }}
        <p class="mt-6">
            <a href=Page::Calendar.path() class="function-link">{move || i18n.t(NewsText::SeeCalendar)}</a>
        </p>
    }
}

/// The filters, the count and the days.
#[component]
fn NewsList(
    login: String,
    query: Memo<NewsQuery>,
    feed: Memo<crate::page::event_feed::EventFeed>,
) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate_in_place();
    let new = Memo::new(move |_| feed.with(|f| new_since(&f.events, &login, f.today)));
    let shown = Memo::new(move |_| {
        let query = query.get();
        new.with(|new| days_page(new, query.kind, query.authority.as_deref(), query.page))
    });
    let kind_options = Signal::derive(move || {
        let lang = i18n.lang();
        new.with(|new| {
            kinds(new)
                .into_iter()
                .map(|kind| (kind.code().to_owned(), kind.label().text(lang).to_owned()))
                .collect()
        })
    });
    let authority_options = Signal::derive(move || {
        new.with(|new| {
            authorities(new)
                .into_iter()
                .map(|a| (a.clone(), a))
                .collect()
        })
    });
    let on_kind = {
        let navigate = navigate.clone();
        Callback::new(move |code: String| {
            let next = NewsQuery {
                kind: Kind::from_code(&code),
                page: 1,
                ..query.get_untracked()
            };
            navigate(&next.href());
        })
    };
    let on_authority = Callback::new(move |name: String| {
        let next = NewsQuery {
            authority: (!name.is_empty()).then_some(name),
            page: 1,
            ..query.get_untracked()
        };
        navigate(&next.href());
    });
    let loading = move || feed.with(|f| !f.loading.is_empty());
    view! {
        <section aria-labelledby="news-heading" data-testid="news">
            <h2 id="news-heading">{move || i18n.t(NewsText::ListHeading)}</h2>
            <Show
                when=move || !loading()
                fallback=move || feed.with(|f| f.histories_loading).then(|| view! { <SourceLoading source=Source::Cases/> })
            >
                {move || if new.with(Vec::is_empty) {
                    view! { <p data-testid="news-none">{move || i18n.t(NewsText::Nothing)}</p> }.into_any()
                } else {
                    view! {
                        <form class="filter-row" aria-label=move || i18n.t(NewsText::FiltersLabel) on:submit=|ev| ev.prevent_default()>
                            <FilterSelect
                                id="news-kind"
                                label=i18n.signal(NewsText::FilterKind)
                                options=kind_options
                                selected=Signal::derive(move || query.with(|q| q.kind.map(|k| k.code().to_owned()).unwrap_or_default()))
                                on_change=on_kind
                                testid="news-kind"
                            />
                            <FilterSelect
                                id="news-authority"
                                label=i18n.signal(NewsText::FilterAuthority)
                                options=authority_options
                                selected=Signal::derive(move || query.with(|q| q.authority.clone().unwrap_or_default()))
                                on_change=on_authority
                                testid="news-authority"
                            />
                        </form>
                        <p class="mt-4" role="status" aria-live="polite" data-testid="news-count">
                            {move || shown.with(|page| match page.total {
                                0 => i18n.t(NewsText::NoMatch).to_owned(),
                                total => showing(i18n.lang(), page.first, page.last(), total),
                            })}
                        </p>
                        {move || shown.with(|page| days(&page.items)).into_iter().map(|(day, events)| view! { <NewsDay day events/> }).collect_view()}
                        {move || {
                            let (current, pages) = shown.with(|p| (p.page, p.pages));
                            let now = query.get();
                            let href = Callback::new(move |page: usize| NewsQuery { page, ..now.clone() }.href());
                            view! { <Pagination current pages href/> }
                        }}
                    }
                    .into_any()
                }}
            </Show>
        </section>
    }
}

/// One day's events.
#[component]
fn NewsDay(day: Date, events: Vec<Event>) -> impl IntoView {
    let i18n = use_i18n();
    let id = format!("news-day-{day}");
    let label = id.clone();
    view! {
        <section class="event-day" aria-labelledby=label data-testid="news-day" data-day=day.to_string()>
            <h3 id=id class="h4">{move || long_date(day, i18n.lang())}</h3>
            <ul class="event-list nobullet-list">
                {events.into_iter().map(|event| view! { <NewsEntry event/> }).collect_view()}
            </ul>
        </section>
    }
}

/// One event: its sentence, kind and time, and where to see it.
#[component]
fn NewsEntry(event: Event) -> impl IntoView {
    let i18n = use_i18n();
    let kind = event.kind();
    let uid = event.uid();
    let time = event.time.map(|t| (t.hour, t.minute));
    view! {
        <li class="event-entry" data-testid="news-entry" data-kind=kind.code() data-uid=uid>
            <p class="event-meta">
                <span class="event-kind">{move || i18n.t(kind.label())}</span>
                {time.map(|(h, m)| view! {
                    " · "
                    <span class="nowrap">{move || match i18n.lang() {
                        crate::i18n::Lang::Da => format!("kl. {h:02}.{m:02}"),
                        crate::i18n::Lang::En => format!("at {h:02}:{m:02}"),
                    }}</span>
                })}
            </p>
            <p class="event-sentence"><EventSentence event=event.clone()/></p>
            <p class="event-actions"><EventLink event/></p>
        </li>
    }
}
