//! Logging off after inactivity, like borger.dk: when the session has been idle for all but the
//! last stretch of its time limit, a dialog counts down and offers to continue; when the time is
//! up, the session ends and the citizen lands on the logged-out page. The limit is the
//! toolkit's (`?udloeb=<seconds>`, the facilitator panel; 30 minutes by default).

use std::time::Duration;

use leptos::prelude::*;

use super::texts::{timeout_warning, ShellText};
use crate::components::dialog::ModalDialog;
use crate::page::session::use_log_off;
use crate::state::{
    api_settings::use_api_settings, language::use_i18n, session_life::use_session_life,
};

/// How long before the end the warning shows: two minutes, or half of a short limit.
pub fn warning_seconds(timeout_s: u32) -> u32 {
    (timeout_s / 2).min(120)
}

/// "1:05" for 65 seconds.
pub fn minutes_seconds(seconds: u32) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// Watches for activity while someone is logged in, warns and logs off.
#[component]
pub fn SessionTimeout() -> impl IntoView {
    let i18n = use_i18n();
    let settings = use_api_settings();
    let life = use_session_life();
    let log_off = use_log_off();
    let last_active = StoredValue::new(js_sys::Date::now());
    // Seconds left while the warning shows.
    let (left, set_left) = signal(None::<u32>);
    let activity = move || {
        if left.get_untracked().is_none() {
            last_active.set_value(js_sys::Date::now());
        }
    };
    for event in ["keydown", "pointerdown", "wheel", "touchstart"] {
        let handle = window_event_listener_untyped(event, move |_| activity());
        on_cleanup(move || handle.remove());
    }
    let stay = move || {
        last_active.set_value(js_sys::Date::now());
        set_left.set(None);
    };
    if let Ok(interval) = set_interval_with_handle(
        move || {
            if !untrack(|| settings.is_logged_in()) {
                set_left.set(None);
                last_active.set_value(js_sys::Date::now());
                return;
            }
            let limit = life.timeout_s.get_untracked();
            let idle = ((js_sys::Date::now() - last_active.get_value()) / 1000.0) as u32;
            let remaining = limit.saturating_sub(idle);
            if remaining == 0 {
                set_left.set(None);
                log_off.run(true);
            } else if remaining <= warning_seconds(limit) {
                set_left.set(Some(remaining));
            }
        },
        Duration::from_millis(500),
    ) {
        on_cleanup(move || interval.clear());
    }
    let open = Signal::derive(move || left.get().is_some());
    view! {
        <ModalDialog id="timeout-dialog" class="confirm-dialog" labelled_by="timeout-heading" described_by="timeout-text" role="alertdialog" open on_close=Callback::new(move |()| stay())>
            <div class="confirm-dialog-box" data-testid="timeout-dialog">
                <h2 id="timeout-heading" class="h3">{move || i18n.t(ShellText::TimeoutHeading)}</h2>
                <p id="timeout-text">
                    {move || left.get().map(|s| timeout_warning(i18n.lang(), &minutes_seconds(s)))}
                </p>
                <p class="d-flex">
                    <button type="button" class="button button-primary mr-4" data-testid="timeout-continue" on:click=move |_| stay()>
                        {move || i18n.t(ShellText::TimeoutContinue)}
                    </button>
                    <button type="button" class="button button-secondary" on:click=move |_| {
                        set_left.set(None);
                        log_off.run(false);
                    }>
                        {move || i18n.t(ShellText::TimeoutLogOff)}
                    </button>
                </p>
            </div>
        </ModalDialog>
        <div class="confirm-backdrop" class:is-visible=open aria-hidden="true"></div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_warning_shows_for_the_last_two_minutes_or_half_a_short_limit() {
        assert_eq!(warning_seconds(30 * 60), 120);
        assert_eq!(warning_seconds(10), 5);
        assert_eq!(minutes_seconds(125), "2:05");
        assert_eq!(minutes_seconds(9), "0:09");
    }
}
