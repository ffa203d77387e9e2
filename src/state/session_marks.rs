//! Marks the citizen sets for the rest of the browser session (read letters, withdrawn
//! consents): ids and a yes/no only, kept in sessionStorage so a reload keeps them and closing
//! the tab forgets them.

use std::collections::HashMap;

use leptos::prelude::*;

use super::session_life::SessionLife;
use super::tab_storage::{recall, remember};

/// Marks by id, remembered under one sessionStorage key.
#[derive(Clone, Copy)]
pub struct SessionMarks {
    key: &'static str,
    marks: RwSignal<HashMap<String, bool>>,
}

impl SessionMarks {
    /// The marks remembered under `key` in this tab, forgotten when the session ends.
    pub fn new(key: &'static str) -> SessionMarks {
        let marks = recall(key).map(|text| decode(&text)).unwrap_or_default();
        let marks = SessionMarks {
            key,
            marks: RwSignal::new(marks),
        };
        if let Some(life) = use_context::<SessionLife>() {
            life.enrol(marks);
        }
        marks
    }

    /// The mark of `id`, if set (tracked).
    pub fn get(&self, id: &str) -> Option<bool> {
        self.marks.with(|marks| marks.get(id).copied())
    }

    /// Forgets every mark (the session ended; its storage is cleared by the caller).
    pub fn clear(&self) {
        self.marks.set(HashMap::new());
    }

    /// Sets the mark of `id` for the rest of the session.
    pub fn set(&self, id: &str, mark: bool) {
        self.marks.update(|marks| {
            marks.insert(id.to_owned(), mark);
        });
        remember(self.key, &self.marks.with_untracked(encode));
    }
}

/// "id=1;id=0": ids are UUIDs, so neither separator occurs in them.
fn encode(marks: &HashMap<String, bool>) -> String {
    let mut pairs: Vec<String> = marks
        .iter()
        .map(|(id, mark)| format!("{id}={}", u8::from(*mark)))
        .collect();
    pairs.sort();
    pairs.join(";")
}

fn decode(text: &str) -> HashMap<String, bool> {
    text.split(';')
        .filter_map(|pair| {
            let (id, mark) = pair.split_once('=')?;
            Some((id.to_owned(), mark == "1"))
        })
        .collect()
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
