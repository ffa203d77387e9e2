//! The main menu: the six sections, with the current one marked for sight and for screen readers.

use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_location};

use crate::page::{
    menu_count::{menu_count, MenuCount},
    routes::Page,
};
use crate::state::language::use_i18n;

/// The menu's links; `on_follow` runs when one is followed (the mobile drawer closes itself).
#[component]
pub fn MainNavLinks(#[prop(optional)] on_follow: Option<Callback<()>>) -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    Page::MENU
        .iter()
        .map(|&page| {
            let current = move || page.contains(&location.pathname.get());
            view! {
                <li class:active=current class:current=current>
                    <A
                        href=page.path()
                        attr:class="nav-link"
                        on:click=move |_| {
                            if let Some(callback) = on_follow {
                                callback.run(());
                            }
                        }
                    >
                        <span>
                            {move || page.title(i18n.lang())}
                            {menu_count(page).map(|count| view! { <Count count/> })}
                        </span>
                    </A>
                </li>
            }
        })
        .collect_view()
}

/// A count beside a page's name (unread letters beside "Digital Post"), read out as "3 ulæste".
#[component]
fn Count(count: MenuCount) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        count.count.get().filter(|n| *n > 0).map(|n| {
            view! {
                <span class="nav-count" aria-hidden="true" data-testid="nav-unread">{n}</span>
                <span class="sr-only">", " {(count.label)(i18n.lang(), n)}</span>
            }
        })
    }
}
