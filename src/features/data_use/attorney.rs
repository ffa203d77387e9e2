//! Powers of attorney (Digital Fuldmagt): who gave or holds one, what it covers, how long.

use leptos::prelude::*;

use super::texts::{scope_label, DataUsePageText};
use crate::api::powers_of_attorney::{AttorneyRole, PowerOfAttorney};
use crate::format::long_date_iso;
use crate::state::language::use_i18n;

/// The powers of attorney as a list, one entry each.
#[component]
pub fn AttorneyList(powers: Vec<PowerOfAttorney>) -> impl IntoView {
    let i18n = use_i18n();
    if powers.is_empty() {
        return view! { <p>{move || i18n.t(DataUsePageText::NoAttorney)}</p> }.into_any();
    }
    powers
        .into_iter()
        .map(|power| {
            let role = match power.role {
                AttorneyRole::Giver => DataUsePageText::AttorneyGiven,
                AttorneyRole::Holder => DataUsePageText::AttorneyHeld,
            };
            let scope = power.scope.clone();
            let (from, to) = (power.valid_from.clone(), power.valid_to.clone());
            view! {
                <div class="attorney" data-testid="attorney">
                    <h3 class="h4">{move || i18n.t(role)} " " {power.counterpart.clone()}</h3>
                    <p class="mb-2"><strong>{move || i18n.t(DataUsePageText::AttorneyScope)}</strong></p>
                    <ul class="mt-0">
                        {move || scope.iter().map(|s| view! { <li>{scope_label(*s, i18n.lang())}</li> }).collect_view()}
                    </ul>
                    <p>
                        <strong>{move || i18n.t(DataUsePageText::AttorneyValid)}</strong> " "
                        {move || {
                            let lang = i18n.lang();
                            match &to {
                                Some(to) => format!("{} – {}", long_date_iso(&from, lang), long_date_iso(to, lang)),
                                None => long_date_iso(&from, lang),
                            }
                        }}
                    </p>
                </div>
            }
        })
        .collect_view()
        .into_any()
}
