//! DKFDS icons from the shipped SVG sprite.

pub mod examples;

use leptos::prelude::*;

/// A DKFDS icon (`name` is a symbol id in `all-svg-icons.svg`). Decorative and hidden from
/// screen readers unless it carries a `label`.
#[component]
pub fn Icon(
    name: &'static str,
    #[prop(optional)] class: &'static str,
    #[prop(optional, into)] label: Option<Signal<String>>,
) -> impl IntoView {
    let class = if class.is_empty() {
        "icon-svg".to_owned()
    } else {
        format!("icon-svg {class}")
    };
    let labelled = label.is_some();
    view! {
        <svg
            class=class
            focusable="false"
            role=labelled.then_some("img")
            aria-label=move || label.map(|label| label.get())
            aria-hidden=(!labelled).then_some("true")
        >
            <use_ href=format!("/dkfds/img/all-svg-icons.svg#{name}")></use_>
        </svg>
    }
}
