//! The page: the dates ahead by month (a list, the accessible primary view), a kind filter in
//! the address, and the iCalendar export of one date or of all shown. Each source that failed
//! shows its own error with a retry; the rest is listed.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::ics::calendar;
use super::logic::{agenda, file_name, ics_event, kinds, months};
use super::query::{calendar_href, kind_from_params};
use super::texts::{CalendarCount, CalendarText};
use crate::components::filter_select::FilterSelect;
use crate::date::Date;
use crate::format::{long_date, month_name};
use crate::i18n::Text;
use crate::page::event_feed::{
    use_event_feed, ActingScopeNote, EventFeed, EventLink, EventSentence, SourceProblems,
    EVENT_SOURCES,
};
use crate::page::heading::PageHeading;
use crate::page::routes::{use_navigate_in_place, Page};
use crate::save_file::save_file;
use crate::state::events::{Event, Kind};
use crate::state::language::use_i18n;

/// Kalender.
#[component]
pub fn CalendarPage() -> impl IntoView {
    let i18n = use_i18n();
    let feed = use_event_feed(&EVENT_SOURCES);
    let params = use_query_map();
    let kind = Memo::new(move |_| params.with(|map| kind_from_params(|name| map.get(name))));
    view! {
        <PageHeading text=i18n.signal(Page::Calendar.title_text())/>
        <p class="font-lead">{move || i18n.t(CalendarText::Intro)}</p>
        <ActingScopeNote/>
        <SourceProblems of=&EVENT_SOURCES/>
        <Agenda feed kind/>
        <p class="mt-6">
            <a href=Page::Tasks.path() class="function-link">{move || i18n.t(CalendarText::OverdueElsewhere)}</a>
        </p>
    }
}

/// Saves `events` as a calendar file in the current language.
fn export(events: &[Event], single: bool, feed: &EventFeed, lang: crate::i18n::Lang) {
    let items: Vec<_> = events
        .iter()
        .map(|e| ics_event(e, lang, feed.on_behalf.as_deref()))
        .collect();
    let name = file_name(if single { events.first() } else { None });
    save_file(&name, "text/calendar", &calendar(&items, lang, feed.today));
}

/// The filter, the export of all, and the months.
#[component]
fn Agenda(feed: Memo<EventFeed>, kind: Memo<Option<Kind>>) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate_in_place();
    let all = Memo::new(move |_| feed.with(|f| agenda(&f.events, f.today, None)));
    let shown = Memo::new(move |_| {
        let kind = kind.get();
        feed.with(|f| agenda(&f.events, f.today, kind))
    });
    let options = Signal::derive(move || {
        let lang = i18n.lang();
        all.with(|all| {
            kinds(all)
                .into_iter()
                .map(|k| (k.code().to_owned(), k.label().text(lang).to_owned()))
                .collect()
        })
    });
    let on_kind = Callback::new(move |code: String| {
        let kind = Kind::ALL.into_iter().find(|k| k.code() == code);
        navigate(&calendar_href(kind));
    });
    let download_all = move |_| {
        feed.with_untracked(|f| shown.with_untracked(|shown| export(shown, false, f, i18n.lang())));
    };
    view! {
        <section aria-labelledby="agenda-heading" data-testid="agenda">
            <h2 id="agenda-heading">{move || i18n.t(CalendarText::ListHeading)}</h2>
            <Show when=move || feed.with(|f| f.loading.is_empty())>
                {move || if all.with(Vec::is_empty) {
                    view! { <p data-testid="agenda-none">{move || i18n.t(CalendarText::Nothing)}</p> }.into_any()
                } else {
                    view! {
                        <div class="filter-row">
                            <FilterSelect
                                id="agenda-kind"
                                label=i18n.signal(CalendarText::FilterKind)
                                options
                                selected=Signal::derive(move || kind.get().map(|k| k.code().to_owned()).unwrap_or_default())
                                on_change=on_kind
                                all=i18n.signal(CalendarText::AllKinds)
                                testid="agenda-kind"
                            />
                        </div>
                        <p class="mt-4" role="status" aria-live="polite" data-testid="agenda-count">
                            {move || match shown.with(Vec::len) {
                                0 => i18n.t(CalendarText::NoMatch).to_owned(),
                                n => i18n.count(CalendarCount::Dates, n),
                            }}
                        </p>
                        <Show when=move || !shown.with(Vec::is_empty)>
                            <p>
                                <button type="button" class="button button-secondary" data-testid="agenda-download-all" on:click=download_all>
                                    {move || i18n.t(CalendarText::DownloadAll)}
                                </button>
                            </p>
                            <p class="form-hint">{move || i18n.t(CalendarText::DownloadHint)}</p>
                        </Show>
                        {move || months(&shown.get()).into_iter().map(|(month, events)| view! { <Month month events feed/> }).collect_view()}
                    }
                    .into_any()
                }}
            </Show>
        </section>
    }
}

/// One month's dates.
#[component]
fn Month(month: Date, events: Vec<Event>, feed: Memo<EventFeed>) -> impl IntoView {
    let i18n = use_i18n();
    let id = format!("agenda-{:04}-{:02}", month.year, month.month);
    let label = id.clone();
    view! {
        <section class="event-day" aria-labelledby=label data-testid="agenda-month" data-month=format!("{:04}-{:02}", month.year, month.month)>
            <h3 id=id class="h4">{move || {
                let name = month_name(month.month, i18n.lang());
                let mut chars = name.chars();
                let first = chars.next().map(|c| c.to_uppercase().collect::<String>()).unwrap_or_default();
                format!("{first}{} {}", chars.as_str(), month.year)
            }}</h3>
            <ul class="event-list nobullet-list">
                {events.into_iter().map(|event| view! { <AgendaEntry event feed/> }).collect_view()}
            </ul>
        </section>
    }
}

/// One date: the day, what it is, where to see it, and its own calendar file.
#[component]
fn AgendaEntry(event: Event, feed: Memo<EventFeed>) -> impl IntoView {
    let i18n = use_i18n();
    let kind = event.kind();
    let uid = event.uid();
    let date = event.date;
    let overdue = matches!(kind, Kind::DecisionOverdue);
    let stored = StoredValue::new(event.clone());
    let download = move |_| {
        stored.with_value(|event| {
            feed.with_untracked(|f| export(std::slice::from_ref(event), true, f, i18n.lang()))
        });
    };
    view! {
        <li class="event-entry" data-testid="agenda-entry" data-kind=kind.code() data-uid=uid data-date=date.to_string()>
            <p class="event-meta">
                <strong class="nowrap">{move || long_date(date, i18n.lang())}</strong>
                " · "
                <span class="event-kind" class:text-error=overdue>{move || i18n.t(kind.label())}</span>
            </p>
            <p class="event-sentence"><EventSentence event=event.clone()/></p>
            <p class="event-actions">
                <EventLink event/>
                <button type="button" class="button button-unstyled function-link" data-testid="agenda-download" on:click=download>
                    {move || i18n.t(CalendarText::DownloadOne)}
                    <span class="sr-only">": " {move || long_date(date, i18n.lang())} ", " {move || i18n.t(kind.label())}</span>
                </button>
            </p>
        </li>
    }
}
