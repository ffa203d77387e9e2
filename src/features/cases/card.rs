//! The overview's case tile: open cases, recently changed, and cases that wait for the citizen
//! (a link to the filtered list).

use leptos::prelude::*;

use super::cases_href;
use super::logic::dashboard;
use super::query::CaseQuery;
use super::texts::{CaseCount, CaseText};
use crate::api::Source;
use crate::components::dashboard_card::{card_state, DashboardCard, Fact, Facts};
use crate::i18n::{Counted, Text};
use crate::page::routes::Page;
use crate::state::{
    acting::use_acting, clock::use_clock, language::use_i18n, sources::use_sources,
};

/// The case tile.
#[component]
pub fn CaseTile() -> impl IntoView {
    let i18n = use_i18n();
    let sources = use_sources();
    let clock = use_clock();
    let acting = use_acting();
    let state = Signal::derive(move || {
        let lang = i18n.lang();
        card_state(sources.cases.get(), |cases| {
            let numbers = dashboard(&cases, clock.today());
            let waiting_href = cases_href(&CaseQuery {
                awaiting_citizen: true,
                ..CaseQuery::default()
            });
            Facts {
                figure: Fact::text(
                    "tile-open",
                    match numbers.open {
                        0 => CaseText::TileNoOpen.text(lang).to_owned(),
                        open => CaseCount::Open.count(lang, open),
                    },
                ),
                lines: vec![
                    Fact::text(
                        "tile-changed",
                        CaseCount::Changed.count(lang, numbers.recently_changed),
                    ),
                    Fact {
                        text: CaseCount::Waiting.count(lang, numbers.awaiting_citizen),
                        href: (numbers.awaiting_citizen > 0).then_some(waiting_href),
                        testid: "tile-waiting",
                    },
                ],
            }
        })
    });
    view! {
        <DashboardCard
            heading=Signal::derive(move || {
                let lang = i18n.lang();
                acting.whose(lang, i18n.t(CaseText::TileCasesHeading), i18n.t(CaseText::CasesNoun))
            })
            class="case-tile mb-6"
            testid="case-tile"
            source=Source::Cases
            state
            href=Page::Cases.path()
            link_text=i18n.signal(CaseText::TileSeeAll)
        />
    }
}
