//! A page section for one source: its heading, then the source's data followed by where it came
//! from — or its loading state, or its error with a retry (fetching the source again), affecting
//! this section only.

pub mod examples;

use leptos::prelude::*;

use super::section_error::source_section;
use super::source_note::{SourceDetails, SourceNote};
use crate::api::{ApiError, Source, Sourced};
use crate::state::sources::use_sources;

/// One source's section of a page.
#[component]
pub fn SourcedSection<T, V, L, R>(
    heading_id: &'static str,
    #[prop(into)] heading: Signal<String>,
    #[prop(optional)] class: &'static str,
    testid: &'static str,
    source: Source,
    /// What the source has delivered so far (tracked).
    loaded: L,
    /// The section's content once the data is there.
    render: R,
    /// What "Prøv igen" does; fetching the source again from the sources' context if not given.
    #[prop(optional)]
    on_retry: Option<Callback<()>>,
) -> impl IntoView
where
    T: 'static,
    V: IntoView + 'static,
    L: Fn() -> Option<Result<Sourced<T>, ApiError>> + Send + Sync + 'static,
    R: Fn(T) -> V + Copy + Send + Sync + 'static,
{
    let on_retry = on_retry.unwrap_or_else(|| use_sources().retry_callback(source));
    view! {
        <section aria-labelledby=heading_id class=class data-testid=testid>
            <h2 id=heading_id>{heading}</h2>
            {move || source_section(source, loaded(), on_retry, move |sourced| view! {
                {render(sourced.data)}
                <p class="source-line"><SourceNote info=sourced.source.clone()/></p>
                <SourceDetails info=sourced.source/>
            })}
        </section>
    }
}
