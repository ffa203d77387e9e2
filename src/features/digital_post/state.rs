//! Which letters the citizen has marked as read or unread in this browser session. The marks
//! are kept in sessionStorage (message ids only, never subjects) and override what Digital Post
//! delivered, so the list, the menu's unread count and the overview card agree.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::api::digital_post::MessageHeader;
use crate::state::tab_params::{recall, remember};

const KEY: &str = "mit-overblik.post-laest";

/// The session's read marks.
#[derive(Clone, Copy)]
pub struct ReadMarks {
    marks: RwSignal<HashMap<String, bool>>,
}

impl ReadMarks {
    /// Whether `message` counts as read (tracked).
    pub fn is_read(&self, message: &MessageHeader) -> bool {
        self.marks
            .with(|marks| marks.get(&message.id).copied())
            .unwrap_or(message.read)
    }

    /// Marks `id` as read or unread for the rest of the session.
    pub fn set(&self, id: &str, read: bool) {
        self.marks.update(|marks| {
            marks.insert(id.to_owned(), read);
        });
        remember(KEY, &self.marks.with_untracked(encode));
    }

    /// How many of `messages` are unread (tracked).
    pub fn unread(&self, messages: &[MessageHeader]) -> usize {
        messages.iter().filter(|m| !self.is_read(m)).count()
    }
}

/// "id=1;id=0": ids are UUIDs, so neither separator occurs in them.
fn encode(marks: &HashMap<String, bool>) -> String {
    let mut pairs: Vec<String> = marks
        .iter()
        .map(|(id, read)| format!("{id}={}", u8::from(*read)))
        .collect();
    pairs.sort();
    pairs.join(";")
}

fn decode(text: &str) -> HashMap<String, bool> {
    text.split(';')
        .filter_map(|pair| {
            let (id, read) = pair.split_once('=')?;
            Some((id.to_owned(), read == "1"))
        })
        .collect()
}

/// Provides the read marks, starting from what this tab remembers.
pub fn provide_read_marks() {
    let marks = recall(KEY).map(|text| decode(&text)).unwrap_or_default();
    provide_context(ReadMarks {
        marks: RwSignal::new(marks),
    });
}

/// The read marks provided by [`provide_read_marks`].
pub fn use_read_marks() -> ReadMarks {
    expect_context::<ReadMarks>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_survive_the_round_trip_through_storage() {
        let marks: HashMap<String, bool> = [
            ("6cfbdece-be93-521a-a3e0-5d7cb4bfe00d".to_owned(), true),
            ("82bb50c8-d90d-5c99-aaaf-e504c3bbe644".to_owned(), false),
        ]
        .into();
        assert_eq!(decode(&encode(&marks)), marks);
        assert!(decode("").is_empty());
    }
}
