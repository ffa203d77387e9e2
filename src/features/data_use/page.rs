//! The page: how the citizen's data is reused (map and table), the access log, consents and
//! powers of attorney, each from its own source.

use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_query_map};

use super::attorney::AttorneyList;
use super::consents::ConsentList;
use super::log::AccessLog;
use super::query::LogQuery;
use super::reuse_map::ReuseInput;
use super::reuse_map_view;
use super::state::legal_bases_resource;
use super::texts::DataUsePageText;
use crate::api::Source;
use crate::components::sourced_section::SourcedSection;
use crate::page::{heading::PageHeading, lazy::LazyPart, routes::Page};
use crate::state::{acting::use_acting, language::use_i18n, sources::use_sources};

/// Dine data.
#[component]
pub fn DataUsePage() -> impl IntoView {
    let i18n = use_i18n();
    let sources = use_sources();
    let acting = use_acting();
    let params = use_query_map();
    let query = Memo::new(move |_| params.with(|map| LogQuery::from_params(|name| map.get(name))));
    let bases = legal_bases_resource();
    view! {
        <PageHeading text=i18n.signal(Page::DataUse.title_text())/>
        <p class="font-lead">{move || i18n.t(DataUsePageText::Intro)}</p>
        <SourcedSection
            heading_id="reuse-heading"
            heading=i18n.signal(DataUsePageText::MapHeading)
            class="lead-section"
            testid="data-use-map"
            source=Source::AccessLog
            loaded=move || sources.access_log.get()
            render=move |entries| {
                let entries = StoredValue::new(entries);
                // The map's code is its own chunk (it is the section's largest part); it reads
                // the look-ups and the choice from this context.
                provide_context(ReuseInput { entries, query });
                view! {
                    <LazyPart load=reuse_map_view testid="reuse-map-load-error" loading_class="reuse-map-loading"/>
                    <h3 id="log-heading" class="mt-8">{move || i18n.t(DataUsePageText::LogHeading)}</h3>
                    <p>{move || i18n.t(DataUsePageText::LogIntro)}</p>
                    <AccessLog entries query bases/>
                }
            }
        />
        <SourcedSection
            heading_id="consents-heading"
            heading=i18n.signal(DataUsePageText::ConsentsHeading)
            class="mt-8"
            testid="data-use-consents"
            source=Source::Consents
            loaded=move || sources.consents.get()
            render=|consents| view! { <ConsentList consents/> }
        />
        <SourcedSection
            heading_id="attorney-heading"
            heading=i18n.signal(DataUsePageText::AttorneyHeading)
            class="mt-8"
            testid="data-use-attorney"
            source=Source::PowersOfAttorney
            loaded=move || sources.powers_of_attorney.get()
            render=|powers| view! { <AttorneyList powers/> }
        />
        // Below the sections: it depends on the session's answer, and above them its arrival
        // would push the page down (the header links there too).
        {move || (!acting.choices().is_empty()).then(|| view! {
            <p class="mt-6"><A href=Page::ActFor.path()>{move || i18n.t(DataUsePageText::GoToActFor)}</A></p>
        })}
    }
}
