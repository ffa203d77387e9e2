//! The DKFDS badge for a case's progress, in plain language.

use leptos::prelude::*;

use crate::api::cases::ProgressCode;
use crate::state::cases::{status_badge, status_label};
use crate::state::language::use_i18n;

/// "Modtaget", "Under behandling", "Afgjort" or "Afsluttet" as a badge.
#[component]
pub fn StatusBadge(code: ProgressCode) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <span class=status_badge(code) data-status=format!("{code:?}")>
            {move || i18n.t(status_label(code))}
        </span>
    }
}
