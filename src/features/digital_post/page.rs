//! The Digital Post page: the letters' headers with a sender filter and sorting, marking as read
//! or unread for the session, and a link to where each letter is read. Never contents.

use leptos::prelude::*;

use super::logic::{arrange, senders, PostSort};
use super::state::use_read_marks;
use super::texts::{DigitalPostText, PostCount};
use crate::api::digital_post::MessageHeader;
use crate::api::Source;
use crate::components::badge::{Badge, BadgeKind};
use crate::components::data_table::DataTable;
use crate::components::filter_select::{ExplicitChoice, FilterSelect};
use crate::components::sourced_section::SourcedSection;
use crate::components::texts::ComponentText;
use crate::format::long_date_iso;
use crate::page::heading::PageHeading;
use crate::page::routes::Page;
use crate::state::{language::use_i18n, sources::use_sources};

/// Digital Post.
#[component]
pub fn DigitalPostPage() -> impl IntoView {
    let i18n = use_i18n();
    let sources = use_sources();
    view! {
        <PageHeading text=i18n.signal(Page::DigitalPost.title_text())/>
        <p class="font-lead">{move || i18n.t(DigitalPostText::Intro)}</p>
        <SourcedSection
            heading_id="letters-heading"
            heading=i18n.signal(DigitalPostText::ListHeading)
            testid="digital-post"
            source=Source::DigitalPost
            loaded=move || sources.digital_post.get()
            render=|messages| view! { <Letters messages/> }
        />
    }
}

/// The unread count, the controls and the table.
#[component]
fn Letters(messages: Vec<MessageHeader>) -> impl IntoView {
    let i18n = use_i18n();
    let marks = use_read_marks();
    let messages = StoredValue::new(messages);
    let (sender, set_sender) = signal(None::<String>);
    let (sort, set_sort) = signal(PostSort::default());
    let shown = Memo::new(move |_| {
        messages.with_value(|all| arrange(all, sender.get().as_deref(), sort.get()))
    });
    let unread = move || messages.with_value(|all| marks.unread(all));
    let names = messages.with_value(|all| senders(all));
    let sort_text = |sort: PostSort| match sort {
        PostSort::Newest => DigitalPostText::SortNewest,
        PostSort::Oldest => DigitalPostText::SortOldest,
        PostSort::Sender => DigitalPostText::SortSender,
        PostSort::Subject => DigitalPostText::SortSubject,
    };
    if messages.with_value(Vec::is_empty) {
        return view! { <p data-testid="post-none">{move || i18n.t(DigitalPostText::NoLetters)}</p> }
            .into_any();
    }
    let sort_choice = ExplicitChoice::new(Callback::new(move |value: String| {
        set_sort.set(PostSort::from_id(&value))
    }));
    view! {
        <p class="font-lead" role="status" data-testid="post-unread">
            {move || i18n.count(PostCount::Unread, unread())}
        </p>
        <p>{move || i18n.t(DigitalPostText::WhereToRead)}</p>
        <div class="filter-row">
            <FilterSelect
                id="post-sender"
                label=i18n.signal(DigitalPostText::FilterSender)
                options=Signal::stored(names.into_iter().map(|name| (name.clone(), name)).collect())
                selected=Signal::derive(move || sender.get().unwrap_or_default())
                on_change=Callback::new(move |value: String| set_sender.set((!value.is_empty()).then_some(value)))
                testid="post-sender"
            />
            <div class="form-group">
                <label class="form-label" for="post-sort">{move || i18n.t(DigitalPostText::SortLabel)}</label>
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
        <DataTable caption=i18n.signal(DigitalPostText::Caption) testid="post-table" stack=true>
            <thead>
                <tr>
                    <th scope="col">{move || i18n.t(DigitalPostText::ColStatus)}</th>
                    <th scope="col">{move || i18n.t(DigitalPostText::ColSubject)}</th>
                    <th scope="col">{move || i18n.t(DigitalPostText::FilterSender)}</th>
                    <th scope="col">{move || i18n.t(DigitalPostText::ColReceived)}</th>
                    <th scope="col">{move || i18n.t(DigitalPostText::ColAttachments)}</th>
                    <th scope="col">{move || i18n.t(DigitalPostText::ColActions)}</th>
                </tr>
            </thead>
            <tbody>
                <For each=move || shown.get() key=|m| m.id.clone() let:message>
                    <LetterRow message/>
                </For>
            </tbody>
        </DataTable>
        <p class="form-hint">{move || i18n.t(DigitalPostText::MarksKept)}</p>
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
            <td data-label=move || i18n.t(DigitalPostText::ColStatus)>
                {move || if read.get() {
                    view! { <span class="post-read">{move || i18n.t(DigitalPostText::Read)}</span> }.into_any()
                } else {
                    view! { <Badge kind=BadgeKind::Info text=i18n.signal(DigitalPostText::Unread)/> }.into_any()
                }}
            </td>
            <td class="post-subject stack-first" lang="da">{subject.get_value()}</td>
            <td data-label=move || i18n.t(DigitalPostText::FilterSender)>{sender.name}</td>
            <td class="nowrap" data-label=move || i18n.t(DigitalPostText::ColReceived)>{move || long_date_iso(&received, i18n.lang())}</td>
            <td data-label=move || i18n.t(DigitalPostText::ColAttachments)>{move || i18n.count(PostCount::Attachments, usize::from(attachments))}</td>
            <td class="post-actions">
                <button
                    type="button"
                    class="button button-unstyled function-link"
                    data-testid="post-toggle"
                    on:click=move |_| marks.set(&id, !read.get_untracked())
                >
                    {move || i18n.t(if read.get() { DigitalPostText::MarkUnread } else { DigitalPostText::MarkRead })}
                    <span class="sr-only">": " {subject.get_value()}</span>
                </button>
                // Only a safe https: address becomes the link to the letter.
                {read_at.link().map(|url| view! {
                    <a href=url.get() class="function-link" rel="external">
                        {move || i18n.t(DigitalPostText::ReadLetter)}
                        <span class="sr-only">": " {subject.get_value()} " " {move || i18n.t(ComponentText::ExternalSite)}</span>
                    </a>
                })}
            </td>
        </tr>
    }
}
