//! A panel section that folds: its heading is the toggle, closed until the facilitator opens
//! it, and open or closed as it was left, for the tab (so the panel fits a laptop's screen). Its
//! body's code is fetched when it is first opened (each group of sections is a chunk of its own),
//! so opening the panel fetches only the panel's frame.

use leptos::prelude::*;

use super::super::texts::ToolkitText;
use crate::page::lazy::{LazyPart, ViewLoader};
use crate::state::language::use_i18n;
use crate::state::storage_keys as keys;
use crate::state::tab_storage::{recall, remember};

/// The ids of the sections left open in this tab.
fn open_sections() -> Vec<String> {
    recall(keys::PANEL_SECTIONS)
        .map(|ids| ids.split(',').map(str::to_owned).collect())
        .unwrap_or_default()
}

fn keep_open(id: &str, open: bool) {
    let mut ids = open_sections();
    ids.retain(|i| !i.is_empty() && i != id);
    if open {
        ids.push(id.to_owned());
    }
    remember(keys::PANEL_SECTIONS, &ids.join(","));
}

/// A folding section of the panel; `id` is its heading's, `body` loads what it holds.
#[component]
pub(super) fn PanelSection(
    id: &'static str,
    title: ToolkitText,
    body: ViewLoader,
) -> impl IntoView {
    let i18n = use_i18n();
    let open = open_sections().iter().any(|i| i == id);
    // Once opened, the body stays (closing only hides it, as a `details` does).
    let opened = RwSignal::new(open);
    view! {
        <section class="panel-section" aria-labelledby=id>
            <details class="panel-details" open=open on:toggle=move |ev| {
                let details: web_sys::Element = event_target(&ev);
                let open = details.has_attribute("open");
                keep_open(id, open);
                if open {
                    opened.set(true);
                }
            }>
                <summary class="panel-summary" data-testid=format!("{id}-toggle")>
                    <h3 id=id class="h4">{move || i18n.t(title)}</h3>
                </summary>
                <div class="panel-body">
                    {move || opened.get().then(|| view! {
                        <LazyPart load=body testid="panel-section-load-error"/>
                    })}
                </div>
            </details>
        </section>
    }
}
