//! A dashboard card for one source: its heading, then the source's data and where and when it
//! was fetched (or its loading state, or its error with a retry, affecting this card only), then
//! a link to the section.

use leptos::prelude::*;

use super::card::Card;
use super::section_error::source_section;
use super::source_note::SourceFreshness;
use crate::api::{ApiError, Source, Sourced};

/// One source's card on the overview.
#[component]
pub fn SourceCard<T, V, L, R>(
    heading_id: &'static str,
    #[prop(into)] heading: Signal<String>,
    class: &'static str,
    testid: &'static str,
    source: Source,
    /// What the source has delivered so far (tracked).
    loaded: L,
    on_retry: Callback<()>,
    /// The card's content once the data is there.
    render: R,
    link_href: &'static str,
    #[prop(into)] link_text: Signal<String>,
) -> impl IntoView
where
    T: 'static,
    V: IntoView + 'static,
    L: Fn() -> Option<Result<Sourced<T>, ApiError>> + Send + Sync + 'static,
    R: Fn(Sourced<T>) -> V + Copy + Send + Sync + 'static,
{
    view! {
        <Card heading_id heading class testid>
            {move || source_section(source, loaded(), on_retry, move |sourced: Sourced<T>| {
                let info = sourced.source.clone();
                view! { {render(sourced)} <SourceFreshness info/> }
            })}
            <p class="mt-4">
                <a href=link_href class="function-link">{link_text}</a>
            </p>
        </Card>
    }
}
