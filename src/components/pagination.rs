//! DKFDS pagination as plain links (the router still handles them), so every page has an
//! address and the back button works.

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
                    {(1..=pages)
                        .map(|page| {
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
