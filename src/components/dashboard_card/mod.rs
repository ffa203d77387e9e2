//! A dashboard card for one source: its heading, then its key facts and where and when they were
//! fetched (or its loading state, or its error with a retry, affecting this card only), then a
//! link to the section.
//!
//! Cards hand over their facts as text, computed in the current language; one component renders
//! every card. That keeps the first view small: one card's view code instead of seven.

pub mod examples;

use leptos::prelude::*;

use super::card::Card;
use super::section_error::SectionError;
use super::source_note::{SourceFreshness, SourceLoading};
use crate::api::{ApiError, Source, SourceInfo};
use crate::state::sources::use_sources;

/// One line of a card: its text, a link if it leads somewhere, and a stable name for tests.
#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    pub text: String,
    pub href: Option<String>,
    pub testid: &'static str,
}

impl Fact {
    /// A line of text.
    pub fn text(testid: &'static str, text: String) -> Fact {
        Fact {
            text,
            href: None,
            testid,
        }
    }
}

/// A card's facts: the key figure, then the lines under it.
#[derive(Clone, Debug, PartialEq)]
pub struct Facts {
    pub figure: Fact,
    pub lines: Vec<Fact>,
}

/// What a card shows: `None` while loading, the facts with their source, or the error.
pub type CardState = Option<Result<(SourceInfo, Facts), ApiError>>;

fn fact_view(fact: Fact, class: &'static str) -> AnyView {
    let Fact { text, href, testid } = fact;
    let testid = (!testid.is_empty()).then_some(testid);
    match href {
        Some(href) => {
            view! { <p class=class data-testid=testid><a href=href>{text}</a></p> }.into_any()
        }
        None => view! { <p class=class data-testid=testid>{text}</p> }.into_any(),
    }
}

/// One source's card on the overview, leading to `href` (the section's page); "Prøv igen" fetches the source again.
#[component]
pub fn DashboardCard(
    #[prop(into)] heading: Signal<String>,
    #[prop(optional)] class: &'static str,
    testid: &'static str,
    source: Source,
    /// The card's state in the current language (tracked).
    #[prop(into)]
    state: Signal<CardState>,
    href: &'static str,
    #[prop(into)] link_text: Signal<String>,
    /// What "Prøv igen" does; fetching the source again from the sources' context if not given.
    #[prop(optional)]
    on_retry: Option<Callback<()>>,
) -> impl IntoView {
    let on_retry = on_retry.unwrap_or_else(|| use_sources().retry_callback(source));
    let heading_id = format!("card-{}-heading", source.id());
    view! {
        <Card heading_id heading class=class testid>
            {move || match state.get() {
                None => view! { <SourceLoading source/> }.into_any(),
                Some(Err(error)) => view! { <SectionError source error on_retry/> }.into_any(),
                Some(Ok((info, facts))) => view! {
                    {fact_view(facts.figure, "dashboard-figure")}
                    {facts.lines.into_iter().map(|line| fact_view(line, "dashboard-line")).collect_view()}
                    <SourceFreshness info/>
                }
                .into_any(),
            }}
            <p class="card-link">
                <a href=href class="function-link">{link_text}</a>
            </p>
        </Card>
    }
}

/// A card's state from what a source delivered and how its data reads as facts.
pub fn card_state<T>(
    loaded: Option<Result<crate::api::Sourced<T>, ApiError>>,
    facts: impl FnOnce(T) -> Facts,
) -> CardState {
    Some(loaded?.map(|sourced| (sourced.source, facts(sourced.data))))
}
