//! The banner shown on every page while the citizen acts for someone else: whose data is on
//! screen, and one click back to the citizen's own.

use leptos::prelude::*;

use super::texts::{viewing_data_of, ShellText};
use crate::api::session::RepresentationKind;
use crate::i18n::isolated;
use crate::page::session::use_switch_person;
use crate::state::{acting::use_acting, language::use_i18n};

/// Whose data is shown, with "Back to your own data". A polite live region, so switching is
/// announced.
#[component]
pub fn ActingBanner() -> impl IntoView {
    let i18n = use_i18n();
    let acting = use_acting();
    let switch = use_switch_person();
    view! {
        <div class="acting-banner-region d-print-none" aria-live="polite">
            {move || {
                // Whom, or (when the session's answer failed) that it is someone else all the same.
                let who = acting.who();
                if who.is_none() && !acting.someone_unnamed() {
                    return None;
                }
                let kind = who.as_ref().map(|who| match who.kind {
                    RepresentationKind::Child => ShellText::ActingChild,
                    RepresentationKind::PowerOfAttorney => ShellText::ActingPowerOfAttorney,
                });
                let whose = move || match &who {
                    Some(who) => isolated(&viewing_data_of(i18n.lang(), &who.name), &[&who.name]),
                    None => isolated(i18n.t(ShellText::ActingUnnamed), &[]),
                };
                Some(view! {
                    <div class="acting-banner" data-testid="acting-banner">
                        <div class="container acting-banner-inner">
                            <p class="acting-banner-text">
                                <strong>{whose}</strong>
                                {kind.map(|kind| view! { " " {move || i18n.t(kind)} })}
                            </p>
                            <button type="button" class="button button-secondary" on:click=move |_| switch.run(None)>
                                {move || i18n.t(ShellText::BackToOwn)}
                            </button>
                        </div>
                    </div>
                })
            }}
        </div>
    }
}
