//! The Digital Post page: the letters' headers with a search, a sender filter and sorting, 25 to
//! a page, marking as read or unread for the session, and a link to where each letter is read.
//! Never contents.
//!
//! The search filters as you type over keys computed once when the letters load; the address
//! (`?soeg=…&side=…`) follows 400 ms after the last keystroke, replacing the history entry.

use leptos::prelude::*;
use leptos_router::{
    hooks::{use_navigate, use_query_map},
    NavigateOptions,
};
use wasm_bindgen::JsCast;

use super::logic::{filter_order, letter_keys, senders, sorted, PostSort, PAGE_SIZE};
use super::query::PostQuery;
use super::state::use_read_marks;
use super::texts::{showing, DigitalPostPageText, PostCount};
use crate::api::digital_post::MessageHeader;
use crate::api::Source;
use crate::components::badge::{Badge, BadgeKind};
use crate::components::data_table::DataTable;
use crate::components::filter_select::{ExplicitChoice, FilterSelect};
use crate::components::pagination::Pagination;
use crate::components::search_box::SearchBox;
use crate::components::sourced_section::SourcedSection;
use crate::components::texts::ComponentText;
use crate::format::long_date_iso;
use crate::lists::page_of;
use crate::page::heading::PageHeading;
use crate::page::live_search::{live_search, SearchQuery};
use crate::page::routes::Page;
use crate::state::{language::use_i18n, sources::use_sources};

/// Digital Post.
#[component]
pub fn DigitalPostPage() -> impl IntoView {
    let i18n = use_i18n();
    let sources = use_sources();
    let params = use_query_map();
    let query = Memo::new(move |_| params.with(|map| PostQuery::from_params(|name| map.get(name))));
    view! {
        <PageHeading text=i18n.signal(Page::DigitalPost.title_text())/>
        <p class="font-lead">{move || i18n.t(DigitalPostPageText::Intro)}</p>
        <SourcedSection
            heading_id="letters-heading"
            heading=i18n.signal(DigitalPostPageText::ListHeading)
            testid="digital-post"
            source=Source::DigitalPost
            loaded=move || sources.digital_post.get()
            render=move |messages| view! { <Letters messages query/> }
        />
    }
}

