//! The overview's Digital Post card and the menu's unread count.

use leptos::prelude::*;

use super::logic::newest_unread;
use super::state::use_read_marks;
use super::texts::{DigitalPostText, PostCount};
use crate::api::Source;
use crate::components::dashboard_card::{card_state, DashboardCard, Fact, Facts};
use crate::format::long_date_iso;
use crate::i18n::{Counted, Text};
use crate::page::routes::Page;
use crate::state::{language::use_i18n, sources::use_sources};

/// Unread letters and the newest of them.
#[component]
pub fn PostCard() -> impl IntoView {
    let i18n = use_i18n();
    let sources = use_sources();
    let marks = use_read_marks();
    let state = Signal::derive(move || {
        let lang = i18n.lang();
        card_state(sources.digital_post.get(), |messages| Facts {
            figure: Fact::text(
                "post-card-unread",
                PostCount::Unread.count(lang, marks.unread(&messages)),
            ),
            lines: newest_unread(&messages, |m| marks.is_read(m))
                .map(|m| {
                    Fact::text(
                        "post-card-newest",
                        format!(
                            "{} {} – {}, {}",
                            DigitalPostText::NewestUnread.text(lang),
                            m.subject,
                            m.sender.name,
                            long_date_iso(&m.received, lang)
                        ),
                    )
                })
                .into_iter()
                .collect(),
        })
    });
    view! {
        <DashboardCard
            heading=i18n.signal(Page::DigitalPost.title_text())
            class="dashboard-card"
            testid="post-card"
            source=Source::DigitalPost
            state
            href=Page::DigitalPost.path()
            link_text=i18n.signal(DigitalPostText::SeePost)
        />
    }
}

/// The unread count for the menu (tracked): `None` until Digital Post has answered.
pub fn unread_in_menu() -> Option<usize> {
    let sources = use_sources();
    let marks = use_read_marks();
    sources.digital_post.with(|loaded| {
        let messages = loaded?.as_ref().ok()?;
        Some(marks.unread(&messages.data))
    })
}
