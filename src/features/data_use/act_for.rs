//! Choosing whom to act for: the citizen's children in custody and the people who gave the
//! citizen a power of attorney, each with what it covers, and the way back to one's own data.

use leptos::prelude::*;

use super::texts::{scope_label, see_data_of, DataUsePageText};
use crate::api::session::{RepresentationKind, Represented};
use crate::api::Source;
use crate::components::section_error::source_section;
use crate::format::long_date_iso;
use crate::i18n::isolated;
use crate::page::routes::Page;
use crate::page::{heading::PageHeading, session::use_switch_person};
use crate::state::{acting::use_acting, language::use_i18n, sources::use_sources};

/// Handl på vegne af en anden.
#[component]
pub fn ActForPage() -> impl IntoView {
    let i18n = use_i18n();
    let acting = use_acting();
    let switch = use_switch_person();
    let sources = use_sources();
    view! {
        <PageHeading text=i18n.signal(Page::ActFor.title_text())/>
        <p class="font-lead">{move || i18n.t(DataUsePageText::ActForIntro)}</p>
        {move || acting.who().map(|_| view! {
            <p>
                <button type="button" class="button button-primary" on:click=move |_| switch.run(None) data-testid="act-for-self">
                    {move || i18n.t(DataUsePageText::OwnData)}
                </button>
            </p>
        })}
        {move || source_section(Source::Session, sources.session.get(), sources.retry_callback(Source::Session), move |_| {
            let choices = acting.choices();
            if choices.is_empty() {
                return view! { <p>{move || i18n.t(DataUsePageText::ActForNone)}</p> }.into_any();
            }
            let current = acting.who().map(|w| w.id);
            view! {
                <ul class="act-for-list nobullet-list" data-testid="act-for-list">
                    {choices.into_iter().map(|who| person_view(who.clone(), current.as_deref() == Some(&who.id), switch)).collect_view()}
                </ul>
            }
            .into_any()
        })}
    }
}

fn person_view(
    who: Represented,
    current: bool,
    switch: Callback<Option<Represented>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let kind = match who.kind {
        RepresentationKind::Child => DataUsePageText::KindChild,
        RepresentationKind::PowerOfAttorney => DataUsePageText::KindPowerOfAttorney,
    };
    let scope = who.scope.clone();
    let valid_to = who.valid_to.clone();
    let name = who.name.clone();
    view! {
        <li class="act-for-person" data-testid="act-for-person">
            <h2 class="h3">{who.name.clone()}</h2>
            <p>{move || i18n.t(kind)}</p>
            <ul>
                {move || scope.iter().map(|s| view! { <li>{scope_label(*s, i18n.lang())}</li> }).collect_view()}
            </ul>
            {valid_to.map(|date| view! {
                <p>{move || i18n.t(DataUsePageText::ValidUntil)} " " {move || long_date_iso(&date, i18n.lang())}</p>
            })}
            {if current {
                view! { <p><strong>{move || i18n.t(DataUsePageText::ActingNow)}</strong></p> }.into_any()
            } else {
                view! {
                    <p>
                        <button type="button" class="button button-secondary" on:click=move |_| switch.run(Some(who.clone()))>
                            {move || isolated(&see_data_of(i18n.lang(), &name), &[&name])}
                        </button>
                    </p>
                }
                .into_any()
            }}
        </li>
    }
}
