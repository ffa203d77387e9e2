//! Which letters the citizen has marked as read or unread in this browser session. The marks
//! are kept in sessionStorage (message ids only, never subjects) and override what Digital Post
//! delivered, so the list, the menu's unread count and the overview card agree.

use leptos::prelude::*;

use super::card::unread_in_menu;
use super::texts::PostCount;
use crate::api::digital_post::MessageHeader;
use crate::i18n::Counted;
use crate::page::{
    menu_count::{provide_menu_count, MenuCount},
    routes::Page,
};
use crate::state::session_marks::SessionMarks;

/// The session's read marks.
#[derive(Clone, Copy)]
pub struct ReadMarks {
    marks: SessionMarks,
}

impl ReadMarks {
    /// Whether `message` counts as read (tracked).
    pub fn is_read(&self, message: &MessageHeader) -> bool {
        self.marks.get(&message.id).unwrap_or(message.read)
    }

    /// Marks `id` as read or unread for the rest of the session.
    pub fn set(&self, id: &str, read: bool) {
        self.marks.set(id, read);
    }

    /// How many of `messages` are unread (tracked).
    pub fn unread(&self, messages: &[MessageHeader]) -> usize {
        messages.iter().filter(|m| !self.is_read(m)).count()
    }
}

/// Provides the read marks, starting from what this tab remembers.
pub fn provide_read_marks() {
    provide_context(ReadMarks {
        marks: SessionMarks::new(crate::state::storage_keys::READ_LETTERS),
    });
    provide_menu_count(MenuCount {
        page: Page::DigitalPost,
        count: Signal::derive(unread_in_menu),
        label: |lang, n| PostCount::UnreadShort.count(lang, n),
    });
}

/// The read marks provided by [`provide_read_marks`].
pub fn use_read_marks() -> ReadMarks {
    expect_context::<ReadMarks>()
}
