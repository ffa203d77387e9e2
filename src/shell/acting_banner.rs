//! The banner shown on every page while the citizen acts for someone else: whose data is on
//! screen, and one click back to the citizen's own.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::routes::Page;
use super::texts::{viewing_data_of, ShellText};
use crate::api::session::{RepresentationKind, Represented};
use crate::state::{acting::use_acting, language::use_i18n};

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

/// Whose data is shown, with "Back to your own data". A polite live region, so switching is
/// announced.
#[component]
pub fn ActingBanner() -> impl IntoView {
    let i18n = use_i18n();
    let acting = use_acting();
    let switch = use_switch_person();
    view! {
        <div class="acting-banner-region d-print-none" aria-live="polite">
            {move || acting.who().map(|who| {
                let kind = match who.kind {
                    RepresentationKind::Child => ShellText::ActingChild,
                    RepresentationKind::PowerOfAttorney => ShellText::ActingPowerOfAttorney,
                };
                view! {
                    <div class="acting-banner" data-testid="acting-banner">
                        <div class="container acting-banner-inner">
                            <p class="acting-banner-text">
                                <strong>{move || viewing_data_of(i18n.lang(), &who.name)}</strong>
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
