//! A labelled filter select with an "All" choice first.

pub mod examples;

use leptos::prelude::*;

use super::texts::ComponentText;
use crate::state::language::use_i18n;

/// A select of `options` ((value, label) pairs) after "All" (the empty value).
#[component]
pub fn FilterSelect(
    id: &'static str,
    #[prop(into)] label: Signal<String>,
    options: Signal<Vec<(String, String)>>,
    /// The chosen value; "" for all.
    selected: Signal<String>,
    on_change: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="form-group">
            <label class="form-label" for=id>{label}</label>
            <select class="form-select" id=id on:change=move |ev| on_change.run(event_target_value(&ev))>
                <option value="" selected=move || selected.get().is_empty()>{move || i18n.t(ComponentText::FilterAll)}</option>
                {move || options.get().into_iter().map(|(value, text)| {
                    let is_selected = { let value = value.clone(); move || selected.get() == value };
                    view! { <option value=value selected=is_selected>{text}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}
