//! A count the menu shows beside a page's name (unread letters beside "Digital Post"). The
//! section that knows the count provides it; the menu reads it without naming the section.

use leptos::prelude::*;

use super::routes::Page;
use crate::i18n::Lang;

/// A count beside one page's name in the menu, with what it counts for screen readers.
#[derive(Clone, Copy)]
pub struct MenuCount {
    pub page: Page,
    /// The count, once known; nothing shows for `None` or 0.
    pub count: Signal<Option<usize>>,
    /// What the count means, read out after the page's name: "3 ulæste".
    pub label: fn(Lang, usize) -> String,
}

/// Every count the menu shows, as a context.
#[derive(Clone, Copy)]
struct MenuCounts(StoredValue<Vec<MenuCount>>);

/// Adds `count` to the menu (provide the counts before the menu is built).
pub fn provide_menu_count(count: MenuCount) {
    match use_context::<MenuCounts>() {
        Some(MenuCounts(counts)) => counts.update_value(|all| all.push(count)),
        None => provide_context(MenuCounts(StoredValue::new(vec![count]))),
    }
}

/// The menu's count for `page`, if a section provides one.
pub fn menu_count(page: Page) -> Option<MenuCount> {
    let MenuCounts(counts) = use_context::<MenuCounts>()?;
    counts.with_value(|all| all.iter().find(|count| count.page == page).copied())
}
