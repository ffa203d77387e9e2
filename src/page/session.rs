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
pub use crate::state::start_link::param::AFTER;

/// The query the logged-out page reads to say the session ended by itself.
pub const TIMED_OUT: (&str, &str) = ("aarsag", "inaktiv");

/// Ends the session and goes to the given address: nobody logged in, no source read, the
/// session's marks and choices forgotten, and the tab's storage cleared but for the
/// facilitator's setup.
pub fn use_end_session() -> Callback<String> {
    let settings = use_api_settings();
    let life = use_session_life();
    let navigate = use_navigate();
    Callback::new(move |to: String| {
        settings.log_out();
        life.end();
        clear_storage(true);
        navigate(&to, NavigateOptions::default());
    })
}

/// Logs off (see [`use_end_session`]) to the logged-out page. `true`: the session timed out.
pub fn use_log_off() -> Callback<bool> {
    let end = use_end_session();
    Callback::new(move |timed_out: bool| {
        let params = if timed_out {
            vec![(TIMED_OUT.0, TIMED_OUT.1.to_owned())]
        } else {
            Vec::new()
        };
        end.run(with_query(Page::LoggedOut.path(), &params));
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
