//! The app shell: contexts, router, skip link, header, main area, footer and focus management.
//! Each section contributes its own routes; the shell's own pages (accessibility statement,
//! logged out, not found) live here.

pub mod accessibility;
pub mod acting_banner;
pub mod footer;
pub mod header;
pub mod language_switch;
pub mod lazy;
pub mod log_off;
pub mod logged_out;
pub mod login_gate;
pub mod main_nav;
pub mod not_found;
pub mod page_heading;
pub mod placeholder;
pub mod print_header;
pub mod route_focus;
pub mod routes;
pub mod session_timeout;
pub mod skip_link;
pub mod texts;

use leptos::prelude::*;
use leptos_router::components::{Redirect, Route, Router, Routes};
use leptos_router::path;

use crate::features::{
    cases::CaseRoutes,
    data_use::state::provide_withdrawals,
    data_use::DataUseRoutes,
    digital_post::state::provide_read_marks,
    digital_post::DigitalPostRoutes,
    economy::EconomyRoutes,
    my_data::MyDataRoutes,
    overview::OverviewRoutes,
    toolkit::{host::ToolkitHost, provide_toolkit, ToolkitRoutes},
};
use crate::state::{
    api_settings::provide_api_settings, clock::provide_clock, language::provide_i18n,
    sources::provide_sources,
};
use accessibility::AccessibilityPage;
use acting_banner::ActingBanner;
use footer::Footer;
use header::Header;
use logged_out::LoggedOutPage;
use login_gate::LoginGate;
use not_found::NotFoundPage;
use print_header::PrintHeader;
use route_focus::{NavigationFocus, RouteFocus};
use routes::Page;
use session_timeout::SessionTimeout;
use skip_link::{SkipLink, MAIN_CONTENT_ID};

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    provide_i18n();
    let clock = provide_clock();
    let settings = provide_api_settings(clock);
    provide_toolkit(settings);
    provide_sources(settings, clock);
    provide_read_marks();
    provide_withdrawals();
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
                            <OverviewRoutes/>
                            <CaseRoutes/>
                            <EconomyRoutes/>
                            <MyDataRoutes/>
                            <DigitalPostRoutes/>
                            <DataUseRoutes/>
                            <Route path=Page::Accessibility.segment() view=AccessibilityPage/>
                            // The short address the accessibility statement rules ask for.
                            <Route path=path!("/was") view=|| view! { <Redirect path=Page::Accessibility.path()/> }/>
                            <Route path=Page::LoggedOut.segment() view=LoggedOutPage/>
                            <ToolkitRoutes/>
                        </Routes>
                    </div>
                </div>
            </main>
            <Footer/>
            <SessionTimeout/>
            <ToolkitHost/>
        </Router>
    }
}
