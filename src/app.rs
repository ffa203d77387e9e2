//! The app shell: contexts, router, skip link, header, main area and footer.

use leptos::prelude::*;
use leptos_router::{
    components::{Redirect, Route, Router, Routes},
    path,
};

use crate::components::{
    footer::Footer,
    header::Header,
    route_focus::RouteFocus,
    skip_link::{SkipLink, MAIN_CONTENT_ID},
};
use crate::pages::{
    accessibility::AccessibilityPage,
    cases::{CaseDetailPage, CasesPage},
    data_use::DataUsePage,
    digital_post::DigitalPostPage,
    economy::EconomyPage,
    logged_out::LoggedOutPage,
    my_data::MyDataPage,
    not_found::NotFoundPage,
    overview::OverviewPage,
};
use crate::state::{
    api_settings::provide_api_settings, language::provide_i18n, sources::provide_sources,
};

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    provide_i18n();
    provide_sources(provide_api_settings());

    view! {
        <Router>
            <SkipLink/>
            <Header/>
            <main id=MAIN_CONTENT_ID class="container page-container" tabindex="-1">
                <div class="row">
                    <div class="col-12 col-lg-10">
                        <Routes fallback=NotFoundPage>
                            <Route path=path!("/") view=OverviewPage/>
                            <Route path=path!("/sager") view=CasesPage/>
                            <Route path=path!("/sager/:id") view=CaseDetailPage/>
                            <Route path=path!("/oekonomi") view=EconomyPage/>
                            <Route path=path!("/mine-oplysninger") view=MyDataPage/>
                            <Route path=path!("/digital-post") view=DigitalPostPage/>
                            <Route path=path!("/dine-data") view=DataUsePage/>
                            <Route path=path!("/tilgaengelighed") view=AccessibilityPage/>
                            // The short address the accessibility statement rules ask for.
                            <Route path=path!("/was") view=|| view! { <Redirect path="/tilgaengelighed"/> }/>
                            <Route path=path!("/logget-af") view=LoggedOutPage/>
                        </Routes>
                    </div>
                </div>
            </main>
            <Footer/>
            <RouteFocus/>
        </Router>
    }
}