/// The unread count, the controls, the table and its pages.
#[component]
fn Letters(messages: Vec<MessageHeader>, query: Memo<PostQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let marks = use_read_marks();
    // Sort and search keys once per load, not per comparison or per keystroke.
    let keys = StoredValue::new(letter_keys(&messages));
    let messages = StoredValue::new(messages);
    let (sender, set_sender) = signal(None::<String>);
    let (sort, set_sort) = signal(PostSort::default());
    let (typed, query) = live_search(query);
    let order = Memo::new(move |_| {
        let sort = sort.get();
        keys.with_value(|keys| sorted(keys, sort))
    });
    let shown = Memo::new(move |_| {
        let sender = sender.get();
        order.with(|order| {
            typed.with(|typed| {
                messages.with_value(|all| {
                    keys.with_value(|keys| filter_order(all, keys, order, sender.as_deref(), typed))
                })
            })
        })
    });
    let paged = Memo::new(move |_| {
        let number = query.with(|query| query.page);
        shown.with(|shown| {
            let paged = page_of(shown, number, PAGE_SIZE);
            let items: Vec<MessageHeader> =
                messages.with_value(|all| paged.items.iter().map(|&i| all[i].clone()).collect());
            (items, paged.page, paged.pages, paged.first)
        })
    });
    let unread = move || messages.with_value(|all| marks.unread(all));
    let names = messages.with_value(|all| senders(all));
    let sort_text = |sort: PostSort| match sort {
        PostSort::Newest => DigitalPostPageText::SortNewest,
        PostSort::Oldest => DigitalPostPageText::SortOldest,
        PostSort::Sender => DigitalPostPageText::SortSender,
        PostSort::Subject => DigitalPostPageText::SortSubject,
    };
    if messages.with_value(Vec::is_empty) {
        return view! { <p data-testid="post-none">{move || i18n.t(DigitalPostPageText::NoLetters)}</p> }
            .into_any();
    }
    // A new sender or sort starts again on the first page.
    let navigate = use_navigate();
    let first_page = move || {
        if query.with_untracked(|query| query.page) > 1 {
            let href = PostQuery {
                page: 1,
                ..query.get_untracked()
            }
            .href();
            navigate(
                &href,
                NavigateOptions {
                    replace: true,
                    scroll: false,
                    ..Default::default()
                },
            );
        }
    };
    let sort_choice = {
        let first_page = first_page.clone();
        ExplicitChoice::new(Callback::new(move |value: String| {
            set_sort.set(PostSort::from_id(&value));
            first_page();
        }))
    };
    let on_sender = Callback::new(move |value: String| {
        set_sender.set((!value.is_empty()).then_some(value));
        first_page();
    });
    let on_submit = {
        let navigate = use_navigate();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            navigate(
                &query.get_untracked().href(),
                NavigateOptions {
                    scroll: false,
                    ..Default::default()
                },
            );
        }
    };
    let count_text = move || {
        let lang = i18n.lang();
        let total = shown.with(Vec::len);
        if total == 0 {
            return i18n.t(DigitalPostPageText::NoMatch).to_owned();
        }
        paged.with(|(items, _, _, first)| showing(lang, *first, first + items.len() - 1, total))
    };
    // After moving to another page the followed link is gone: focus goes to the count, which
    // says which letters are shown now. Typing also goes back to page 1; focus stays in the box.
    Effect::new(move |previous: Option<usize>| {
        let current = paged.with(|(_, page, _, _)| *page);
        let typing = document()
            .active_element()
            .is_some_and(|element| element.id() == "post-search");
        if previous.is_some_and(|previous| previous != current) && !typing {
            if let Some(count) = document()
                .get_element_by_id("post-count")
                .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = count.focus();
            }
        }
        current
    });
    view! {
        <p class="font-lead" role="status" data-testid="post-unread">
            {move || i18n.count(PostCount::Unread, unread())}
        </p>
        <p>{move || i18n.t(DigitalPostPageText::WhereToRead)}</p>
        // One search landmark, named by the section's heading, for the search, sender and sort.
        <form class="post-search" role="search" aria-labelledby="letters-heading" on:submit=on_submit>
            <SearchBox
                id="post-search"
                testid="post-search"
                label=i18n.signal(DigitalPostPageText::SearchLabel)
                hint=i18n.signal(DigitalPostPageText::SearchHint)
                button=i18n.signal(DigitalPostPageText::SearchButton)
                typed
            />
        <div class="filter-row">
            <FilterSelect
                id="post-sender"
                label=i18n.signal(DigitalPostPageText::FilterSender)
                options=Signal::stored(names.into_iter().map(|name| (name.clone(), name)).collect())
                selected=Signal::derive(move || sender.get().unwrap_or_default())
                on_change=on_sender
                testid="post-sender"
            />
            <div class="form-group">
                <label class="form-label" for="post-sort">{move || i18n.t(DigitalPostPageText::SortLabel)}</label>
                <select
                    id="post-sort"
                    class="form-select"
                    data-testid="post-sort"
                    on:keydown=move |ev| sort_choice.keydown(ev)
                    on:pointerdown=move |_| sort_choice.pointerdown()
                    on:change=move |ev| sort_choice.change(ev)
                    on:blur=move |_| sort_choice.blur()
                >
                    {PostSort::ALL
                        .into_iter()
                        .map(|option| view! {
                            <option value=option.id() selected=move || sort.get() == option>
                                {move || i18n.t(sort_text(option))}
                            </option>
                        })
                        .collect_view()}
                </select>
            </div>
        </div>
        </form>
        <p id="post-count" class="mt-6" tabindex="-1" role="status" aria-live="polite" data-testid="post-count">
            {count_text}
        </p>
        <Show when=move || !shown.with(Vec::is_empty)>
            <DataTable caption=i18n.signal(DigitalPostPageText::Caption) testid="post-table" stack=true>
                <thead>
                    <tr>
                        <th scope="col">{move || i18n.t(DigitalPostPageText::ColStatus)}</th>
                        <th scope="col">{move || i18n.t(DigitalPostPageText::ColSubject)}</th>
                        <th scope="col">{move || i18n.t(DigitalPostPageText::FilterSender)}</th>
                        <th scope="col">{move || i18n.t(DigitalPostPageText::ColReceived)}</th>
                        <th scope="col">{move || i18n.t(DigitalPostPageText::ColAttachments)}</th>
                        <th scope="col">{move || i18n.t(DigitalPostPageText::ColActions)}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || paged.get().0 key=|m| m.id.clone() let:message>
                        <LetterRow message/>
                    </For>
                </tbody>
            </DataTable>
            {move || {
                let (current, pages) = paged.with(|(_, page, pages, _)| (*page, *pages));
                // Tracked: a keystroke that leaves the page as it was still changes the links.
                let shown = query.get();
                let href = Callback::new(move |page: usize| PostQuery { page, ..shown.clone() }.href());
                view! { <Pagination current pages href/> }
            }}
        </Show>
        <p class="form-hint">{move || i18n.t(DigitalPostPageText::MarksKept)}</p>
    }
    .into_any()
}

