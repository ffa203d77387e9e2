//! "Hvor kommer dine data fra?": every source, where it comes from and when, or why it failed.

use leptos::prelude::*;

use super::texts::OverviewText;
use crate::api::Source;
use crate::components::badge::{Badge, BadgeKind};
use crate::components::data_table::DataTable;
use crate::components::section_error::ErrorExplanation;
use crate::components::source_note::{SourceLoading, SourceNote};
use crate::components::texts::ComponentText;
use crate::state::acting::acting_kind;
use crate::state::source_texts::{not_covered, source_label, SourceText};
use crate::state::{language::use_i18n, sources::use_sources};

/// The data-sources table on the overview page.
#[component]
pub fn DataSources() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="mt-8" aria-labelledby="data-sources-heading">
            <h2 id="data-sources-heading">{move || i18n.t(OverviewText::SourcesHeading)}</h2>
            <p>{move || i18n.t(OverviewText::SourcesIntro)}</p>
            <DataTable caption=i18n.signal(OverviewText::SourcesCaption) testid="data-sources">
                <thead>
                    <tr>
                        <th scope="col">{move || i18n.t(OverviewText::ColumnData)}</th>
                        <th scope="col">{move || i18n.t(OverviewText::ColumnOrigin)}</th>
                        <th scope="col">{move || i18n.t(OverviewText::ColumnStatus)}</th>
                    </tr>
                </thead>
                <tbody>
                    {Source::ALL.into_iter().map(|source| view! { <SourceRow source/> }).collect_view()}
                </tbody>
            </DataTable>
        </section>
    }
}

/// One source's row: loading, loaded with its origin, or failed with a retry.
#[component]
fn SourceRow(source: Source) -> impl IntoView {
    let i18n = use_i18n();
    let sources = use_sources();
    view! {
        <tr data-source=source.id()>
            <th scope="row">{move || i18n.t(source_label(source))}</th>
            {move || match sources.status(source) {
                None => view! {
                    <td><SourceLoading source/></td>
                    <td><Badge kind=BadgeKind::Info text=i18n.signal(SourceText::StatusLoading)/></td>
                }
                .into_any(),
                Some(Ok(info)) => view! {
                    <td><SourceNote info/></td>
                    <td><Badge kind=BadgeKind::Success text=i18n.signal(SourceText::FetchedShort)/></td>
                }
                .into_any(),
                // Outside what the custody or power of attorney covers: a fact, not a failure.
                Some(Err(error)) if error.is_no_access() => view! {
                    <td data-testid="source-not-covered">
                        {move || not_covered(i18n.lang(), i18n.t(source_label(source)), acting_kind())}
                    </td>
                    <td><Badge kind=BadgeKind::Neutral text=i18n.signal(SourceText::StatusNotCovered)/></td>
                }
                .into_any(),
                Some(Err(error)) => {
                    view! {
                        <td role="alert">
                            <ErrorExplanation error/>
                        </td>
                        <td>
                            <Badge kind=BadgeKind::Error text=i18n.signal(SourceText::StatusFailed)/>
                            <button
                                type="button"
                                class="button button-tertiary ml-3"
                                on:click=move |_| sources.retry(source)
                            >
                                {move || i18n.t(ComponentText::Retry)}
                                <span class="sr-only">": " {move || i18n.t(source_label(source))}</span>
                            </button>
                        </td>
                    }
                    .into_any()
                }
            }}
        </tr>
    }
}
