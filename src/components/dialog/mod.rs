//! A modal dialog: focus moves in when it opens, Tab and Shift+Tab stay inside, Escape closes.

pub mod examples;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A modal dialog shown while `open`. `on_close` runs on Escape; the caller returns focus to
/// whatever opened it. When it opens, focus moves to its first control.
#[component]
pub fn ModalDialog(
    id: &'static str,
    /// The id of the element that names the dialog.
    labelled_by: &'static str,
    #[prop(into)] open: Signal<bool>,
    on_close: Callback<()>,
    #[prop(optional)] class: &'static str,
    /// The id of the element that describes it (an alert dialog's message).
    #[prop(optional)]
    described_by: Option<&'static str>,
    /// `dialog`, or `alertdialog` for an urgent message that needs an answer.
    #[prop(default = "dialog")]
    role: &'static str,
    children: Children,
) -> impl IntoView {
    let dialog = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if open.get() {
            if let Some(first) = dialog.get().and_then(|d| controls(&d).into_iter().next()) {
                let _ = first.focus();
            }
        }
    });
    view! {
        <div
            id=id
            class=class
            class:is-visible=move || open.get()
            role=role
            aria-modal="true"
            aria-labelledby=labelled_by
            aria-describedby=described_by
            node_ref=dialog
            on:keydown=move |event| match event.key().as_str() {
                "Escape" => on_close.run(()),
                "Tab" => {
                    if let Some(dialog) = dialog.get() {
                        keep_focus_inside(&dialog, &event);
                    }
                }
                _ => {}
            }
        >
            {children()}
        </div>
    }
}

/// The dialog's focusable controls, in document order.
fn controls(dialog: &web_sys::HtmlElement) -> Vec<web_sys::HtmlElement> {
    let Ok(nodes) =
        dialog.query_selector_all("a[href], button:not([disabled]), input, select, textarea")
    else {
        return Vec::new();
    };
    (0..nodes.length())
        .filter_map(|i| nodes.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .collect()
}

/// Keeps Tab and Shift+Tab inside: from the last control to the first and back.
fn keep_focus_inside(dialog: &web_sys::HtmlElement, event: &leptos::ev::KeyboardEvent) {
    let controls = controls(dialog);
    let (Some(first), Some(last)) = (controls.first(), controls.last()) else {
        return;
    };
    let active = document().active_element();
    let target = match (event.shift_key(), active) {
        (true, Some(active)) if active == **first => last,
        (false, Some(active)) if active == **last => first,
        _ => return,
    };
    event.prevent_default();
    let _ = target.focus();
}
