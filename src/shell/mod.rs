//! The app shell: contexts, router, skip link, header, main area, footer and focus management.
//! It mounts the sections' routes (from [`crate::features`]'s root) and names no section; the
//! shell's own pages (accessibility statement, logged out, not found) live here.

pub mod accessibility;
pub mod acting_banner;
pub mod footer;
pub mod header;
pub mod language_switch;
pub mod logged_out;
pub mod login_gate;
pub mod main_nav;
pub mod not_found;
pub mod print_header;
pub mod session_timeout;
pub mod skip_link;
pub mod texts;

use leptos::prelude::*;
use leptos_router::components::{Redirect, Route, Router, Routes};
use leptos_router::path;

use crate::features::{provide_sections, SectionHosts, SectionRoutes};
use crate::page::{
    focus::{NavigationFocus, RouteFocus},
    routes::Page,
};
use crate::state::{
    api_settings::provide_api_settings, clock::provide_clock, language::provide_i18n,
    session_life::provide_session_life, sources::provide_sources,
};
use accessibility::AccessibilityPage;
use acting_banner::ActingBanner;
use footer::Footer;
use header::Header;
use logged_out::LoggedOutPage;
use login_gate::LoginGate;
use not_found::NotFoundPage;
use print_header::PrintHeader;
use session_timeout::SessionTimeout;
use skip_link::{SkipLink, MAIN_CONTENT_ID};

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    provide_i18n();
    let clock = provide_clock();
    let settings = provide_api_settings(clock);
    provide_session_life();
    // The sections' contexts first: the toolkit puts its transport in before any source reads.
    provide_sections(settings);
    provide_sources(settings, clock);
    let (is_routing, set_is_routing) = signal(false);
    let focus = NavigationFocus::provide(is_routing);

    view! {
        <Router set_is_routing>
            <LoginGate/>
            <SkipLink/>
            <Header/>
            <ActingBanner/>
            <RouteFocus focus/>
            <main id=MAIN_CONTENT_ID class="container page-container" tabindex="-1">
                <div class="row">
                    <div class="col-12 col-lg-10">
                        <PrintHeader/>
                        <Routes fallback=NotFoundPage>
                            <SectionRoutes/>
                            <Route path=Page::Accessibility.segment() view=AccessibilityPage/>
                            // The short address the accessibility statement rules ask for.
                            <Route path=path!("/was") view=|| view! { <Redirect path=Page::Accessibility.path()/> }/>
                            <Route path=Page::LoggedOut.segment() view=LoggedOutPage/>
                        </Routes>
                    </div>
                </div>
            </main>
            <Footer/>
            <SessionTimeout/>
            <SectionHosts/>
        </Router>
    }
}
