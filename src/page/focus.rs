//! After every route change, keyboard focus moves to the new page's heading (WCAG 2.4.3), once
//! that heading is on the page: a section's chunk may still be on its way when the address
//! changes, and a page that failed to load may arrive later by "try again". While a chunk loads,
//! a polite status says so.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::texts::PageText;
use crate::state::language::use_i18n;

/// Which address should have its heading focused, and whether the router is still busy.
#[derive(Clone, Copy)]
pub struct NavigationFocus {
    /// The path navigated to since the app started (none on the first load: focus stays put).
    target: StoredValue<Option<String>>,
    is_routing: ReadSignal<bool>,
}

impl NavigationFocus {
    /// Creates the context; `is_routing` is the router's `set_is_routing` signal.
    pub fn provide(is_routing: ReadSignal<bool>) -> NavigationFocus {
        let focus = NavigationFocus {
            target: StoredValue::new(None),
            is_routing,
        };
        provide_context(focus);
        focus
    }

    /// Whether the router is on its way to another page (untracked): a section's chunk may
    /// still be loading, and the address changes only when it has arrived.
    pub fn is_navigating(&self) -> bool {
        self.is_routing.get_untracked()
    }

    /// Whether a heading shown at `path` should take focus now (tracks the router's state).
    pub fn is_due(&self, path: &str) -> bool {
        !self.is_routing.get()
            && self
                .target
                .with_value(|target| target.as_deref() == Some(path))
    }
}

/// Records every change of path as the target for focus, and shows the loading status.
#[component]
pub fn RouteFocus(focus: NavigationFocus) -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|previous| previous != path) {
            focus.target.set_value(Some(path.clone()));
        }
        path
    });
    let is_routing = focus.is_routing;
    view! {
        <div class="route-loading" class:is-routing=move || is_routing.get() aria-hidden="true"></div>
        <p class="sr-only" role="status" aria-live="polite">
            {move || is_routing.get().then(|| i18n.t(PageText::LoadingPage))}
        </p>
    }
}
