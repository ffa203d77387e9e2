//! Where a section's data came from: the one-line note, the freshness line of a dashboard card,
//! the "Hvor kommer oplysningerne fra?" details, and the placeholder while it loads.

pub mod examples;

use leptos::prelude::*;

use crate::api::{Source, SourceInfo};
use crate::date::Date;
use crate::format::{clock_time_iso, date_time_iso};
use crate::i18n::isolated;
use crate::state::source_texts::{
    contact_to_correct, fetched_at, fetched_from, loading_from, source_label, SourceText,
};
use crate::state::{clock::use_clock, language::use_i18n};

/// "Udbetaling Danmark, Ydelsesindeks. Hentet 24. november 2026 kl. 07.02".
#[component]
pub fn SourceNote(info: SourceInfo) -> impl IntoView {
    let i18n = use_i18n();
    let SourceInfo {
        authority,
        register,
        fetched_at: at,
        ..
    } = info;
    view! {
        <span class="source-note">
            <span class="source-origin"><bdi>{authority}</bdi> ", " <bdi>{register}</bdi></span>
            ". "
            {move || fetched_at(i18n.lang(), &date_time_iso(&at, i18n.lang()))}
        </span>
    }
}

/// "Hentet fra CPR kl. 07.02": a dashboard card's source and freshness in one line.
#[component]
pub fn SourceFreshness(info: SourceInfo) -> impl IntoView {
    let i18n = use_i18n();
    let clock = use_clock();
    let at = info.fetched_at;
    let register = info.register;
    let line = move || {
        let lang = i18n.lang();
        let today = Date::parse_iso(&at) == Some(clock.today());
        let when = if today {
            clock_time_iso(&at, lang).unwrap_or_default()
        } else {
            date_time_iso(&at, lang)
        };
        isolated(&fetched_from(lang, &register, &when, today), &[&register])
    };
    view! { <p class="source-freshness" data-testid="source-freshness">{line}</p> }
}

/// The authority with its CVR number, the register, when the data was fetched, and whom to
/// contact to have an error corrected, behind a disclosure.
#[component]
pub fn SourceDetails(info: SourceInfo) -> impl IntoView {
    let i18n = use_i18n();
    let SourceInfo {
        authority,
        cvr,
        register,
        fetched_at: at,
        contact,
    } = info;
    let row = move |label: SourceText, value: AnyView| {
        view! {
            <div class="source-fact">
                <dt>{move || i18n.t(label)}</dt>
                <dd>{value}</dd>
            </div>
        }
    };
    view! {
        <details class="source-details" data-testid="source-details">
            <summary>{move || i18n.t(SourceText::WhereFrom)}</summary>
            <dl class="source-facts">
                {row(SourceText::Authority, view! { {authority} " (CVR " <span data-testid="source-cvr">{cvr}</span> ")" }.into_any())}
                {row(SourceText::Register, view! { {register} }.into_any())}
                {row(SourceText::FetchedLabel, view! { {move || date_time_iso(&at, i18n.lang())} }.into_any())}
                {row(SourceText::Correction, view! {
                    {move || contact_to_correct(i18n.lang())}
                    {match contact.web.link() {
                        Some(url) => view! { <a href=url.get() data-testid="source-contact">{contact.name.clone()}</a> }.into_any(),
                        None => view! { <span data-testid="source-contact">{contact.name.clone()}</span> }.into_any(),
                    }}
                }.into_any())}
            </dl>
        </details>
    }
}

/// A loading placeholder that screen readers hear once (polite live region).
#[component]
pub fn SourceLoading(source: Source) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="source-loading" role="status" aria-live="polite" data-testid=format!("loading-{}", source.id())>
            {move || loading_from(i18n.lang(), &i18n.t(source_label(source)).to_lowercase())}
        </p>
    }
}
