//! The panel's section: a study with several participants — the participant's code, the people
//! the login page offers, and *Ny deltager*.

use leptos::prelude::*;

use super::super::setup::{
    earlier_results, keep_results, participant, set_participant, set_study_personas, study_personas,
};
use super::super::texts::{earlier_participants, ToolkitText};
use super::{use_panel, use_shared};
use crate::page::{routes::Page, session::use_end_session};
use crate::save_file::save_file;

/// The study's participant and people, and the hand-over to the next participant.
#[component]
pub(super) fn StudySection() -> impl IntoView {
    let (i18n, toolkit, clock, _) = use_panel();
    let people = use_shared().people;
    let end_session = use_end_session();
    let code = NodeRef::<leptos::html::Input>::new();
    let (ready, set_ready) = signal(false);
    let toggle = move |id: String, on: bool| {
        let mut ids = untrack(|| study_personas(toolkit));
        ids.retain(|i| *i != id);
        if on {
            ids.push(id);
        }
        set_study_personas(toolkit, &ids);
    };
    let next = move |_| {
        keep_results(toolkit, clock);
        set_participant(toolkit, "");
        end_session.run(Page::LogIn.path().to_owned());
        set_ready.set(true);
        if let Some(input) = code.get_untracked() {
            let _ = input.focus();
        }
    };
    let download = move |_| {
        let all = earlier_results(toolkit);
        let date = clock.today().to_string();
        save_file(
            &format!("deltagere-{date}.json"),
            "application/json",
            &serde_json::to_string_pretty(&all).unwrap_or_default(),
        );
    };
    view! {
            <p>{move || i18n.t(ToolkitText::StudyHint)}</p>
            <div class="form-group">
                <label class="form-label" for="panel-participant">{move || i18n.t(ToolkitText::ParticipantLabel)}</label>
                <span class="form-hint" id="panel-participant-hint">{move || i18n.t(ToolkitText::ParticipantHint)}</span>
                <input type="text" class="form-input input-width-s" id="panel-participant" node_ref=code
                    aria-describedby="panel-participant-hint" maxlength="20" autocomplete="off" data-testid="panel-participant"
                    prop:value=move || participant(toolkit).unwrap_or_default()
                    on:change=move |ev| { set_participant(toolkit, &event_target_value(&ev)); set_ready.set(false); }/>
            </div>
            <fieldset class="mt-5" aria-describedby="panel-study-people-hint">
                <legend class="form-label">{move || i18n.t(ToolkitText::StudyPersonsLegend)}</legend>
                <span class="form-hint" id="panel-study-people-hint">{move || i18n.t(ToolkitText::StudyPersonsHint)}</span>
                {move || {
                    people.get().into_iter().map(|person| {
                        let id = format!("panel-study-{}", person.id);
                        let value = person.id.clone();
                        let checked = {
                            let id = person.id.clone();
                            move || study_personas(toolkit).contains(&id)
                        };
                        view! {
                            <div class="form-group-checkbox">
                                <input type="checkbox" class="form-checkbox" id=id.clone() data-testid="panel-study-person"
                                    value=person.id.clone() prop:checked=checked
                                    on:change=move |ev| toggle(value.clone(), event_target_checked(&ev))/>
                                <label for=id>{format!("{} ({})", person.name, person.id)}</label>
                            </div>
                        }
                    }).collect_view()
                }}
            </fieldset>
            <p class="mt-5">{move || i18n.t(ToolkitText::NewParticipantHint)}</p>
            <p class="d-flex flex-wrap">
                <button type="button" class="button button-secondary mr-4" data-testid="new-participant" on:click=next>
                    {move || i18n.t(ToolkitText::NewParticipant)}
                </button>
            </p>
            <p role="status" data-testid="new-participant-status">
                {move || ready.get().then(|| i18n.t(ToolkitText::ReadyForNext))}
            </p>
            {move || {
                let n = earlier_results(toolkit).len();
                (n > 0).then(|| view! {
                    <p data-testid="earlier-participants">
                        {earlier_participants(i18n.lang(), n)} " "
                        <button type="button" class="button button-secondary button-small" data-testid="download-earlier" on:click=download>
                            {move || i18n.t(ToolkitText::DownloadEarlier)}
                        </button>
                    </p>
                })
            }}
    }
}
