//! The panel's section: the start link.

use leptos::prelude::*;

use super::super::texts::ToolkitText;
use super::use_panel;
use crate::page::{hrefs::with_query, routes::Page};
use crate::state::session_life::DEFAULT_TIMEOUT_S;

/// A link that opens the chosen person, language, date, failures, timeout and start page.
#[component]
pub(super) fn StartLinkSection() -> impl IntoView {
    let (i18n, toolkit, clock, settings) = use_panel();
    let (page, set_page) = signal(Page::Overview);
    let link = move || {
        let mut params = vec![
            ("persona", settings.persona()),
            ("sprog", i18n.lang().code().to_owned()),
            ("dato", clock.today().to_string()),
        ];
        toolkit.revision.track();
        let (failures, latencies) = toolkit.faults().to_params();
        if !failures.is_empty() {
            params.push(("fejl", failures));
        }
        if !latencies.is_empty() {
            params.push(("forsinkelse", latencies));
        }
        let timeout = toolkit.timeout_s.get();
        if timeout != DEFAULT_TIMEOUT_S {
            params.push(("udloeb", timeout.to_string()));
        }
        let origin = window().location().origin().unwrap_or_default();
        format!("{origin}{}", with_query(page.get().path(), &params))
    };
    view! {
        <section class="panel-section" aria-labelledby="panel-link">
            <h3 id="panel-link" class="h4">{move || i18n.t(ToolkitText::StartLinkHeading)}</h3>
            <p>{move || i18n.t(ToolkitText::StartLinkHint)}</p>
            <div class="form-group">
                <label class="form-label" for="panel-start-page">{move || i18n.t(ToolkitText::StartPage)}</label>
                <select class="form-select" id="panel-start-page" on:change=move |ev| {
                    let path = event_target_value(&ev);
                    if let Some(chosen) = Page::MENU.iter().find(|p| p.path() == path) {
                        set_page.set(*chosen);
                    }
                }>
                    {Page::MENU.iter().map(|&p| view! {
                        <option value=p.path() selected=move || page.get() == p>{move || p.title(i18n.lang())}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="form-group">
                <label class="form-label" for="panel-start-link">{move || i18n.t(ToolkitText::StartLinkLabel)}</label>
                <input type="text" class="form-input" id="panel-start-link" readonly data-testid="start-link" prop:value=link/>
            </div>
            // The panel may be refreshed by the focus trap's Tab handling at any time; the
            // link reloads the app, which keeps the tab's setup.
            <a class="button button-secondary mt-3" href=link data-testid="open-start-link" rel="external">
                {move || i18n.t(ToolkitText::OpenStartLink)}
            </a>
        </section>
    }
}
