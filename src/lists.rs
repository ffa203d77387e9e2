//! Generic list tools every section uses: Danish alphabetical order, sort direction, paging,
//! and the search text and keys a long list computes once per row when its data loads.

use std::cmp::Ordering;

/// A key that sorts text in Danish alphabetical order: case-insensitive, æ, ø, å after z.
pub fn collate(text: &str) -> Vec<u32> {
    text.to_lowercase()
        .chars()
        .map(|c| match c {
            'æ' | 'ä' => 'z' as u32 + 1,
            'ø' | 'ö' => 'z' as u32 + 2,
            'å' => 'z' as u32 + 3,
            other => other as u32,
        })
        .collect()
}

/// Compares two texts in Danish alphabetical order.
pub fn compare_danish(a: &str, b: &str) -> Ordering {
    collate(a).cmp(&collate(b))
}

/// Text folded for searching: lowercase, runs of white space as one space, trimmed. A row's
/// search text and the typed query are both folded, so matching is a plain `contains`.
pub fn fold(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A row's search text: its fields folded and joined by a line break (which a folded query
/// never holds, so a match never spans two fields).
pub fn search_text<'a>(fields: impl IntoIterator<Item = &'a str>) -> String {
    fields.into_iter().map(fold).collect::<Vec<_>>().join("\n")
}

/// Whether a row's [`search_text`] holds the folded `needle` (every row for an empty needle).
pub fn matches(haystack: &str, needle: &str) -> bool {
    needle.is_empty() || haystack.contains(needle)
}

/// Sort direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ascending,
    Descending,
}

impl Direction {
    /// The other direction.
    pub fn flipped(self) -> Direction {
        match self {
            Direction::Ascending => Direction::Descending,
            Direction::Descending => Direction::Ascending,
        }
    }

    /// The value of `aria-sort`.
    pub fn aria(self) -> &'static str {
        match self {
            Direction::Ascending => "ascending",
            Direction::Descending => "descending",
        }
    }

    /// `order` read in this direction.
    pub fn apply(self, order: Ordering) -> Ordering {
        match self {
            Direction::Ascending => order,
            Direction::Descending => order.reverse(),
        }
    }
}

/// One page of a list.
#[derive(Clone, Debug, PartialEq)]
pub struct Paged<T> {
    /// The page's items.
    pub items: Vec<T>,
    /// The page shown, 1-based, clamped to the pages there are.
    pub page: usize,
    /// How many pages there are (at least one).
    pub pages: usize,
    /// The 1-based position of the page's first item in the whole list (0 when empty).
    pub first: usize,
    /// How many items the whole list has.
    pub total: usize,
}

impl<T> Paged<T> {
    /// The same page with its items turned into others (positions into the rows they name).
    pub fn map<U>(self, items: impl FnOnce(Vec<T>) -> Vec<U>) -> Paged<U> {
        Paged {
            items: items(self.items),
            page: self.page,
            pages: self.pages,
            first: self.first,
            total: self.total,
        }
    }

    /// The 1-based position of the page's last item in the whole list (0 when empty).
    pub fn last(&self) -> usize {
        match self.items.len() {
            0 => 0,
            count => self.first + count - 1,
        }
    }
}

/// Page `page` (1-based, clamped) of `items`, `size` items a page.
pub fn page_of<T: Clone>(items: &[T], page: usize, size: usize) -> Paged<T> {
    let size = size.max(1);
    let pages = items.len().div_ceil(size).max(1);
    let page = page.clamp(1, pages);
    let start = (page - 1) * size;
    let chosen: Vec<T> = items.iter().skip(start).take(size).cloned().collect();
    Paged {
        first: if chosen.is_empty() { 0 } else { start + 1 },
        items: chosen,
        page,
        pages,
        total: items.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_letters_sort_after_z() {
        let mut names = vec!["Ærø", "Aabenraa", "Zealand", "Østergaard", "Åse", "bo"];
        names.sort_by(|a, b| compare_danish(a, b));
        assert_eq!(
            names,
            ["Aabenraa", "bo", "Zealand", "Ærø", "Østergaard", "Åse"]
        );
    }

    #[test]
    fn search_text_is_folded_once_and_matched_within_a_field() {
        let row = search_text(["Ansøgning om  REVALIDERING", "Aarhus Kommune"]);
        assert_eq!(row, "ansøgning om revalidering\naarhus kommune");
        assert!(matches(&row, &fold("  revalidering ")));
        assert!(matches(&row, &fold("ANSØGNING   om")));
        assert!(matches(&row, ""));
        assert!(
            !matches(&row, &fold("revalidering aarhus")),
            "no match across fields"
        );
        assert!(!matches(&row, &fold("børn")));
    }

    #[test]
    fn collation_keys_compare_like_compare_danish() {
        let names = [
            "Ærø",
            "Aabenraa",
            "zealand",
            "Østergaard",
            "Åse",
            "Bo",
            "bo",
        ];
        for a in names {
            for b in names {
                assert_eq!(collate(a).cmp(&collate(b)), compare_danish(a, b));
            }
        }
    }

    #[test]
    fn directions_flip_and_name_themselves_for_aria() {
        assert_eq!(Direction::Ascending.flipped(), Direction::Descending);
        assert_eq!(Direction::Descending.aria(), "descending");
        assert_eq!(
            Direction::Descending.apply(Ordering::Less),
            Ordering::Greater
        );
    }

    #[test]
    fn paging_clamps_to_the_pages_there_are() {
        let items: Vec<u32> = (1..=23).collect();
        let third = page_of(&items, 3, 10);
        assert_eq!(
            (third.items, third.page, third.pages, third.first),
            (vec![21, 22, 23], 3, 3, 21)
        );
        assert_eq!(page_of(&items, 99, 10).page, 3);
        assert_eq!(page_of(&items, 0, 10).page, 1);
        let empty = page_of::<u32>(&[], 2, 10);
        assert_eq!((empty.page, empty.pages, empty.first), (1, 1, 0));
    }
}
