//! The simulated MitID login: clearly a simulation, never asking for a user ID or password; the
//! participant or facilitator picks whom to be, and lands where they were going.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

use super::setup::{choices, loaded_meta, log_in_as, personas_resource, study_personas, Choice};
use super::texts::ToolkitText;
use super::{awaited_view, use_toolkit};
use crate::components::alert::{Alert, AlertKind};
use crate::i18n::Text;
use crate::page::{
    heading::PageHeading, hrefs::app_path, lazy::LazyPart, routes::Page, session::AFTER,
};
use crate::state::{
    api_settings::use_api_settings, clock::use_clock, language::use_i18n, start_link::without_setup,
};

/// Where the login page sends the person who logs in: its return address (an address of this
/// app, without setup parameters), else the overview.
pub(super) fn after_login() -> String {
    use_query_map()
        .with_untracked(|q| q.get(AFTER))
        .filter(|target| app_path(target).is_some())
        .map_or_else(|| "/".to_owned(), |target| without_setup(&target))
}

/// The people a login page offers: in a study (`study` not empty) only the study's, in its
/// order, without the testers' descriptions; else everyone.
pub(super) fn offered(all: Vec<Choice>, study: &[String]) -> Vec<Choice> {
    if study.is_empty() {
        return all;
    }
    study
        .iter()
        .filter_map(|id| all.iter().find(|c| c.id == *id))
        .map(|c| Choice {
            description: String::new(),
            from_scenario: false,
            ..c.clone()
        })
        .collect()
}

/// The login page: the people to be, or, while a start link's scenario is awaited, the page
/// that asks for its file.
#[component]
pub fn LoginPage() -> impl IntoView {
    let i18n = use_i18n();
    crate::page::lazy::prefetch_next_page();
    let toolkit = use_toolkit();
    let awaited = Memo::new(move |_| toolkit.awaited.with(Option::is_some));
    let heading = Signal::derive(move || {
        if awaited.get() {
            i18n.t(ToolkitText::AwaitedHeading).to_owned()
        } else {
            Page::LogIn.title_text().text(i18n.lang()).to_owned()
        }
    });
    view! {
        <PageHeading text=heading/>
        {move || if awaited.get() {
            view! { <LazyPart load=awaited_view testid="awaited-load-error"/> }.into_any()
        } else {
            view! { <PeopleForm/> }.into_any()
        }}
    }
}

/// The simulated login's form: whom to be.
#[component]
fn PeopleForm() -> impl IntoView {
    let i18n = use_i18n();
    let settings = use_api_settings();
    let clock = use_clock();
    let toolkit = use_toolkit();
    let navigate = use_navigate();
    let after = after_login();
    let personas = personas_resource();
    let (chosen, set_chosen) = signal(None::<String>);
    let (missing, set_missing) = signal(false);
    let list = move || {
        let lang = i18n.lang();
        let meta = loaded_meta(toolkit);
        let study = study_personas(toolkit);
        personas
            .get()
            .map(|index| index.map(|index| offered(choices(&index, meta.as_ref(), lang), &study)))
    };
    // One person to be: chosen already.
    Effect::new(move |_| {
        if let Some(Ok([only])) = list()
            .as_ref()
            .map(|people| people.as_ref().map(Vec::as_slice))
        {
            if chosen.get_untracked().is_none() {
                set_chosen.set(Some(only.id.clone()));
            }
        }
    });
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(id) = chosen.get_untracked() else {
            set_missing.set(true);
            return;
        };
        log_in_as(settings, clock, toolkit, &id);
        navigate(&after, Default::default());
    };
    view! {
        <div class="simulated-login" data-testid="simulated-login">
            <p class="simulated-login-brand">
                <span class="badge badge-warning">{move || i18n.t(ToolkitText::SimulationBadge)}</span>
            </p>
            <Alert kind=AlertKind::Info testid="simulation-notice">
                <p class="alert-text">{move || i18n.t(ToolkitText::SimulationNotice)}</p>
            </Alert>
            <form on:submit=submit novalidate>
                {move || match list() {
                    None => view! {
                        <p role="status" data-testid="loading-personas">{move || i18n.t(ToolkitText::LoadingPersons)}</p>
                    }.into_any(),
                    Some(Err(_)) => view! {
                        <Alert kind=AlertKind::Error testid="personas-error">
                            <p class="alert-text">{move || i18n.t(ToolkitText::PersonsFailed)}</p>
                            <p>
                                <button type="button" class="button button-secondary" on:click=move |_| personas.refetch()>
                                    {move || i18n.t(ToolkitText::Retry)}
                                </button>
                            </p>
                        </Alert>
                    }.into_any(),
                    Some(Ok(people)) => view! {
                        <fieldset aria-describedby=move || missing.get().then_some("persona-missing")>
                            <legend class="h3">{move || i18n.t(ToolkitText::ChoosePerson)}</legend>
                            {move || missing.get().then(|| view! {
                                <span class="form-error-message" id="persona-missing" role="alert">
                                    {move || i18n.t(ToolkitText::NoPersonChosen)}
                                </span>
                            })}
                            {people.into_iter().map(|person| {
                                let id = format!("persona-{}", person.id);
                                let hint = format!("{id}-hint");
                                let value = person.id.clone();
                                let checked = { let value = value.clone(); move || chosen.get().as_deref() == Some(value.as_str()) };
                                view! {
                                    <div class="form-group-radio" data-testid="persona-choice">
                                        <input type="radio" class="form-radio" name="persona" id=id.clone() value=value.clone()
                                            aria-describedby=(!person.description.is_empty()).then(|| hint.clone())
                                            prop:checked=checked
                                            on:change=move |_| { set_chosen.set(Some(value.clone())); set_missing.set(false); }/>
                                        <label for=id>
                                            <strong>{person.name}</strong>
                                            {person.from_scenario.then(|| view! {
                                                " " <span class="badge badge-small">{move || i18n.t(ToolkitText::OwnScenario)}</span>
                                            })}
                                        </label>
                                        {(!person.description.is_empty()).then(|| view! {
                                            <p class="form-hint persona-hint" id=hint.clone()>{person.description}</p>
                                        })}
                                    </div>
                                }
                            }).collect_view()}
                        </fieldset>
                    }.into_any(),
                }}
                <p class="mt-6">
                    <button type="submit" class="button button-primary" data-testid="log-in">
                        {move || i18n.t(ToolkitText::LogIn)}
                    </button>
                </p>
            </form>
        </div>
    }
}
