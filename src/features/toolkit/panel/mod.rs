//! The facilitator panel: a dialog (Ctrl+Shift+F, or `?facilitator` in a start link) that sets
//! up a test without a developer — person, language, scenario date, latency and failures per
//! source, a scenario file with tasks, the task results, a start link, the inactivity timeout,
//! and a reset. Every change applies at once, without a reload.

mod awaited;
mod date;
mod faults;
mod language;
mod person;
mod reset;
mod scenario;
mod section;
mod start_link;
mod study;
mod tasks;
mod timeout;

use leptos::prelude::*;

use super::Toolkit;
use crate::state::{
    api_settings::{use_api_settings, ApiSettings},
    clock::{use_clock, Clock},
    language::{use_i18n, I18n},
};

use super::setup::{choices, loaded_meta, participant, personas_resource, Choice};
use super::texts::ToolkitText;
use super::texts::{logged_in_as, quoted};
use super::use_toolkit;
use crate::api::{endpoints::PersonaIndex, ApiError};
use crate::components::dialog::ModalDialog;
use crate::i18n::Text;

use date::DateSection;
use faults::FaultsSection;
use language::LanguageSection;
use person::PersonSection;
use reset::ResetSection;
use scenario::ScenarioSection;
use start_link::StartLinkSection;
use study::StudySection;

pub use awaited::AwaitedScenario;
use tasks::TasksSection;
use timeout::TimeoutSection;

/// The contexts the panel's sections read, in one: language, toolkit, clock and API settings.
fn use_panel() -> (I18n, Toolkit, Clock, ApiSettings) {
    (use_i18n(), use_toolkit(), use_clock(), use_api_settings())
}

/// The mock's persona index, as the panel's sections share it.
type Personas = LocalResource<Result<PersonaIndex, ApiError>>;

/// Everyone to log in as (the loaded scenario's person first), as the sections share it.
type People = Memo<Vec<Choice>>;

/// The panel.
#[component]
pub fn FacilitatorPanel() -> impl IntoView {
    let i18n = use_i18n();
    // Read once for the sections that list people.
    let personas = personas_resource();
    let toolkit = use_toolkit();
    let settings = use_api_settings();
    let close = Callback::new(move |()| toolkit.panel_open.set(false));
    // The person chosen in the person section: the start link's too.
    let pick = RwSignal::new(untrack(|| settings.persona()));
    // Everyone to log in as, for the sections that list people (made again only when they
    // change, so a list's focus stays put).
    let people = Memo::new(move |_| {
        let meta = loaded_meta(toolkit);
        personas
            .get()
            .and_then(Result::ok)
            .map(|index| choices(&index, meta.as_ref(), i18n.lang()))
            .unwrap_or_default()
    });
    view! {
        <ModalDialog id="facilitator-panel" class="facilitator-panel" labelled_by="panel-heading" open=Signal::stored(true) on_close=close>
            <div class="facilitator-panel-box" data-testid="facilitator-panel">
                <div class="facilitator-panel-top">
                    <h2 id="panel-heading" class="h3 m-0">{move || i18n.t(ToolkitText::PanelTitle)}</h2>
                    <button type="button" class="button button-secondary button-small" data-testid="panel-close" on:click=move |_| close.run(())>
                        {move || i18n.t(ToolkitText::ClosePanel)}
                    </button>
                </div>
                <p>{move || i18n.t(ToolkitText::PanelIntro)}</p>
                <p class="panel-status" role="status" data-testid="panel-status">{move || {
                    let lang = i18n.lang();
                    let person = if settings.is_logged_in() {
                        let id = settings.persona();
                        let name = people.with(|people| people.iter().find(|c| c.id == id).map(|c| c.name.clone()));
                        logged_in_as(lang, name.as_deref().unwrap_or(&id), &id)
                    } else {
                        ToolkitText::NobodyLoggedIn.text(lang).to_owned()
                    };
                    let mut parts = vec![person];
                    if let Some(meta) = loaded_meta(toolkit) {
                        parts.push(format!("{}: {}", ToolkitText::LinkScenario.text(lang), quoted(lang, &meta.id)));
                    }
                    if let Some(code) = participant(toolkit) {
                        parts.push(format!("{}: {code}", ToolkitText::ParticipantLabel.text(lang)));
                    }
                    toolkit.revision.track();
                    let faults = toolkit.faults().summary();
                    if !faults.is_empty() {
                        parts.push(format!("{}: {faults}", ToolkitText::LinkFaults.text(lang)));
                    }
                    parts.join(" · ")
                }}</p>
                <PersonSection people pick/>
                <ScenarioSection personas/>
                <StudySection people/>
                <TasksSection/>
                <StartLinkSection pick people/>
                <LanguageSection/>
                <DateSection/>
                <FaultsSection/>
                <TimeoutSection/>
                <ResetSection/>
            </div>
        </ModalDialog>
        <div class="confirm-backdrop is-visible" aria-hidden="true" on:click=move |_| close.run(())></div>
    }
}
