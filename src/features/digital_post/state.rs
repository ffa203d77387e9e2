//! Which letters the citizen has marked as read or unread in this browser session. The marks
//! are kept in sessionStorage (message ids only, never subjects) and override what Digital Post
//! delivered, so the list, the menu's unread count and the overview card agree.

use leptos::prelude::*;

use crate::api::digital_post::MessageHeader;
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

    /// Forgets the session's marks (on *Log af*).
    pub fn clear(&self) {
        self.marks.clear();
    }

    /// How many of `messages` are unread (tracked).
    pub fn unread(&self, messages: &[MessageHeader]) -> usize {
        messages.iter().filter(|m| !self.is_read(m)).count()
    }
}

/// Provides the read marks, starting from what this tab remembers.
pub fn provide_read_marks() {
    provide_context(ReadMarks {
        marks: SessionMarks::new("mit-overblik.post-laest"),
    });
}

/// The read marks provided by [`provide_read_marks`].
pub fn use_read_marks() -> ReadMarks {
    expect_context::<ReadMarks>()
}
