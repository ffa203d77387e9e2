//! *Log af*: ends the session and clears what it kept, then shows the logged-out page.

use leptos::prelude::*;
use leptos_router::{hooks::use_navigate, NavigateOptions};

use super::routes::{with_query, Page};
use crate::features::{data_use::state::use_withdrawals, digital_post::state::use_read_marks};
use crate::state::{api_settings::use_api_settings, tab_params::clear_storage};

/// The query the logged-out page reads to say the session ended by itself.
pub const TIMED_OUT: (&str, &str) = ("aarsag", "inaktiv");

/// Logs off: nobody logged in, no source read, the session's marks and choices forgotten, and
/// the tab's storage cleared but for the facilitator's setup. `true`: the session timed out.
pub fn use_log_off() -> Callback<bool> {
    let settings = use_api_settings();
    let read_marks = use_read_marks();
    let withdrawals = use_withdrawals();
    let navigate = use_navigate();
    Callback::new(move |timed_out: bool| {
        settings.log_out();
        read_marks.clear();
        withdrawals.clear();
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
