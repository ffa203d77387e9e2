//! The overview's card on look-ups of the citizen's data: how many in the last 30 days, and the
//! latest. Ships with the shell.

use leptos::prelude::*;

use super::state::use_withdrawals;
use super::texts::{latest_lookup, DataUseCount, DataUseText};
use crate::api::access_log::AccessEntry;
use crate::api::Source;
use crate::components::dashboard_card::{card_state, DashboardCard, Fact, Facts};
use crate::date::{instant_minutes, Date};
use crate::format::long_date_iso;
use crate::i18n::Counted;
use crate::page::routes::Page;
use crate::state::{clock::use_clock, language::use_i18n, sources::use_sources};

/// Recent look-ups of my data.
#[component]
pub fn LookupsCard() -> impl IntoView {
    let i18n = use_i18n();
    let sources = use_sources();
    let withdrawals = use_withdrawals();
    let clock = use_clock();
    let state = Signal::derive(move || {
        let lang = i18n.lang();
        // Active consents, with this session's withdrawals applied, once the source is in.
        let consents = sources.consents.with(|loaded| match loaded {
            Some(Ok(consents)) => Some(withdrawals.active(&consents.data)),
            _ => None,
        });
        card_state(sources.access_log.get(), |entries| Facts {
            figure: Fact::text(
                "lookups-card-count",
                DataUseCount::Recent.count(lang, recent(&entries, clock.today())),
            ),
            lines: entries
                .iter()
                .max_by_key(|e| instant_minutes(&e.time))
                .map(|e| {
                    Fact::text(
                        "lookups-card-latest",
                        latest_lookup(lang, &e.authority.name, &long_date_iso(&e.time, lang)),
                    )
                })
                .into_iter()
                .chain(consents.map(|n| {
                    Fact::text(
                        "lookups-card-consents",
                        DataUseCount::ActiveConsents.count(lang, n),
                    )
                }))
                .collect(),
        })
    });
    view! {
        <DashboardCard
            heading=i18n.signal(DataUseText::CardHeading)
            class="dashboard-card"
            testid="lookups-card"
            source=Source::AccessLog
            state
            href=Page::DataUse.path()
            link_text=i18n.signal(DataUseText::SeeDataUse)
        />
    }
}

/// How many entries are from the 30 days up to and including `today`.
pub fn recent(entries: &[AccessEntry], today: Date) -> usize {
    let from = today.add_days(-29);
    entries
        .iter()
        .filter_map(|e| Date::parse_iso(&e.time))
        .filter(|date| *date >= from && *date <= today)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::fixture;

    #[test]
    fn recent_means_the_last_thirty_days_including_today() {
        let entries = fixture::<Vec<AccessEntry>>("tilflytter", "adgangslog").data;
        // Two look-ups on 2 November 2026, the ones before on 1 October.
        assert_eq!(recent(&entries, Date::new(2026, 12, 1).unwrap()), 2);
        assert_eq!(recent(&entries, Date::new(2026, 12, 2).unwrap()), 0);
        assert_eq!(recent(&entries, Date::new(2026, 11, 1).unwrap()), 0);
        assert_eq!(recent(&entries, Date::new(2026, 10, 30).unwrap()), 2);
    }
}
