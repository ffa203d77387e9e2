//! The overview page: the case tile, a card per section, and the data-sources table.

use leptos::prelude::*;

use super::data_sources::DataSources;
use super::texts::OverviewText;
use crate::components::card::NavCard;
use crate::features::{
    cases::tile::CaseTile,
    data_use::texts::DataUseText,
    digital_post::texts::DigitalPostText,
    economy::{next_payment::NextPaymentCard, texts::EconomyText},
    my_data::texts::MyDataText,
};
use crate::i18n::{Lang, Text};
use crate::shell::{page_heading::PageHeading, routes::Page, texts::ShellText};
use crate::state::language::use_i18n;

/// A section's lead text in a language.
type LeadText = fn(Lang) -> &'static str;

/// The overview page.
#[component]
pub fn OverviewPage() -> impl IntoView {
    let i18n = use_i18n();
    // The sections shown as cards, with their lead texts.
    let cards: [(Page, LeadText); 4] = [
        (Page::Economy, |lang| EconomyText::Intro.text(lang)),
        (Page::MyData, |lang| MyDataText::Intro.text(lang)),
        (Page::DigitalPost, |lang| DigitalPostText::Intro.text(lang)),
        (Page::DataUse, |lang| DataUseText::Intro.text(lang)),
    ];
    view! {
        <PageHeading text=i18n.signal(ShellText::ServiceName)/>
        <p class="font-lead">{move || i18n.t(OverviewText::Intro)}</p>
        <div class="row overview-tiles">
            <div class="col-12 col-md-6"><CaseTile/></div>
            <div class="col-12 col-md-6"><NextPaymentCard/></div>
        </div>
        <ul class="overview-cards unstyled-list row">
            {cards
                .into_iter()
                .map(|(page, intro)| {
                    view! {
                        <li class="col-12 col-md-6 mb-5">
                            <NavCard
                                href=page.path()
                                heading=Signal::derive(move || page.title(i18n.lang()).to_owned())
                                text=Signal::derive(move || intro(i18n.lang()).to_owned())
                            />
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <DataSources/>
    }
}
