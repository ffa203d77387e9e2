//! DKFDS navigation tabs: links with addresses, the current one marked with `aria-current`.

pub mod examples;

use leptos::prelude::*;

/// One tab.
pub struct TabLink {
    pub href: Signal<String>,
    pub label: Signal<String>,
    pub current: Signal<bool>,
    pub testid: &'static str,
}

/// A row of tabs inside a labelled `nav`.
#[component]
pub fn Tabs(#[prop(into)] label: Signal<String>, tabs: Vec<TabLink>) -> impl IntoView {
    view! {
        <nav class="tab-container mt-6" aria-label=label>
            <ul class="tab-list">
                {tabs
                    .into_iter()
                    .map(|tab| view! {
                        <li>
                            <a
                                href=tab.href
                                class="tab-button"
                                data-noscroll=""
                                aria-current=move || tab.current.get().then_some("true")
                                data-testid=tab.testid
                            >
                                <span>{tab.label}</span>
                            </a>
                        </li>
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
