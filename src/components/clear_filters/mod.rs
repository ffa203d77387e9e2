//! "Nulstil filtre": the button that clears a list's filters.

pub mod examples;

use leptos::prelude::*;

use super::texts::ComponentText;
use crate::state::language::use_i18n;

/// Clears the filters; disabled while none is set.
#[component]
pub fn ClearFilters(
    /// Whether any filter is set.
    #[prop(into)]
    active: Signal<bool>,
    on_clear: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <button
            type="button"
            class="button button-tertiary"
            disabled=move || !active.get()
            on:click=move |_| on_clear.run(())
        >
            {move || i18n.t(ComponentText::ClearFilters)}
        </button>
    }
}
