//! The letter list's order and filter, without the browser.

use crate::api::digital_post::MessageHeader;
use crate::date::instant_minutes;
use crate::lists::compare_danish;

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

/// The letters from `sender` (all if `None`) in the order `sort`; ties go newest first.
pub fn arrange(
    messages: &[MessageHeader],
    sender: Option<&str>,
    sort: PostSort,
) -> Vec<MessageHeader> {
    let mut list: Vec<MessageHeader> = messages
        .iter()
        .filter(|m| sender.is_none_or(|s| m.sender.name == s))
        .cloned()
        .collect();
    let newest = |a: &MessageHeader, b: &MessageHeader| {
        instant_minutes(&b.received).cmp(&instant_minutes(&a.received))
    };
    list.sort_by(|a, b| match sort {
        PostSort::Newest => newest(a, b),
        PostSort::Oldest => newest(b, a),
        PostSort::Sender => {
            compare_danish(&a.sender.name, &b.sender.name).then_with(|| newest(a, b))
        }
        PostSort::Subject => compare_danish(&a.subject, &b.subject).then_with(|| newest(a, b)),
    });
    list
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
        assert!(by_subject
            .windows(2)
            .all(|w| compare_danish(&w[0].subject, &w[1].subject) != Ordering::Greater));
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
