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
use section::PanelSection;
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

/// What the panel's sections share, made once by the panel: the persona index, everyone to log
/// in as, and the person chosen in the person section (the start link's too).
#[derive(Clone, Copy)]
struct Shared {
    personas: Personas,
    people: People,
    pick: RwSignal<String>,
}

fn use_shared() -> Shared {
    expect_context::<Shared>()
}

/// Declares a loader per section body, `chunk: loader => Section`, the body's code in `chunk`.
macro_rules! section_bodies {
    ($($chunk:ident: $loader:ident => $section:ident,)+) => {
        $( crate::lazy_view!($chunk, fn $loader() { view! { <$section/> } }); )+
    };
}

// The sections' bodies, fetched when a section is first opened, in two chunks: the study
// (scenario file, participants, tasks and results, the start link) and the test's settings.
section_bodies! {
    panel_study: scenario_body => ScenarioSection,
    panel_study: study_body => StudySection,
    panel_study: tasks_body => TasksSection,
    panel_study: start_link_body => StartLinkSection,
    panel_settings: person_body => PersonSection,
    panel_settings: date_body => DateSection,
    panel_settings: faults_body => FaultsSection,
    panel_settings: timeout_body => TimeoutSection,
    panel_settings: reset_body => ResetSection,
}

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
    provide_context(Shared {
        personas,
        people,
        pick,
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
                <PanelSection id="panel-person" title=ToolkitText::PersonHeading body=person_body/>
                <PanelSection id="panel-scenario" title=ToolkitText::ScenarioHeading body=scenario_body/>
                <PanelSection id="panel-study" title=ToolkitText::StudyHeading body=study_body/>
                <PanelSection id="panel-tasks" title=ToolkitText::TasksHeading body=tasks_body/>
                <PanelSection id="panel-link" title=ToolkitText::StartLinkHeading body=start_link_body/>
                <LanguageSection/>
                <PanelSection id="panel-date" title=ToolkitText::DateHeading body=date_body/>
                <PanelSection id="panel-faults" title=ToolkitText::FaultsHeading body=faults_body/>
                <PanelSection id="panel-timeout" title=ToolkitText::TimeoutHeading body=timeout_body/>
                <PanelSection id="panel-reset" title=ToolkitText::ResetHeading body=reset_body/>
            </div>
        </ModalDialog>
        <div class="confirm-backdrop is-visible" aria-hidden="true" on:click=move |_| close.run(())></div>
    }
}
