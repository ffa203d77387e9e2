//! Only the login, logged-out and accessibility pages can be seen without being logged in; any
//! other address sends the visitor to the simulated login, which returns them there afterwards.

use leptos::prelude::*;
use leptos_router::{
    hooks::{use_location, use_navigate},
    NavigateOptions,
};

use crate::page::{hrefs::with_query, routes::Page, session::AFTER};
use crate::state::api_settings::use_api_settings;

/// Whether `path` may be shown to someone not logged in.
fn is_public(path: &str) -> bool {
    let path = path.trim_end_matches('/');
    path == "/was"
        || Page::ALL
            .iter()
            .any(|page| page.is_public() && page.path() == path)
}

/// Redirects to the login page while nobody is logged in.
#[component]
pub fn LoginGate() -> impl IntoView {
    let settings = use_api_settings();
    let location = use_location();
    let navigate = use_navigate();
    Effect::new(move |_| {
        let path = location.pathname.get();
        if !settings.is_logged_in() && !is_public(&path) {
            let search = location.search.get_untracked();
            let back = match search.trim_start_matches('?') {
                "" => path,
                query => format!("{path}?{query}"),
            };
            navigate(
                &with_query(Page::LogIn.path(), &[(AFTER, back)]),
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_login_logged_out_and_accessibility_are_public() {
        assert!(is_public("/log-ind"));
        assert!(is_public("/logget-af"));
        assert!(is_public("/tilgaengelighed"));
        assert!(is_public("/was"));
        assert!(!is_public("/"));
        assert!(!is_public("/sager"));
        assert!(!is_public("/findes-ikke"));
    }
}
