//! DKFDS icons from the shipped SVG sprite.

use leptos::prelude::*;

/// A decorative DKFDS icon (`name` is a symbol id in `all-svg-icons.svg`); hidden from screen readers.
#[component]
pub fn Icon(name: &'static str, #[prop(optional)] class: &'static str) -> impl IntoView {
    let class = if class.is_empty() {
        "icon-svg".to_owned()
    } else {
        format!("icon-svg {class}")
    };
    view! {
        <svg class=class focusable="false" aria-hidden="true">
            <use_ href=format!("/dkfds/img/all-svg-icons.svg#{name}")></use_>
        </svg>
    }
}
