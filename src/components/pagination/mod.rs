//! DKFDS pagination as plain links (the router still handles them), so every page has an
//! address and the back button works.

pub mod examples;

use leptos::prelude::*;

use super::icon::Icon;
use super::texts::{page_n, page_of, ComponentText};
use crate::state::language::use_i18n;

/// Previous/next and numbered page links; `href` gives each page's address. Hidden for one page.
#[component]
pub fn Pagination(current: usize, pages: usize, href: Callback<usize, String>) -> impl IntoView {
    let i18n = use_i18n();
    (pages > 1).then(|| {
        view! {
            <nav class="pagination" aria-label=move || i18n.t(ComponentText::PaginationLabel)>
                {(current > 1).then(|| view! {
                    <a
                        href=href.run(current - 1)
                        class="button button-arrow button-previous"
                        aria-label=move || i18n.t(ComponentText::PreviousPage)
                    >
                        <Icon name="chevron-left"/>
                        <span class="pagination-nav-link">{move || i18n.t(ComponentText::PreviousPage)}</span>
                    </a>
                })}
                <span class="pagination-mobile">
                    {move || page_of(i18n.lang(), current, pages)}
                </span>
                <ul class="pagination__items">
                    {shown_pages(current, pages)
                        .into_iter()
                        .map(|page| {
                            let Some(page) = page else {
                                return view! { <li class="pagination-item pagination-overflow" aria-hidden="true"><span>"…"</span></li> }.into_any();
                            };
                            let label = move || page_n(i18n.lang(), page);
                            view! {
                                <li class="pagination-item pagination-number">
                                    <a
                                        href=href.run(page)
                                        class=if page == current { "button current-page" } else { "button button-secondary" }
                                        aria-label=label
                                        aria-current=(page == current).then_some("page")
                                    >
                                        {page}
                                    </a>
                                </li>
                            }
                            .into_any()
                        })
                        .collect_view()}
                </ul>
                {(current < pages).then(|| view! {
                    <a
                        href=href.run(current + 1)
                        class="button button-arrow button-next"
                        aria-label=move || i18n.t(ComponentText::NextPage)
                    >
                        <span class="pagination-nav-link">{move || i18n.t(ComponentText::NextPage)}</span>
                        <Icon name="chevron-right"/>
                    </a>
                })}
            </nav>
        }
    })
}

/// The page numbers to link: all of up to seven pages; else the first, the last and the
/// current with its neighbours, a gap (`None`) where pages are left out.
pub fn shown_pages(current: usize, pages: usize) -> Vec<Option<usize>> {
    if pages <= 7 {
        return (1..=pages).map(Some).collect();
    }
    let mut shown = Vec::new();
    let mut last = 0;
    for page in 1..=pages {
        let near = page.abs_diff(current) <= 1
            || (current <= 3 && page <= 4)
            || (current + 2 >= pages && page + 3 >= pages);
        if page == 1 || page == pages || near {
            if page > last + 1 {
                shown.push(None);
            }
            shown.push(Some(page));
            last = page;
        }
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_page_lists_keep_the_ends_and_the_neighbours() {
        assert_eq!(shown_pages(2, 3), vec![Some(1), Some(2), Some(3)]);
        assert_eq!(
            shown_pages(50, 100),
            vec![Some(1), None, Some(49), Some(50), Some(51), None, Some(100)]
        );
        assert_eq!(
            shown_pages(1, 100),
            vec![Some(1), Some(2), Some(3), Some(4), None, Some(100)]
        );
        assert_eq!(
            shown_pages(100, 100),
            vec![Some(1), None, Some(97), Some(98), Some(99), Some(100)]
        );
    }
}
