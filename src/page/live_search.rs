//! A long list's search that follows every keystroke while the address catches up: the list
//! filters on each key, and the address takes the search [`ADDRESS_DELAY`] after the last one,
//! replacing the history entry (no entry per keystroke; Back leaves the list).

use std::time::Duration;

use leptos::prelude::*;
use leptos_router::{hooks::use_navigate, NavigateOptions};

use super::focus::NavigationFocus;
use crate::lists::fold;

/// How long after the last keystroke the address follows the search.
pub const ADDRESS_DELAY: Duration = Duration::from_millis(400);

/// A list's query as its address holds it: a search text, and the address it makes.
pub trait SearchQuery: Clone + PartialEq + Send + Sync + 'static {
    /// The search text.
    fn search(&self) -> &str;
    /// The same query searching `search`, from its first page.
    fn searching(self, search: String) -> Self;
    /// The query's address.
    fn href(&self) -> String;
}

/// The search box's text and the query the list shows: the address's query with the typed
/// search (from page 1 while it differs from the address's). The address follows the typed
/// search (see [`follow_in_address`]); a new address (Back, a link, *Nulstil filtre*) puts its
/// search into the box.
pub fn live_search<Q: SearchQuery>(address: Memo<Q>) -> (RwSignal<String>, Memo<Q>) {
    let typed = RwSignal::new(address.get_untracked().search().to_owned());
    Effect::new(move |_| {
        let search = address.with(|query| query.search().to_owned());
        if fold(&search) != fold(&typed.get_untracked()) {
            typed.set(search);
        }
    });
    let live = Memo::new(move |_| {
        let query = address.get();
        typed.with(|typed| {
            if fold(typed) == fold(query.search()) {
                query
            } else {
                query.searching(typed.clone())
            }
        })
    });
    follow_in_address(
        move || live.track(),
        move || live.get_untracked() != address.get_untracked(),
        move || live.try_get_untracked().map(|query| query.href()),
    );
    (typed, live)
}

/// Writes `href()` into the address [`ADDRESS_DELAY`] after what `changes` reads last changed,
/// while `pending()` holds, replacing the history entry and keeping the scroll; nothing once the
/// list is gone (`href()` is `None`, or the page's owner was disposed), and nothing while the
/// router is on its way to another page: a result clicked right after typing leads there, even
/// when that page's chunk takes longer than the delay to arrive.
pub fn follow_in_address(
    changes: impl Fn() + 'static,
    pending: impl Fn() -> bool + 'static,
    href: impl Fn() -> Option<String> + Clone + 'static,
) {
    let navigate = use_navigate();
    let router = use_context::<NavigationFocus>();
    let timer = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        // Every change (a keystroke) starts the wait again.
        changes();
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        timer.set_value(None);
        if !pending() {
            return;
        }
        let (navigate, href) = (navigate.clone(), href.clone());
        let write = move || {
            if timer.try_get_value().is_none() || router.is_some_and(|r| r.is_navigating()) {
                return;
            }
            if let Some(href) = href() {
                let options = NavigateOptions {
                    replace: true,
                    scroll: false,
                    ..Default::default()
                };
                navigate(&href, options);
            }
        };
        timer.set_value(set_timeout_with_handle(write, ADDRESS_DELAY).ok());
    });
    on_cleanup(move || {
        if let Some(Some(handle)) = timer.try_get_value() {
            handle.clear();
        }
    });
}
