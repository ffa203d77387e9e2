//! Leaving and switching: *Log af* (by the citizen or the inactivity timeout), acting for
//! someone else, and the login page's return address. Sections call these; none names another.

use leptos::prelude::*;
use leptos_router::{hooks::use_navigate, NavigateOptions};

use super::hrefs::with_query;
use super::routes::Page;
use crate::api::session::Represented;
use crate::state::{
    acting::use_acting, api_settings::use_api_settings, session_life::use_session_life,
    tab_storage::clear_storage,
};

/// The login page's parameter for where to go after logging in.
pub const AFTER: &str = "efter";

/// The query the logged-out page reads to say the session ended by itself.
pub const TIMED_OUT: (&str, &str) = ("aarsag", "inaktiv");

/// Logs off: nobody logged in, no source read, the session's marks and choices forgotten, and
/// the tab's storage cleared but for the facilitator's setup. `true`: the session timed out.
pub fn use_log_off() -> Callback<bool> {
    let settings = use_api_settings();
    let life = use_session_life();
    let navigate = use_navigate();
    Callback::new(move |timed_out: bool| {
        settings.log_out();
        life.end();
        clear_storage(true);
        let params = if timed_out {
            vec![(TIMED_OUT.0, TIMED_OUT.1.to_owned())]
        } else {
            Vec::new()
        };
        navigate(
            &with_query(Page::LoggedOut.path(), &params),
            NavigateOptions::default(),
        );
    })
}

/// Switches whose data is shown (`None`: one's own) and goes to the overview, where every
/// section shows the new person's data (a page of the other person's, such as a case, may not
/// exist for them).
pub fn use_switch_person() -> Callback<Option<Represented>> {
    let acting = use_acting();
    let navigate = use_navigate();
    Callback::new(move |who: Option<Represented>| {
        acting.switch(who.as_ref());
        navigate(Page::Overview.path(), Default::default());
    })
}
