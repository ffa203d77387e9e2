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
            // Acting for someone whose name the failed session answer did not give: still said.
            {move || (acting.who().is_none() && acting.someone_unnamed()).then(|| view! {
                <div class="acting-banner" data-testid="acting-banner">
                    <div class="container acting-banner-inner">
                        <p class="acting-banner-text"><strong>{move || i18n.t(ShellText::ActingUnnamed)}</strong></p>
                        <button type="button" class="button button-secondary" on:click=move |_| switch.run(None)>
                            {move || i18n.t(ShellText::BackToOwn)}
                        </button>
                    </div>
                </div>
            })}
            {move || acting.who().map(|who| {
                let kind = match who.kind {
                    RepresentationKind::Child => ShellText::ActingChild,
                    RepresentationKind::PowerOfAttorney => ShellText::ActingPowerOfAttorney,
                };
                view! {
                    <div class="acting-banner" data-testid="acting-banner">
                        <div class="container acting-banner-inner">
                            <p class="acting-banner-text">
                                <strong>{move || isolated(&viewing_data_of(i18n.lang(), &who.name), &[&who.name])}</strong>
                                " "
                                {move || i18n.t(kind)}
                            </p>
                            <button type="button" class="button button-secondary" on:click=move |_| switch.run(None)>
                                {move || i18n.t(ShellText::BackToOwn)}
                            </button>
                        </div>
                    </div>
                }
            })}
        </div>
    }
}
