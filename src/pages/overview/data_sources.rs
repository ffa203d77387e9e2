//! "Hvor kommer dine data fra?": every source, where it comes from and when, or why it failed.

use leptos::prelude::*;

use crate::api::Source;
use crate::components::source_status::{source_label, ErrorExplanation, SourceLoading, SourceNote};
use crate::i18n::Key;
use crate::state::{language::use_i18n, sources::use_sources};

/// The data-sources table on the overview page.
#[component]
pub fn DataSources() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="mt-8" aria-labelledby="data-sources-heading">
            <h2 id="data-sources-heading">{move || i18n.t(Key::SourcesHeading)}</h2>
            <p>{move || i18n.t(Key::SourcesIntro)}</p>
            <table class="table table--zebra" data-testid="data-sources">
                <caption class="sr-only">{move || i18n.t(Key::SourcesCaption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || i18n.t(Key::ColumnData)}</th>
                        <th scope="col">{move || i18n.t(Key::ColumnOrigin)}</th>
                        <th scope="col">{move || i18n.t(Key::ColumnStatus)}</th>
                    </tr>
                </thead>
                <tbody>
                    {Source::ALL.into_iter().map(|source| view! { <SourceRow source/> }).collect_view()}
                </tbody>
            </table>
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
                    <td><span class="badge badge-info">{move || i18n.t(Key::StatusLoading)}</span></td>
                }
                .into_any(),
                Some(Ok(info)) => view! {
                    <td><SourceNote info/></td>
                    <td><span class="badge badge-success">{move || i18n.t(Key::FetchedShort)}</span></td>
                }
                .into_any(),
                Some(Err(error)) => {
                    view! {
                        <td role="alert">
                            <ErrorExplanation error/>
                        </td>
                        <td>
                            <span class="badge badge-error">{move || i18n.t(Key::StatusFailed)}</span>
                            <button
                                type="button"
                                class="button button-tertiary ml-3"
                                on:click=move |_| sources.retry(source)
                            >
                                {move || i18n.t(Key::Retry)}
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
