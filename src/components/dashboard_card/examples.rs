//! The dashboard card's examples: loaded, loading, and failed with a retry that brings the data.

use leptos::prelude::*;

use super::{CardState, DashboardCard, Fact, Facts};
use crate::api::{ApiError, Source};
use crate::components::examples::{sample_source, Both, Example, Examples};
use crate::i18n::{Lang, Text};
use crate::state::language::use_i18n;

pub const EXAMPLES: Examples = Examples {
    component: "DashboardCard",
    folder: "dashboard_card",
    about: Both(
        "Et kort på forsiden for én kilde: nøgletal, hvor og hvornår de er hentet, og et link videre. Henter eller fejler kun dette kort.",
        "A card on the overview for one source: key facts, where and when they were fetched, and a link on. Loading or failing affects this card only.",
    ),
    examples: &[
        Example {
            name: Both("Med nøgletal og links", "With key facts and links"),
            view: loaded,
        },
        Example::loading(loading),
        Example::failed(failed),
    ],
};

/// The person card's facts in `lang`: a name, an address that links on, the marital status.
fn person_facts(lang: Lang) -> Facts {
    Facts {
        figure: Fact::text("example-figure", "Mette Kjær Sørensen".to_owned()),
        lines: vec![
            Fact {
                text: "Vestergade 12, 7100 Vejle".to_owned(),
                href: Some("?eksempel=adresse".to_owned()),
                testid: "example-address",
            },
            Fact::text(
                "example-marital",
                Both("Gift", "Married").text(lang).to_owned(),
            ),
        ],
    }
}

/// The housing card's facts in `lang`.
fn housing_facts(lang: Lang) -> Facts {
    Facts {
        figure: Fact::text("example-figure", "Vestergade 12, 7100 Vejle".to_owned()),
        lines: vec![Fact::text(
            "example-housing",
            Both("Ejerbolig, 142 m²", "Owner-occupied, 142 m²")
                .text(lang)
                .to_owned(),
        )],
    }
}

/// A card whose source has answered.
pub fn loaded() -> AnyView {
    let i18n = use_i18n();
    let state = Signal::derive(move || Some(Ok((sample_source(), person_facts(i18n.lang())))));
    card(
        Source::Person,
        Both("Personoplysninger", "Personal details"),
        state,
        Callback::new(|()| {}),
    )
}

/// A card whose source has not answered yet.
pub fn loading() -> AnyView {
    card(
        Source::Vehicles,
        Both("Køretøjer", "Vehicles"),
        Signal::derive(|| None),
        Callback::new(|()| {}),
    )
}

/// A card whose source timed out; "Prøv igen" fetches it again, and this time it answers.
pub fn failed() -> AnyView {
    let i18n = use_i18n();
    let retried = RwSignal::new(false);
    let state = Signal::derive(move || {
        Some(if retried.get() {
            Ok((sample_source(), housing_facts(i18n.lang())))
        } else {
            Err(ApiError::Timeout)
        })
    });
    card(
        Source::Housing,
        Both("Bolig", "Housing"),
        state,
        Callback::new(move |()| retried.set(true)),
    )
}

/// A card as wide as on the overview.
fn card(
    source: Source,
    heading: Both,
    state: Signal<CardState>,
    on_retry: Callback<()>,
) -> AnyView {
    view! {
        <div class="row"><div class="col-12 col-md-8 col-xl-6">
        <DashboardCard
            heading=heading.signal()
            testid="example-dashboard-card"
            source
            state
            href="?eksempel=kort"
            link_text=Both("Se det hele", "See it all").signal()
            on_retry
        />
        </div></div>
    }
    .into_any()
}
