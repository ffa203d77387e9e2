//! The overview's Digital Post card and the menu's unread count.

use leptos::prelude::*;

use super::logic::newest_unread;
use super::state::use_read_marks;
use super::texts::{DigitalPostText, PostCount};
use crate::api::digital_post::MessageHeader;
use crate::api::Source;
use crate::components::source_card::SourceCard;
use crate::format::long_date_iso;
use crate::shell::routes::Page;
use crate::state::{language::use_i18n, sources::use_sources};

/// Unread letters and the newest of them.
#[component]
pub fn PostCard() -> impl IntoView {
    let i18n = use_i18n();
    let sources = use_sources();
    view! {
        <SourceCard
            heading_id="post-card-heading"
            heading=i18n.signal(DigitalPostText::Title)
            class="dashboard-card"
            testid="post-card"
            source=Source::DigitalPost
            loaded=move || sources.digital_post.get()
            on_retry=sources.retry_callback(Source::DigitalPost)
            render=|sourced| view! { <PostFigures messages=sourced.data/> }
            link_href=Page::DigitalPost.path()
            link_text=i18n.signal(DigitalPostText::SeePost)
        />
    }
}

#[component]
fn PostFigures(messages: Vec<MessageHeader>) -> impl IntoView {
    let i18n = use_i18n();
    let marks = use_read_marks();
    let messages = StoredValue::new(messages);
    let newest = move || {
        messages.with_value(|all| {
            newest_unread(all, |m| marks.is_read(m))
                .map(|m| (m.subject.clone(), m.sender.name.clone(), m.received.clone()))
        })
    };
    view! {
        <p class="dashboard-figure" data-testid="post-card-unread">
            {move || messages.with_value(|all| i18n.count(PostCount::Unread, marks.unread(all)))}
        </p>
        {move || newest().map(|(subject, sender, received)| view! {
            <p>
                {move || i18n.t(DigitalPostText::NewestUnread)} " "
                <strong lang="da">{subject}</strong> " – " {sender} ", "
                {move || long_date_iso(&received, i18n.lang())}
            </p>
        })}
    }
}

/// The unread count for the menu (tracked): `None` until Digital Post has answered.
pub fn unread_in_menu() -> Option<usize> {
    let sources = use_sources();
    let marks = use_read_marks();
    sources.digital_post.with(|loaded| {
        let messages = loaded.as_ref()?.as_ref().ok()?;
        Some(marks.unread(&messages.data))
    })
}
