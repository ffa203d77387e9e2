//! How a section tells where its data came from, that it is loading, or that its source failed.

use leptos::prelude::*;

use super::alert::{Alert, AlertKind};
use crate::api::{ApiError, Source, SourceInfo, Sourced};
use crate::format::date_time_iso;
use crate::i18n::Key;
use crate::state::language::use_i18n;

/// The citizen-facing name of a source.
pub fn source_label(source: Source) -> Key {
    match source {
        Source::Session => Key::SourceSession,
        Source::Person => Key::SourcePerson,
        Source::Housing => Key::SourceHousing,
        Source::Cases => Key::SourceCases,
        Source::Benefits => Key::SourceBenefits,
        Source::Tax => Key::SourceTax,
        Source::Debt => Key::SourceDebt,
        Source::Vehicles => Key::SourceVehicles,
        Source::DigitalPost => Key::SourceDigitalPost,
        Source::AccessLog => Key::SourceAccessLog,
        Source::Consents => Key::SourceConsents,
        Source::PowersOfAttorney => Key::SourcePowersOfAttorney,
    }
}

/// The plain-language explanation of an error.
pub fn error_explanation(error: &ApiError) -> Key {
    match error {
        ApiError::Network(_) => Key::ErrorNetwork,
        ApiError::Timeout => Key::ErrorTimeout,
        ApiError::Http(_) => Key::ErrorServer,
        ApiError::Decode { .. } => Key::ErrorDecode,
        ApiError::NotFound => Key::ErrorNotFound,
        ApiError::Source { .. } => Key::ErrorSource,
    }
}

/// The explanation of an error, with the source's own words (in Danish) when it reported one.
#[component]
pub fn ErrorExplanation(error: ApiError) -> impl IntoView {
    let i18n = use_i18n();
    let explanation = error_explanation(&error);
    let reported = match &error {
        ApiError::Source { fault, .. } => Some(fault.text.clone()),
        _ => None,
    };
    view! {
        {move || i18n.t(explanation)}
        {reported.map(|text| view! { " " <q lang="da">{text}</q> })}
    }
}

/// "Hentet 24. november 2026 kl. 07.02" with the authority and register.
#[component]
pub fn SourceNote(info: SourceInfo) -> impl IntoView {
    let i18n = use_i18n();
    let SourceInfo {
        authority,
        register,
        fetched_at,
        ..
    } = info;
    view! {
        <span class="source-note">
            <span class="source-origin">{authority} ", " {register}</span>
            ". "
            {move || i18n.fill(Key::FetchedAt, &[("tidspunkt", &date_time_iso(&fetched_at, i18n.lang()))])}
        </span>
    }
}

/// A loading placeholder that screen readers hear once (polite live region).
#[component]
pub fn SourceLoading(source: Source) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="source-loading" role="status" aria-live="polite" data-testid=format!("loading-{}", source.id())>
            {move || i18n.fill(Key::LoadingFrom, &[("kilde", &i18n.t(source_label(source)).to_lowercase())])}
        </p>
    }
}

/// The error alert a section shows instead of its data, with a retry.
#[component]
pub fn SectionError(source: Source, error: ApiError, on_retry: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let retryable = error.is_retryable();
    view! {
        <Alert
            kind=AlertKind::Error
            heading=Signal::derive(move || i18n.fill(Key::ErrorHeading, &[("kilde", i18n.t(source_label(source)))]))
            testid="section-error"
        >
            <p class="alert-text">
                <ErrorExplanation error/>
                " "
                {move || i18n.t(Key::ErrorRestWorks)}
            </p>
            {retryable.then(|| view! {
                <p class="mt-4">
                    <button type="button" class="button button-secondary" on:click=move |_| on_retry.run(())>
                        {move || i18n.t(Key::Retry)}
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
