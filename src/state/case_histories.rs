//! The histories of the cases changed since the last login, so "Nyt siden sidst" tells every
//! step a case took (created, informed, decided, closed), not only the step it stands at now.
//! The case list carries only the current step; each changed case's detail carries its history.
//! At most [`HISTORY_CAP`] details are read, the most recently changed first; the other cases,
//! and any whose detail fails, keep the list's created and current step (nothing is lost, only
//! the steps in between are left out).

use leptos::prelude::*;

use crate::api::cases::{CaseDetail, CaseSummary};
use crate::api::{endpoints, Source};
use crate::date::instant_minutes;
use crate::state::events::Since;
use crate::state::{api_settings::use_api_settings, sources::use_sources};

/// How many case details one view reads at most (a citizen with hundreds of changed cases
/// sees the newest changes' steps; an authority's system is not asked for all at once).
pub const HISTORY_CAP: usize = 20;

/// The ids of the cases in `cases` changed after `last_login` (an ISO date-time), the most
/// recently changed first, at most `cap`. None without a readable last login.
pub fn changed_since(cases: &[CaseSummary], last_login: &str, cap: usize) -> Vec<String> {
    let Some(login) = Since::of(last_login) else {
        return Vec::new();
    };
    // The same rule as what is new since the last login (a change with a time by its moment, a
    // date alone by a later day).
    let mut changed: Vec<(i64, &str)> = cases
        .iter()
        .filter(|case| login.precedes(&case.last_changed))
        .map(|case| (instant_minutes(&case.last_changed), case.id.as_str()))
        .collect();
    changed.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    changed
        .into_iter()
        .take(cap)
        .map(|(_, id)| id.to_owned())
        .collect()
}

/// The details of the cases changed since the citizen's last login (see [`changed_since`]),
/// following the case list, the session and whom the app acts for: `None` while the list, the
/// session or the details are loading; the details that answered once they have.
pub fn use_case_histories() -> Signal<Option<Vec<CaseDetail>>> {
    let sources = use_sources();
    let settings = use_api_settings();
    let details = LocalResource::new(move || {
        // `None`: the list or the session is still loading (or failed: then no history is read).
        let wanted: Option<Vec<String>> = sources.cases.with(|cases| {
            let cases = cases?;
            let login = sources.session.with(|session| {
                session.map(|s| s.as_ref().ok().and_then(|s| s.data.last_login.clone()))
            })?;
            Some(match (cases, login) {
                (Ok(cases), Some(login)) => changed_since(&cases.data, &login, HISTORY_CAP),
                _ => Vec::new(),
            })
        });
        // Nothing while nobody is logged in: the list may still be the person's before.
        let client = settings.logged_in_client_for(Source::Cases);
        async move {
            let (client, ids) = (client?, wanted?);
            let answers =
                futures::future::join_all(ids.iter().map(|id| endpoints::fetch_case(&client, id)))
                    .await;
            Some(
                answers
                    .into_iter()
                    .filter_map(|answer| answer.ok().map(|detail| detail.data))
                    .collect::<Vec<_>>(),
            )
        }
    });
    Signal::derive(move || details.with(|loaded| loaded.as_ref().and_then(Clone::clone)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::fixture;
    use crate::state::events::tests::last_login;

    fn cases(persona: &str) -> Vec<CaseSummary> {
        fixture::<Vec<CaseSummary>>(persona, "sager").data
    }

    #[test]
    fn only_cases_changed_after_the_last_login_newest_first_and_capped() {
        let all = cases("mange-sager");
        let login = last_login("mange-sager");
        let ids = changed_since(&all, &login, usize::MAX);
        assert!(!ids.is_empty());
        let login_at = instant_minutes(&login);
        let changed = |id: &str| {
            let case = all.iter().find(|c| c.id == id).unwrap();
            instant_minutes(&case.last_changed)
        };
        assert!(ids.iter().all(|id| changed(id) > login_at));
        assert!(ids.windows(2).all(|w| changed(&w[0]) >= changed(&w[1])));
        // Every case left out changed before the login.
        for case in &all {
            if !ids.contains(&case.id) {
                assert!(
                    instant_minutes(&case.last_changed) <= login_at,
                    "{}",
                    case.id
                );
            }
        }
        assert_eq!(changed_since(&all, &login, 2), ids[..2.min(ids.len())]);
        assert!(changed_since(&all, "ikke en dato", 20).is_empty());
        // A change with a date alone counts from the day after the login.
        let login_day = &login[..10];
        let next = Since::of(&login).unwrap();
        assert!(!next.precedes(login_day));
        assert!(next.precedes("2026-12-31"));
    }
}
