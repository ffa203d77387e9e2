//! A panel section that folds: its heading is the toggle, closed until the facilitator opens
//! it, and open or closed as it was left, for the tab (so the panel fits a laptop's screen).

use leptos::prelude::*;

use super::super::texts::ToolkitText;
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

/// A folding section of the panel; `id` is its heading's.
#[component]
pub(super) fn PanelSection(
    id: &'static str,
    title: ToolkitText,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let open = open_sections().iter().any(|i| i == id);
    view! {
        <section class="panel-section" aria-labelledby=id>
            <details class="panel-details" open=open on:toggle=move |ev| {
                let details: web_sys::Element = event_target(&ev);
                keep_open(id, details.has_attribute("open"));
            }>
                <summary class="panel-summary" data-testid=format!("{id}-toggle")>
                    <h3 id=id class="h4">{move || i18n.t(title)}</h3>
                </summary>
                <div class="panel-body">{children()}</div>
            </details>
        </section>
    }
}
