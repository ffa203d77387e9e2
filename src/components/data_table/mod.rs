//! A DKFDS data table that scrolls sideways on narrow screens, and its sortable column header.

pub mod examples;

use leptos::prelude::*;

use super::icon::Icon;
use super::texts::sort_by;
use crate::lists::Direction;
use crate::state::language::use_i18n;

/// A zebra-striped table with a caption for screen readers; `children` are `thead` and `tbody`.
///
/// With `stack`, a phone (below 600 px) shows each row as a card instead of a table that
/// scrolls sideways: the header row is hidden visually, each cell is a line that starts with
/// its column's name, taken from the cell's `data-label` (a cell without one, such as a title,
/// stands alone). The desktop table is unchanged.
#[component]
pub fn DataTable(
    #[prop(into)] caption: Signal<String>,
    #[prop(optional)] class: &'static str,
    #[prop(optional)] testid: &'static str,
    #[prop(optional)] stack: bool,
    children: Children,
) -> impl IntoView {
    let class = if stack {
        format!("table table--zebra table--stack {class}")
    } else {
        format!("table table--zebra {class}")
    };
    view! {
        // Focusable and named, so a table wider than a phone can be scrolled from the keyboard.
        <div class="table--responsive-scroll" tabindex="0" role="region" aria-label=caption>
            <table
                class=class
                data-testid=(!testid.is_empty()).then_some(testid)
            >
                <caption class="sr-only">{caption}</caption>
                {children()}
            </table>
        </div>
    }
}

/// A column header that sorts by its column when followed. The active column carries
/// `aria-sort` and an arrow for its direction; the others a neutral arrow.
#[component]
pub fn SortableHeader(
    #[prop(into)] label: Signal<String>,
    /// The column's direction when it is the sorted one.
    #[prop(into)]
    sorted: Signal<Option<Direction>>,
    /// The address that sorts by this column.
    #[prop(into)]
    href: Signal<String>,
    /// A stable name for tests (`data-sort`).
    #[prop(optional)]
    name: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let icon = move || match sorted.get() {
        Some(Direction::Ascending) => "sort-table-ascending",
        Some(Direction::Descending) => "sort-table-descending",
        None => "sort-table-none",
    };
    view! {
        <th scope="col" aria-sort=move || sorted.get().map(Direction::aria) data-sort=name>
            <a
                class="sort-link"
                data-noscroll=""
                href=href
                aria-label=move || sort_by(i18n.lang(), &label.get())
            >
                {label}
                {move || view! { <Icon name=icon() class="mr-0 ml-2"/> }}
            </a>
        </th>
    }
}
