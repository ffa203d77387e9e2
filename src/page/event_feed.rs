//! The event list the views across sources read ("Nyt siden sidst", "Det venter vi på fra dig",
//! the calendar): built from every source that has answered, on the scenario's day, within the
//! acting scope; with the sources still loading and those that failed, so each failing source
//! degrades only its own part ([`SourceProblems`]).

use leptos::prelude::*;

use crate::api::cases::CaseDetail;
use crate::api::{ApiError, Source, Sourced};
use crate::components::section_error::SectionError;
use crate::components::source_note::SourceLoading;
use crate::date::Date;
use crate::state::case_histories::use_case_histories;
use crate::state::events::{events, Event, Inputs};
use crate::state::{acting::use_acting, clock::use_clock, sources::use_sources};

/// The sources that yield events (the session and housing yield none).
pub const EVENT_SOURCES: [Source; 10] = [
    Source::Cases,
    Source::Benefits,
    Source::Tax,
    Source::Debt,
    Source::Person,
    Source::Vehicles,
    Source::DigitalPost,
    Source::AccessLog,
    Source::Consents,
    Source::PowersOfAttorney,
];

/// The events of the sources that have answered, and where the others stand.
#[derive(Clone, Debug, PartialEq)]
pub struct EventFeed {
    /// Every event, oldest first.
    pub events: Vec<Event>,
    /// The scenario's day they were made on.
    pub today: Date,
    /// Sources still loading.
    pub loading: Vec<Source>,
    /// Sources that failed (not those outside the acting scope: that is no failure).
    pub failed: Vec<(Source, ApiError)>,
    /// The represented person's opaque id when acting for someone (for calendar ids).
    pub on_behalf: Option<String>,
    /// Whether the histories of the cases changed since the last login are still being read
    /// (only for [`use_news_feed`]; the cases then count as loading).
    pub histories_loading: bool,
}

/// The feed of `of` (a subset of [`EVENT_SOURCES`]), following the sources, the scenario's day
/// and whom the app acts for. A case is told by the list: its creation and its current step.
pub fn use_event_feed(of: &'static [Source]) -> Memo<EventFeed> {
    feed(of, None)
}

/// The feed of every source for what is new since the last login, with the steps in between of
/// the cases changed since then (read from their details: [`use_case_histories`]).
pub fn use_news_feed() -> Memo<EventFeed> {
    feed(&EVENT_SOURCES, Some(use_case_histories()))
}

fn feed(
    of: &'static [Source],
    histories: Option<Signal<Option<Vec<CaseDetail>>>>,
) -> Memo<EventFeed> {
    let sources = use_sources();
    let clock = use_clock();
    let acting = use_acting();
    Memo::new(move |_| {
        let today = clock.today();
        let who = acting.who();
        let wanted = |source: Source| of.contains(&source);
        fn ok<T: Clone + 'static>(
            wanted: bool,
            resource: &crate::state::sources::SourceResource<T>,
        ) -> Option<Sourced<T>> {
            if !wanted {
                return None;
            }
            resource.with(|loaded| loaded?.as_ref().ok().cloned())
        }
        let cases = ok(wanted(Source::Cases), &sources.cases);
        let grants = ok(wanted(Source::Benefits), &sources.grants);
        let payouts = ok(wanted(Source::Benefits), &sources.payouts);
        let tax = ok(wanted(Source::Tax), &sources.tax);
        let debt = ok(wanted(Source::Debt), &sources.debt);
        let person = ok(wanted(Source::Person), &sources.person);
        let vehicles = ok(wanted(Source::Vehicles), &sources.vehicles);
        let letters = ok(wanted(Source::DigitalPost), &sources.digital_post);
        let access_log = ok(wanted(Source::AccessLog), &sources.access_log);
        let consents = ok(wanted(Source::Consents), &sources.consents);
        let powers = ok(
            wanted(Source::PowersOfAttorney),
            &sources.powers_of_attorney,
        );
        let details = histories.map(|histories| histories.get());
        let inputs = Inputs {
            cases: cases.as_ref(),
            case_details: details.as_ref().and_then(|d| d.as_deref()).unwrap_or(&[]),
            grants: grants.as_ref(),
            payouts: payouts.as_ref(),
            tax: tax.as_ref(),
            debt: debt.as_ref(),
            person: person.as_ref(),
            vehicles: vehicles.as_ref(),
            letters: letters.as_ref(),
            access_log: access_log.as_ref(),
            consents: consents.as_ref(),
            powers_of_attorney: powers.as_ref(),
        };
        let scope = who.as_ref().map(|who| who.scope.clone());
        let mut loading = Vec::new();
        let mut failed = Vec::new();
        for &source in of {
            match sources.status(source) {
                None => loading.push(source),
                Some(Err(error)) if !error.is_no_access() => failed.push((source, error)),
                Some(_) => {}
            }
        }
        let histories_loading = cases.is_some() && matches!(details, Some(None));
        if histories_loading {
            loading.push(Source::Cases);
        }
        EventFeed {
            events: events(&inputs, today, scope.as_deref()),
            today,
            loading,
            failed,
            on_behalf: who.map(|who| who.id),
            histories_loading,
        }
    })
}

