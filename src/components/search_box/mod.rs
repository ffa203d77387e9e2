//! A list's search box: a labelled search field with a hint and a search button, its text in a
//! signal the list filters on as the person types. It sits in the list's search form (`role =
//! "search"`), which handles the submit.

pub mod examples;

use leptos::prelude::*;

/// The search field, its label and hint, and the submit button.
#[component]
pub fn SearchBox(
    /// The field's id (the label's `for`); the hint is `<id>-hint`.
    id: &'static str,
    label: Signal<String>,
    hint: Signal<String>,
    /// The submit button's text.
    button: Signal<String>,
    /// What is typed, kept in step both ways.
    typed: RwSignal<String>,
    #[prop(optional)] testid: Option<&'static str>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="form-group">
            <label class="form-label" for=id>{label}</label>
            <span class="form-hint" id=hint_id.clone()>{hint}</span>
            <div class="search-box-row">
                <input
                    class="form-input"
                    id=id
                    type="search"
                    data-testid=testid
                    aria-describedby=hint_id
                    prop:value=typed
                    on:input=move |ev| typed.set(event_target_value(&ev))
                />
                <button type="submit" class="button button-primary">{button}</button>
            </div>
        </div>
    }
}
