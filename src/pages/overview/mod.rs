//! Overblik: the front page, one card per section, and where the data comes from.

mod case_tile;
mod data_sources;

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::{icon::Icon, page_heading::PageHeading};
use crate::i18n::Key;
use crate::routes::Page;
use crate::state::language::use_i18n;
use case_tile::CaseTile;
use data_sources::DataSources;

/// The sections shown as cards, with their lead texts.
const CARDS: &[(Page, Key)] = &[
    (Page::Economy, Key::EconomyIntro),
    (Page::MyData, Key::MyDataIntro),
    (Page::DigitalPost, Key::DigitalPostIntro),
    (Page::DataUse, Key::DataUseIntro),
];

/// The overview page.
#[component]
pub fn OverviewPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading text=i18n.signal(Key::ServiceName)/>
        <p class="font-lead">{move || i18n.t(Key::OverviewIntro)}</p>
        <CaseTile/>
        <ul class="overview-cards unstyled-list row">
            {CARDS
                .iter()
                .map(|&(page, intro)| {
                    view! {
                        <li class="col-12 col-md-6 mb-5">
                            <A href=page.path() attr:class="card">
                                <div class="card-content">
                                    <h2 class="card-heading">{move || i18n.t(page.title())}</h2>
                                    <p>{move || i18n.t(intro)}</p>
                                </div>
                                <Icon name="arrow-forward" class="card-icon"/>
                            </A>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <DataSources/>
    }
}