/// Where the sources `of` stand, above a view's list: a polite loading line for each source
/// still loading, and each failed source's error with its own retry (a source outside the acting
/// scope is no failure). Nothing once all have answered.
#[component]
pub fn SourceProblems(of: &'static [Source]) -> impl IntoView {
    let sources = use_sources();
    view! {
        <div class="source-problems">
            {move || {
                of.iter()
                    .map(|&source| match sources.status(source) {
                        None => view! { <SourceLoading source/> }.into_any(),
                        Some(Err(error)) if !error.is_no_access() => view! {
                            <SectionError source error on_retry=sources.retry_callback(source)/>
                        }
                        .into_any(),
                        Some(_) => ().into_any(),
                    })
                    .collect_view()
            }}
        </div>
    }
}

/// Acting for someone: whose events the view shows and which areas the scope covers (the rest
/// is left out, not failed). Nothing for the citizen's own data.
#[component]
pub fn ActingScopeNote() -> impl IntoView {
    use crate::i18n::{isolated, Text};
    use crate::state::source_texts::source_label;
    let i18n = crate::state::language::use_i18n();
    let acting = use_acting();
    move || {
        let who = acting.who()?;
        let lang = i18n.lang();
        let areas: Vec<&str> = EVENT_SOURCES
            .into_iter()
            .filter(|source| source.scope().is_some_and(|s| who.scope.contains(&s)))
            .map(|source| source_label(source).text(lang))
            .collect();
        let first = who
            .name
            .split_whitespace()
            .next()
            .unwrap_or(&who.name)
            .to_owned();
        let text = super::texts::acting_scope_note(lang, &first, &areas.join(", "));
        let whose = crate::state::acting::possessive(&first, lang);
        Some(view! {
            <p class="acting-scope-note" data-testid="acting-scope-note">{isolated(&text, &[&whose])}</p>
        })
    }
}

/// An event's sentence in the current language, each value from data isolated.
#[component]
pub fn EventSentence(event: Event) -> impl IntoView {
    use crate::state::events::texts::{data_values, plain, sentence};
    let i18n = crate::state::language::use_i18n();
    move || {
        let parts = sentence(&event, i18n.lang());
        crate::i18n::isolated(&plain(&parts), &data_values(&parts))
    }
}

/// The link to where the app shows an event's item ("Gå til sagen"), with the sentence's start
/// for screen readers, so each link says where it leads.
#[component]
pub fn EventLink(event: Event) -> impl IntoView {
    use super::texts::TargetText;
    use crate::state::events::Target;
    let i18n = crate::state::language::use_i18n();
    let text = match &event.target {
        Target::Case(_) => TargetText::Case,
        Target::Letter(_) => TargetText::Letter,
        Target::Economy => TargetText::Economy,
        Target::MyData => TargetText::MyData,
        Target::DataUse => TargetText::DataUse,
    };
    let href = super::hrefs::target_href(&event.target);
    view! {
        <a href=href class="function-link" data-testid="event-link">{move || i18n.t(text)}</a>
    }
}
