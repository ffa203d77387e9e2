//! The page: what the authorities await, by deadline, each as a card with what, by when (overdue
//! marked), the case and authority, and what to do (the case's page; the authority's
//! self-service when the case's detail names a safe one).

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::logic::{awaited_events, tasks, Task, PAGE_SIZE};
use super::texts::{days_left, TaskCount, TaskText};
use crate::api::web_address::SafeUrl;
use crate::api::{endpoints, Source};
use crate::components::badge::{Badge, BadgeKind};
use crate::components::pagination::Pagination;
use crate::components::sourced_section::SourcedSection;
use crate::components::texts::{shown_of, ComponentText};
use crate::format::long_date;
use crate::lists::page_of;
use crate::page::event_feed::ActingScopeNote;
use crate::page::heading::PageHeading;
use crate::page::hrefs::{page_number, target_href, with_query, PAGE_PARAM};
use crate::page::routes::Page;
use crate::state::api_settings::use_api_settings;
use crate::state::{clock::use_clock, language::use_i18n, sources::use_sources};

/// Det venter vi på fra dig.
#[component]
pub fn TasksPage() -> impl IntoView {
    let i18n = use_i18n();
    let sources = use_sources();
    let clock = use_clock();
    let params = use_query_map();
    // The page of the list (`?side=2`); anything else is the first.
    let page = Memo::new(move |_| params.with(|map| page_number(map.get(PAGE_PARAM))));
    view! {
        <PageHeading text=i18n.signal(Page::Tasks.title_text())/>
        <p class="font-lead">{move || i18n.t(TaskText::Intro)}</p>
        <ActingScopeNote/>
        <SourcedSection
            heading_id="tasks-heading"
            heading=i18n.signal(TaskText::ListHeading)
            testid="tasks"
            source=Source::Cases
            loaded=move || sources.cases.get()
            render=move |_| {
                // Re-read with the envelope, so the events carry the source's own data.
                let list = sources.cases.with(|loaded| match loaded {
                    Some(Ok(cases)) => {
                        let today = clock.today();
                        tasks(&awaited_events(cases, today), today)
                    }
                    _ => Vec::new(),
                });
                view! { <TaskList list page=page.get()/> }
            }
        />
        <p class="mt-6">
            <a href=Page::Calendar.path() class="function-link">{move || i18n.t(TaskText::SeeCalendar)}</a>
        </p>
    }
}

/// The count and one page of the cards (each card asks for its case's detail, so a long list
/// is never drawn at once).
#[component]
fn TaskList(list: Vec<Task>, page: usize) -> impl IntoView {
    let i18n = use_i18n();
    if list.is_empty() {
        return view! { <p data-testid="tasks-none">{move || i18n.t(TaskText::Nothing)}</p> }
            .into_any();
    }
    let (count, overdue) = (list.len(), list.iter().filter(|t| t.overdue).count());
    let paged = page_of(&list, page, PAGE_SIZE);
    let (current, pages, first, last) = (paged.page, paged.pages, paged.first, paged.last());
    let href = Callback::new(|page: usize| {
        let params: Vec<(&str, String)> = (page > 1)
            .then(|| (PAGE_PARAM, page.to_string()))
            .into_iter()
            .collect();
        with_query(Page::Tasks.path(), &params)
    });
    view! {
        <p data-testid="tasks-count">
            <strong>{move || i18n.count(TaskCount::Waiting, count)}</strong>
            {(overdue > 0).then(|| view! { ". " {move || i18n.count(TaskCount::Overdue, overdue)} "." })}
        </p>
        <p class="form-hint">{move || i18n.t(TaskText::HowToAnswer)}</p>
        {(pages > 1).then(|| view! { <p data-testid="tasks-shown">{move || shown_of(i18n.lang(), first, last, count)}</p> })}
        <ol class="event-cards nobullet-list" data-testid="task-list" start=first.to_string()>
            {paged.items.into_iter().map(|task| view! { <TaskCard task/> }).collect_view()}
        </ol>
        <Pagination current pages href/>
    }
    .into_any()
}

/// One awaited thing.
#[component]
fn TaskCard(task: Task) -> impl IntoView {
    let i18n = use_i18n();
    let Task {
        event,
        title,
        what,
        deadline,
        days_left: left,
        overdue,
    } = task;
    let href = target_href(&event.target);
    let authority = event.authority.clone();
    let case_id = match &event.target {
        crate::state::events::Target::Case(id) => Some(id.clone()),
        _ => None,
    };
    let self_service = self_service_link(case_id);
    let title_for_link = title.clone();
    view! {
        <li class="event-card" class:event-overdue=overdue data-testid="task" data-overdue=overdue.to_string() data-uid=event.uid()>
            <h3 class="h4 event-card-title" lang="da">{title}</h3>
            <dl class="event-facts">
                <dt>{move || i18n.t(TaskText::What)}</dt>
                <dd data-testid="task-what">
                    {match what {
                        Some(what) => view! { <span lang="da">{what}</span> }.into_any(),
                        None => view! { <span>{move || i18n.t(TaskText::WhatUnknown)}</span> }.into_any(),
                    }}
                </dd>
                <dt>{move || i18n.t(TaskText::Deadline)}</dt>
                <dd data-testid="task-deadline">
                    {move || deadline.map_or_else(|| i18n.t(TaskText::NoDeadline).to_owned(), |d| long_date(d, i18n.lang()))}
                    {left.map(|left| view! {
                        " "
                        {if overdue {
                            view! { <Badge kind=BadgeKind::Error text=Signal::derive(move || format!("{}: {}", i18n.t(TaskText::Overdue), days_left(i18n.lang(), left))) testid="task-overdue"/> }.into_any()
                        } else {
                            view! { <Badge kind=BadgeKind::Info text=Signal::derive(move || days_left(i18n.lang(), left))/> }.into_any()
                        }}
                    })}
                </dd>
                <dt>{move || i18n.t(TaskText::Authority)}</dt>
                <dd>{authority}</dd>
            </dl>
            <p class="event-actions">
                <a href=href class="function-link" data-testid="task-case-link">
                    {move || i18n.t(TaskText::GoToCase)}
                    <span class="sr-only">": " {title_for_link.clone()}</span>
                </a>
                {move || self_service.get().map(|url| view! {
                    <a href=url.get() class="function-link" rel="external" data-testid="task-self-service">
                        {move || i18n.t(TaskText::SelfService)}
                        <span class="sr-only">" " {move || i18n.t(ComponentText::ExternalSite)}</span>
                    </a>
                })}
            </p>
        </li>
    }
}

/// The authority's self-service for a case, once its detail has answered with a safe address
/// (`None` while loading, on an error, or without one: the case's page still says what to do).
fn self_service_link(case_id: Option<String>) -> Signal<Option<SafeUrl>> {
    let Some(id) = case_id else {
        return Signal::stored(None);
    };
    let settings = use_api_settings();
    let detail = LocalResource::new(move || {
        let client = settings.client_for(Source::Cases);
        let id = id.clone();
        async move { endpoints::fetch_case(&client, &id).await }
    });
    Signal::derive(move || {
        detail.with(|loaded| {
            let detail = loaded.as_ref()?.as_ref().ok()?;
            detail.data.links.self_service.as_ref()?.link()
        })
    })
}
