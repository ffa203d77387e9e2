//! The page: the dates ahead by month (a list, the accessible primary view), a kind filter in
//! the address, and the iCalendar export of one date or of all shown. Each source that failed
//! shows its own error with a retry; the rest is listed.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::ics::calendar;
use super::logic::{
    agenda, file_name, grid_months, ics_event, kinds, month_grid, months, PAGE_SIZE,
};
use super::query::CalendarQuery;
use super::texts::{month_heading, weekday, CalendarCount, CalendarText};
use crate::components::filter_select::FilterSelect;
use crate::components::pagination::Pagination;
use crate::components::texts::shown_of;
use crate::date::Date;
use crate::format::long_date;
use crate::i18n::Text;
use crate::lists::page_of;
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
    let query =
        Memo::new(move |_| params.with(|map| CalendarQuery::from_params(|name| map.get(name))));
    view! {
        <PageHeading text=i18n.signal(Page::Calendar.title_text())/>
        <p class="font-lead">{move || i18n.t(CalendarText::Intro)}</p>
        <ActingScopeNote/>
        <SourceProblems of=&EVENT_SOURCES/>
        <Agenda feed query/>
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
fn Agenda(feed: Memo<EventFeed>, query: Memo<CalendarQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let kind = Memo::new(move |_| query.get().kind);
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
        let kind = Kind::from_code(&code);
        navigate(
            &CalendarQuery {
                kind,
                page: 1,
                ..query.get_untracked()
            }
            .href(),
        );
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
                        <ViewSwitch query/>
                        {move || if query.get().grid {
                            view! { <MonthView feed query shown/> }.into_any()
                        } else {
                            view! { <PagedMonths feed query shown/> }.into_any()
                        }}
                    }
                    .into_any()
                }}
            </Show>
        </section>
    }
}

/// The choice between the list of every month and one month as a grid (links in the address).
#[component]
fn ViewSwitch(query: Memo<CalendarQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let link = move |grid: bool, text: CalendarText| {
        let current = move || query.get().grid == grid;
        let href = move || {
            CalendarQuery {
                grid,
                month: None,
                page: 1,
                ..query.get()
            }
            .href()
        };
        view! {
            <li>
                <a
                    href=href
                    class=move || if current() { "button button-primary" } else { "button button-secondary" }
                    aria-current=move || current().then_some("page")
                    data-testid=if grid { "view-grid" } else { "view-list" }
                >
                    {move || i18n.t(text)}
                </a>
            </li>
        }
    };
    view! {
        <nav class="calendar-views" aria-label=move || i18n.t(CalendarText::ViewLabel)>
            <ul class="nobullet-list">
                {link(false, CalendarText::ViewList)}
                {link(true, CalendarText::ViewMonth)}
            </ul>
        </nav>
    }
}

/// One page of the dates ahead (50 a page), by month; a month cut by the page break continues
/// under its name on the next page.
#[component]
fn PagedMonths(
    feed: Memo<EventFeed>,
    query: Memo<CalendarQuery>,
    shown: Memo<Vec<Event>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let paged = Memo::new(move |_| shown.with(|s| page_of(s, query.get().page, PAGE_SIZE)));
    view! {
        {move || paged.with(|p| (p.pages > 1).then(|| {
            let (first, last, total) = (p.first, p.last(), p.total);
            view! { <p data-testid="agenda-shown">{move || shown_of(i18n.lang(), first, last, total)}</p> }
        }))}
        {move || months(&paged.get().items).into_iter().map(|(month, events)| view! { <Month month events feed/> }).collect_view()}
        {move || {
            let (current, pages) = paged.with(|p| (p.page, p.pages));
            let now = query.get();
            let href = Callback::new(move |page: usize| CalendarQuery { page, ..now }.href());
            view! { <Pagination current pages href/> }
        }}
    }
}

/// One month as a grid of weeks (Monday first), each day with how many dates fall on it, the
/// steps to the months before and after, and the month's dates listed below it.
#[component]
fn MonthView(
    feed: Memo<EventFeed>,
    query: Memo<CalendarQuery>,
    shown: Memo<Vec<Event>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let today = move || feed.with(|f| f.today);
    let range = Memo::new(move |_| shown.with(|s| grid_months(s, today())));
    let month = Memo::new(move |_| {
        let (first, last) = range.get();
        query.get().month.unwrap_or(first).clamp(first, last)
    });
    // A link to another month, while it lies within the months the grid can show.
    let step = move |to: Date, text: CalendarText, class: &'static str, testid: &'static str| {
        let (first, last) = range.get();
        (first..=last).contains(&to).then(|| {
            let href = CalendarQuery {
                month: Some(to),
                ..query.get()
            }
            .href();
            view! {
                <a href=href class=class data-testid=testid>
                    {move || i18n.t(text)}
                    <span class="sr-only">": " {move || month_heading(to, i18n.lang())}</span>
                </a>
            }
        })
    };
    let in_month = Memo::new(move |_| {
        let m = month.get();
        shown.with(|s| {
            s.iter()
                .filter(|e| e.date.first_of_month() == m)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div class="calendar-month" data-testid="calendar-month">
            <div class="calendar-month-steps">
                {move || step(month.get().previous_month(), CalendarText::PreviousMonth, "function-link", "month-previous")}
                {move || step(month.get().next_month(), CalendarText::NextMonth, "function-link calendar-next", "month-next")}
            </div>
            <table class="table calendar-grid" data-testid="calendar-grid">
                <caption>{move || month_heading(month.get(), i18n.lang())}</caption>
                <thead>
                    <tr>
                        {(0u8..7).map(|d| view! {
                            <th scope="col">
                                <abbr title=move || weekday(d, false, i18n.lang())>{move || weekday(d, true, i18n.lang())}</abbr>
                            </th>
                        }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {move || month_grid(month.get(), &in_month.get()).into_iter().map(|week| view! {
                        <tr>
                            {week.into_iter().map(|day| match day {
                                None => view! { <td class="calendar-grid-outside"></td> }.into_any(),
                                Some(day) => view! {
                                    <td
                                        class="calendar-grid-day"
                                        class:calendar-grid-busy={day.count > 0}
                                        class:calendar-grid-overdue=day.overdue
                                        class:calendar-grid-today=move || day.date == today()
                                        data-testid="grid-day"
                                        data-date=day.date.to_string()
                                        data-count=day.count.to_string()
                                    >
                                        <span class="calendar-grid-number">{day.date.day}</span>
                                        {(day.count > 0).then(|| view! {
                                            <span class="calendar-grid-count" aria-hidden="true">{day.count}</span>
                                            <span class="sr-only">{move || i18n.count(CalendarCount::Dates, day.count)}</span>
                                        })}
                                    </td>
                                }.into_any(),
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            {move || if in_month.with(Vec::is_empty) {
                view! { <p data-testid="month-none">{move || i18n.t(CalendarText::NoneInMonth)}</p> }.into_any()
            } else {
                view! { <Month month=month.get() events=in_month.get() feed/> }.into_any()
            }}
        </div>
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
            <h3 id=id class="h4">{move || month_heading(month, i18n.lang())}</h3>
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
