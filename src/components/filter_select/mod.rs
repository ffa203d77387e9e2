//! A labelled filter select with an "All" choice first, and [`ExplicitChoice`]: a select that
//! applies a choice only when it is made, not while the keyboard browses the options.

pub mod examples;

use leptos::prelude::*;

use super::texts::ComponentText;
use crate::state::language::use_i18n;

/// Applies a select's choice when the person makes it (WCAG 3.2.2): a pick with the mouse, touch
/// or the opened list at once; with arrow keys, Home/End or typing on the closed select (which
/// change its value in Chrome and Firefox) only on Enter or when focus leaves it, so browsing the
/// options neither reloads the list nor adds a history entry for each one.
#[derive(Clone, Copy)]
pub struct ExplicitChoice {
    apply: Callback<String>,
    /// The last change came from browsing with the keyboard.
    browsing: StoredValue<bool>,
    /// A value reached by browsing, not applied yet.
    pending: StoredValue<Option<String>>,
}

impl ExplicitChoice {
    /// Handlers that call `apply` with the chosen value.
    pub fn new(apply: Callback<String>) -> Self {
        ExplicitChoice {
            apply,
            browsing: StoredValue::new(false),
            pending: StoredValue::new(None),
        }
    }

    /// `keydown`: browsing keys defer the change; Enter applies what was browsed to.
    pub fn keydown(self, ev: leptos::ev::KeyboardEvent) {
        let key = ev.key();
        let browse = matches!(
            key.as_str(),
            "ArrowUp"
                | "ArrowDown"
                | "ArrowLeft"
                | "ArrowRight"
                | "Home"
                | "End"
                | "PageUp"
                | "PageDown"
        ) || (key.chars().count() == 1 && key != " ");
        if key == "Enter" {
            if let Some(value) = self.pending.try_update_value(Option::take).flatten() {
                ev.prevent_default();
                self.apply.run(value);
            }
        } else if browse && !ev.alt_key() {
            self.browsing.set_value(true);
        }
    }

    /// `pointerdown`: the mouse or a finger opens the list; its pick applies at once.
    pub fn pointerdown(self) {
        self.browsing.set_value(false);
    }

    /// `change`: applied at once, or kept until Enter or blur when it came from browsing.
    pub fn change(self, ev: leptos::ev::Event) {
        let value = event_target_value(&ev);
        if self.browsing.get_value() {
            self.pending.set_value(Some(value));
        } else {
            self.apply.run(value);
        }
    }

    /// `blur`: leaving the select applies what was browsed to.
    pub fn blur(self) {
        self.browsing.set_value(false);
        if let Some(value) = self.pending.try_update_value(Option::take).flatten() {
            self.apply.run(value);
        }
    }
}

/// A select of `options` ((value, label) pairs) after "All" (the empty value); a choice applies
/// as [`ExplicitChoice`] says.
#[component]
pub fn FilterSelect(
    id: &'static str,
    #[prop(into)] label: Signal<String>,
    options: Signal<Vec<(String, String)>>,
    /// The chosen value; "" for all.
    selected: Signal<String>,
    on_change: Callback<String>,
    /// The text of the "All" choice; "Alle" / "All" when not given.
    #[prop(optional, into)]
    all: Option<Signal<String>>,
    /// A stable name for tests (`data-testid`).
    #[prop(optional)]
    testid: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let choice = ExplicitChoice::new(on_change);
    let all = move || {
        all.map(|all| all.get())
            .unwrap_or_else(|| i18n.t(ComponentText::FilterAll).to_owned())
    };
    view! {
        <div class="form-group">
            <label class="form-label" for=id>{label}</label>
            <select
                class="form-select"
                id=id
                data-testid=(!testid.is_empty()).then_some(testid)
                on:keydown=move |ev| choice.keydown(ev)
                on:pointerdown=move |_| choice.pointerdown()
                on:change=move |ev| choice.change(ev)
                on:blur=move |_| choice.blur()
            >
                <option value="" selected=move || selected.get().is_empty()>{all}</option>
                {move || options.get().into_iter().map(|(value, text)| {
                    let is_selected = { let value = value.clone(); move || selected.get() == value };
                    view! { <option value=value selected=is_selected>{text}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}
