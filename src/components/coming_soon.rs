//! The notice of a section whose content is still being built.

use leptos::prelude::*;

use super::alert::{Alert, AlertKind};
use super::texts::ComponentText;
use crate::state::language::use_i18n;

/// "This part is being built", as a DKFDS info alert.
#[component]
pub fn ComingSoon() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Alert kind=AlertKind::Info testid="coming-soon">
            <p class="alert-text">{move || i18n.t(ComponentText::ComingSoon)}</p>
        </Alert>
    }
}