/// One letter: read state, subject, sender, date, attachments, and its two actions.
#[component]
fn LetterRow(message: MessageHeader) -> impl IntoView {
    let i18n = use_i18n();
    let marks = use_read_marks();
    let stored = StoredValue::new(message.clone());
    let read = Memo::new(move |_| stored.with_value(|m| marks.is_read(m)));
    let MessageHeader {
        id,
        subject,
        sender,
        received,
        attachments,
        read_at,
        ..
    } = message;
    let subject = StoredValue::new(subject);
    let row_id = id.clone();
    view! {
        <tr class:post-unread=move || !read.get() data-testid="post-row" data-id=row_id>
            <td data-label=move || i18n.t(DigitalPostPageText::ColStatus)>
                {move || if read.get() {
                    view! { <span class="post-read">{move || i18n.t(DigitalPostPageText::Read)}</span> }.into_any()
                } else {
                    view! { <Badge kind=BadgeKind::Info text=i18n.signal(DigitalPostPageText::Unread)/> }.into_any()
                }}
            </td>
            <td class="post-subject stack-first" lang="da">{subject.get_value()}</td>
            <td data-label=move || i18n.t(DigitalPostPageText::FilterSender)>{sender.name}</td>
            <td class="nowrap" data-label=move || i18n.t(DigitalPostPageText::ColReceived)>{move || long_date_iso(&received, i18n.lang())}</td>
            <td data-label=move || i18n.t(DigitalPostPageText::ColAttachments)>{move || i18n.count(PostCount::Attachments, usize::from(attachments))}</td>
            <td class="post-actions">
                <button
                    type="button"
                    class="button button-unstyled function-link"
                    data-testid="post-toggle"
                    on:click=move |_| marks.set(&id, !read.get_untracked())
                >
                    {move || i18n.t(if read.get() { DigitalPostPageText::MarkUnread } else { DigitalPostPageText::MarkRead })}
                    <span class="sr-only">": " {subject.get_value()}</span>
                </button>
                // Only a safe https: address becomes the link to the letter.
                {read_at.link().map(|url| view! {
                    <a href=url.get() class="function-link" rel="external">
                        {move || i18n.t(DigitalPostPageText::ReadLetter)}
                        <span class="sr-only">": " {subject.get_value()} " " {move || i18n.t(ComponentText::ExternalSite)}</span>
                    </a>
                })}
            </td>
        </tr>
    }
}

impl SearchQuery for PostQuery {
    fn search(&self) -> &str {
        &self.search
    }

    fn searching(self, search: String) -> PostQuery {
        PostQuery { search, page: 1 }
    }

    fn href(&self) -> String {
        PostQuery::href(self)
    }
}
