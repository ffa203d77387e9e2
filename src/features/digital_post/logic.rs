//! The letter list's order, filter and search, without the browser. The sort and search keys
//! are computed once per letter when the letters load ([`letter_keys`]); sorting compares keys
//! and a keystroke only filters the sorted positions.

use crate::api::digital_post::MessageHeader;
use crate::date::instant_minutes;
use crate::lists::{collate, compare_danish, fold, matches, search_text};

/// Letters on one page of the list.
pub const PAGE_SIZE: usize = 25;

/// How the list is sorted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PostSort {
    #[default]
    Newest,
    Oldest,
    Sender,
    Subject,
}

impl PostSort {
    pub const ALL: [PostSort; 4] = [
        PostSort::Newest,
        PostSort::Oldest,
        PostSort::Sender,
        PostSort::Subject,
    ];

    /// A stable value for the select.
    pub fn id(self) -> &'static str {
        match self {
            PostSort::Newest => "nyeste",
            PostSort::Oldest => "aeldste",
            PostSort::Sender => "afsender",
            PostSort::Subject => "emne",
        }
    }

    pub fn from_id(id: &str) -> PostSort {
        PostSort::ALL
            .into_iter()
            .find(|sort| sort.id() == id)
            .unwrap_or_default()
    }
}

/// The senders in Danish alphabetical order, each once.
pub fn senders(messages: &[MessageHeader]) -> Vec<String> {
    let mut names: Vec<String> = messages.iter().map(|m| m.sender.name.clone()).collect();
    names.sort_by(|a, b| compare_danish(a, b));
    names.dedup();
    names
}

/// What the list sorts and searches a letter by, computed once when the letters load.
#[derive(Clone, Debug, PartialEq)]
pub struct LetterKeys {
    received: i64,
    sender: Vec<u32>,
    subject: Vec<u32>,
    /// Subject and sender, folded.
    search: String,
}

/// The keys of every letter, in the letters' order.
pub fn letter_keys(messages: &[MessageHeader]) -> Vec<LetterKeys> {
    messages
        .iter()
        .map(|m| LetterKeys {
            received: instant_minutes(&m.received),
            sender: collate(&m.sender.name),
            subject: collate(&m.subject),
            search: search_text([m.subject.as_str(), m.sender.name.as_str()]),
        })
        .collect()
}

/// The positions of all letters in the order `sort`; ties go newest first.
pub fn sorted(keys: &[LetterKeys], sort: PostSort) -> Vec<usize> {
    let newest = |a: &LetterKeys, b: &LetterKeys| b.received.cmp(&a.received);
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&keys[a], &keys[b]);
        match sort {
            PostSort::Newest => newest(a, b),
            PostSort::Oldest => newest(b, a),
            PostSort::Sender => a.sender.cmp(&b.sender).then_with(|| newest(a, b)),
            PostSort::Subject => a.subject.cmp(&b.subject).then_with(|| newest(a, b)),
        }
    });
    order
}

/// Of `order` (from [`sorted`]), the letters from `sender` (all if `None`) whose subject or
/// sender holds `search`, in the same order.
pub fn filter_order(
    messages: &[MessageHeader],
    keys: &[LetterKeys],
    order: &[usize],
    sender: Option<&str>,
    search: &str,
) -> Vec<usize> {
    let needle = fold(search);
    order
        .iter()
        .copied()
        .filter(|&i| {
            sender.is_none_or(|s| messages[i].sender.name == s) && matches(&keys[i].search, &needle)
        })
        .collect()
}

/// The letters from `sender` (all if `None`) in the order `sort`; ties go newest first.
pub fn arrange(
    messages: &[MessageHeader],
    sender: Option<&str>,
    sort: PostSort,
) -> Vec<MessageHeader> {
    let keys = letter_keys(messages);
    filter_order(messages, &keys, &sorted(&keys, sort), sender, "")
        .into_iter()
        .map(|i| messages[i].clone())
        .collect()
}

/// The newest letter not yet read, by `is_read`.
pub fn newest_unread(
    messages: &[MessageHeader],
    is_read: impl Fn(&MessageHeader) -> bool,
) -> Option<&MessageHeader> {
    messages
        .iter()
        .filter(|m| !is_read(m))
        .max_by_key(|m| instant_minutes(&m.received))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::fixture;
    use std::cmp::Ordering;

    /// Whether the letters are in Danish alphabetical order of `key`.
    fn in_danish_order(letters: &[MessageHeader], key: fn(&MessageHeader) -> &str) -> bool {
        letters
            .windows(2)
            .all(|w| compare_danish(key(&w[0]), key(&w[1])) != Ordering::Greater)
    }

    fn letters() -> Vec<MessageHeader> {
        fixture::<Vec<MessageHeader>>("mange-sager", "digital-post").data
    }

    #[test]
    fn newest_first_by_default_and_oldest_first_on_request() {
        let all = letters();
        let newest = arrange(&all, None, PostSort::Newest);
        assert_eq!(newest.len(), all.len());
        assert!(newest.windows(2).all(|w| w[0].received >= w[1].received));
        let oldest = arrange(&all, None, PostSort::Oldest);
        assert_eq!(oldest.first(), newest.last());
    }

    #[test]
    fn a_sender_filter_keeps_only_that_sender_and_senders_sort_the_danish_way() {
        let all = letters();
        let names = senders(&all);
        assert!(names.len() >= 5);
        assert!(names
            .windows(2)
            .all(|w| compare_danish(&w[0], &w[1]) == Ordering::Less));
        let tax = arrange(&all, Some("Skattestyrelsen"), PostSort::Newest);
        assert!(!tax.is_empty() && tax.iter().all(|m| m.sender.name == "Skattestyrelsen"));
        let by_sender = arrange(&all, None, PostSort::Sender);
        assert_eq!(by_sender[0].sender.name, names[0]);
        let by_subject = arrange(&all, None, PostSort::Subject);
        assert!(in_danish_order(&by_subject, |m| &m.subject));
    }

    #[test]
    fn a_search_over_subject_and_sender_filters_the_sorted_letters_and_pages() {
        let all = letters();
        let keys = letter_keys(&all);
        let order = sorted(&keys, PostSort::Subject);
        let every = filter_order(&all, &keys, &order, None, "   ");
        assert_eq!(every, order, "an empty search keeps every letter in order");
        let tax = filter_order(&all, &keys, &order, None, " SKATTE");
        assert!(!tax.is_empty() && tax.len() < all.len());
        assert!(tax.iter().all(|&i| {
            let m = &all[i];
            m.subject.to_lowercase().contains("skatte")
                || m.sender.name.to_lowercase().contains("skatte")
        }));
        let shown: Vec<MessageHeader> = tax.iter().map(|&i| all[i].clone()).collect();
        assert!(in_danish_order(&shown, |m| &m.subject));
        let none = filter_order(&all, &keys, &order, Some("Skattestyrelsen"), "findes ikke");
        assert!(none.is_empty());
        let paged = crate::lists::page_of(&every, 2, 10);
        assert_eq!((paged.first, paged.items.len()), (11, 10));
        assert_eq!(paged.items[0], order[10]);
    }

    #[test]
    fn the_newest_unread_letter_follows_the_marks() {
        let all = letters();
        let first = newest_unread(&all, |m| m.read).unwrap();
        assert_eq!(first.subject, "Vi har brug for flere oplysninger");
        let id = first.id.clone();
        let next = newest_unread(&all, |m| m.read || m.id == id).unwrap();
        assert_eq!(next.subject, "Din forskudsopgørelse for 2027");
    }
}
