//! A section whose source failed: the error in plain language, with a retry.

pub mod examples;

use leptos::prelude::*;

use super::alert::{Alert, AlertKind};
use super::source_note::SourceLoading;
use super::texts::ComponentText;
use crate::api::{ApiError, Source, Sourced};
use crate::state::source_texts::{could_not_load, error_explanation, not_covered, source_label};
use crate::state::{acting::acting_kind, language::use_i18n};

/// The explanation of an error, with the source's own words (in Danish) when it reported one.
#[component]
pub fn ErrorExplanation(error: ApiError) -> impl IntoView {
    let i18n = use_i18n();
    let explanation = error_explanation(&error);
    let reported = match &error {
        ApiError::Source { fault, .. } if !error.is_no_access() => Some(fault.text.clone()),
        _ => None,
    };
    view! {
        {move || i18n.t(explanation)}
        {reported.map(|text| view! { " " <q lang="da">{text}</q> })}
    }
}

/// The error alert a section shows instead of its data, with a retry where one can help. Data
/// outside the scope of acting on someone's behalf is an information, not an error.
#[component]
pub fn SectionError(source: Source, error: ApiError, on_retry: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let retryable = error.is_retryable();
    let no_access = error.is_no_access();
    let kind = acting_kind();
    let heading = Signal::derive(move || {
        let label = i18n.t(source_label(source));
        if no_access {
            not_covered(i18n.lang(), label, kind)
        } else {
            could_not_load(i18n.lang(), label)
        }
    });
    view! {
        <Alert
            kind=if no_access { AlertKind::Info } else { AlertKind::Error }
            heading
            testid=if no_access { "section-not-covered" } else { "section-error" }
            attr:data-source=source.id()
        >
            <p class="alert-text">
                <ErrorExplanation error/>
                {(!no_access).then(|| view! { " " {move || i18n.t(ComponentText::ErrorRestWorks)} })}
            </p>
            {retryable.then(|| view! {
                <p class="mt-4">
                    <button type="button" class="button button-secondary" on:click=move |_| on_retry.run(())>
                        {move || i18n.t(ComponentText::Retry)}
                    </button>
                </p>
            })}
        </Alert>
    }
}

/// A source's section: a loading placeholder, its error with a retry, or `render` of its data.
pub fn source_section<T, V: IntoView + 'static>(
    source: Source,
    loaded: Option<Result<Sourced<T>, ApiError>>,
    on_retry: Callback<()>,
    render: impl FnOnce(Sourced<T>) -> V,
) -> AnyView {
    match loaded {
        None => view! { <SourceLoading source/> }.into_any(),
        Some(Err(error)) => view! { <SectionError source error on_retry/> }.into_any(),
        Some(Ok(sourced)) => render(sourced).into_any(),
    }
}
