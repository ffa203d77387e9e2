//! The app shell: contexts, router, skip link, header, main area, footer and focus management.
//! It mounts the sections' routes (from [`crate::features`]'s root) and names no section; the
//! page for an unknown address (not found) lives here.

pub mod acting_banner;
pub mod footer;
pub mod header;
pub mod language_switch;
pub mod login_gate;
pub mod main_nav;
pub mod not_found;
pub mod panic_page;
pub mod print_header;
pub mod session_timeout;
pub mod skip_link;
pub mod texts;

use leptos::prelude::*;
use leptos_router::components::{Router, Routes};

use crate::features::{provide_sections, SectionHosts, SectionRoutes};
use crate::page::focus::{NavigationFocus, RouteFocus};
use crate::state::{
    api_settings::provide_api_settings, clock::provide_clock, language::provide_i18n,
    session_life::provide_session_life, sources::provide_sources, start_link::tidy_address,
};
use acting_banner::ActingBanner;
use footer::Footer;
use header::Header;
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
    // Every context has read its start-link setup: the participant sees none of it.
    tidy_address();
    let (is_routing, set_is_routing) = signal(false);
    let focus = NavigationFocus::provide(is_routing);
    // Behind the build's frame, the page is built a task after the shell: two shorter tasks
    // instead of one long one, so a tap is not held up for both (docs/performance.md, *Start-up
    // in shorter tasks*). Nothing shows in between: the frame stays until the page's heading is
    // there. Without a frame (the dev server, pages without one) the page is built at once.
    let page_built = RwSignal::new(!crate::page::frame::is_framed());
    if !page_built.get_untracked() {
        set_timeout(move || page_built.set(true), std::time::Duration::ZERO);
    }

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
                        <Show when=move || page_built.get()>
                            <Routes fallback=NotFoundPage>
                                <SectionRoutes/>
                            </Routes>
                        </Show>
                    </div>
                </div>
            </main>
            <Footer/>
            <SessionTimeout/>
            <SectionHosts/>
        </Router>
    }
}
