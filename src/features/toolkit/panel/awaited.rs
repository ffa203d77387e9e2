//! The page a start link opens when its scenario is not loaded in this browser: it says so,
//! takes the file, and then goes on as the link meant (logged in as its persona, on its page).

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::super::login::after_login;
use super::super::texts::{awaited_text, other_scenario_text, ToolkitText};
use super::scenario::ScenarioLoader;
use super::use_panel;
use crate::components::alert::{Alert, AlertKind};
use crate::date::Date;
use crate::state::start_link::{param, start_param, stop_awaiting};

/// What the login page shows instead of its people while a start link's scenario is awaited.
#[component]
pub fn AwaitedScenario() -> impl IntoView {
    let (i18n, toolkit, clock, settings) = use_panel();
    let personas = super::super::setup::personas_resource();
    let navigate = use_navigate();
    let after = after_login();
    let (other, set_other) = signal(None::<String>);
    let Some(awaited) = toolkit.awaited.get_untracked() else {
        return ().into_any();
    };
    let (id, other_id) = (awaited.scenario.clone(), awaited.scenario.clone());
    let on_loaded = Callback::new(move |meta: super::super::scenario::ScenarioMeta| {
        if meta.id != awaited.scenario {
            set_other.set(Some(meta.id));
            return;
        }
        stop_awaiting();
        toolkit.awaited.set(None);
        // The link's date, not the file's, as if the scenario had been loaded before.
        if let Some(date) = start_param(param::DATE).and_then(|d| Date::parse_day(&d)) {
            clock.set(date);
        }
        if let Some(persona) = &awaited.persona {
            settings.log_in(persona);
            navigate(&after, Default::default());
        }
    });
    let go_on = move |_| {
        stop_awaiting();
        toolkit.awaited.set(None);
    };
    view! {
        <div data-testid="awaited-scenario">
            <Alert kind=AlertKind::Warning testid="awaited-notice">
                <p class="alert-text">{move || awaited_text(i18n.lang(), &id)}</p>
            </Alert>
            <h2 class="h3">{move || i18n.t(ToolkitText::AwaitedLoadHeading)}</h2>
            <p>{move || i18n.t(ToolkitText::AwaitedLoadHint)}</p>
            <ScenarioLoader personas id="awaited-scenario-file" on_loaded/>
            <div aria-live="polite">
                {
                    move || other.get().map(|loaded| {
                        let text = other_scenario_text(i18n.lang(), &loaded, &other_id);
                        view! {
                            <Alert kind=AlertKind::Warning testid="awaited-other">
                                <p class="alert-text">{text}</p>
                            </Alert>
                        }
                    })
                }
            </div>
            <p class="mt-6">
                <button type="button" class="button button-secondary" data-testid="awaited-go-on" on:click=go_on>
                    {move || i18n.t(ToolkitText::AwaitedGoOn)}
                </button>
            </p>
        </div>
    }
    .into_any()
}
