//! Every key the app keeps in the browser's storage, declared once with its lifetime and what
//! it may hold. None holds personal data: ids, codes, dates and settings only (a loaded
//! scenario's made-up persona is test data, not a person's). *Log af* empties both storages but
//! for the facilitator's setup ([`FACILITATOR_PREFIX`]).
//!
//! | key | storage | lifetime | holds |
//! |---|---|---|---|
//! | `mit-overblik.sprog` | local | until changed or *Log af* | `da` or `en` |
//! | `mit-overblik.persona` | session | the tab, until *Log af* | the persona id logged in as |
//! | `mit-overblik.paa-vegne-af` | session | the tab, until *Log af* | an opaque id and scope codes |
//! | `mit-overblik.tidsgraense` | session | the tab, until *Log af* | a request time limit (ms) |
//! | `mit-overblik.post-laest` | session | the tab, until *Log af* | letter ids with read yes/no |
//! | `mit-overblik.samtykker-tilbagekaldt` | session | the tab, until *Log af* | consent ids |
//! | `mit-overblik.facilitator.dato` | session | the tab (kept at *Log af*) | the scenario's date |
//! | `mit-overblik.facilitator.fejl` | session | the tab (kept) | fault codes per source |
//! | `mit-overblik.facilitator.forsinkelse` | session | the tab (kept) | delays per source |
//! | `mit-overblik.facilitator.udloeb` | session | the tab (kept) | the idle timeout (s) |
//! | `mit-overblik.facilitator.opgaver` | session | the tab (kept) | the task run (times, answers) |
//! | `mit-overblik.facilitator.scenarie/<endpoint>` | session | the tab (kept) | a loaded scenario's answers |
//! | `mit-overblik.facilitator.scenarie.id` | session | the tab (kept) | the loaded scenario's id |
//! | `mit-overblik.facilitator.scenarie.persona` | session | the tab (kept) | the built-in persona it uses |
//! | `mit-overblik.facilitator.scenarie.meta` | session | the tab (kept) | its name, date and tasks |
//! | `mit-overblik.facilitator.afventer` | session | the tab (kept) | a scenario id a start link asked for, not loaded |
//! | `mit-overblik.facilitator.personer` | session | the tab (kept) | the persona ids a study's login page offers |
//! | `mit-overblik.facilitator.deltager` | session | the tab (kept) | the participant's code (e.g. `D3`), never a name |
//! | `mit-overblik.facilitator.deltagere` | session | the tab (kept) | earlier participants' results (no personal data) |
//! | `mit-overblik.facilitator.panelafsnit` | session | the tab (kept) | the panel's sections left open |

/// The language chosen (localStorage: the one key that outlives the tab).
pub const LANGUAGE: &str = "mit-overblik.sprog";
/// The persona id logged in as.
pub const PERSONA: &str = "mit-overblik.persona";
/// Whom the tab acts for: `id|scope,scope` (an opaque id and scope codes).
pub const ON_BEHALF: &str = "mit-overblik.paa-vegne-af";
/// The time limit of a request, in milliseconds.
pub const REQUEST_TIMEOUT: &str = "mit-overblik.tidsgraense";
/// Letters marked as read or unread in this session.
pub const READ_LETTERS: &str = "mit-overblik.post-laest";
/// Consents withdrawn in this session.
pub const WITHDRAWN_CONSENTS: &str = "mit-overblik.samtykker-tilbagekaldt";

/// The prefix of what the facilitator set up for a test: kept when the participant logs off.
pub const FACILITATOR_PREFIX: &str = "mit-overblik.facilitator.";
/// A date other than the reference date.
pub const SCENARIO_DATE: &str = "mit-overblik.facilitator.dato";
/// Faults per source.
pub const FAULTS: &str = "mit-overblik.facilitator.fejl";
/// Delays per source.
pub const LATENCY: &str = "mit-overblik.facilitator.forsinkelse";
/// The session's idle timeout, in seconds.
pub const IDLE_TIMEOUT: &str = "mit-overblik.facilitator.udloeb";
/// The task run under way; its presence shows the task bar.
pub const TASKS: &str = "mit-overblik.facilitator.opgaver";
/// The prefix of every key a loaded scenario is stored under.
pub const SCENARIO_PREFIX: &str = "mit-overblik.facilitator.scenarie";
/// The loaded scenario's id.
pub const SCENARIO_ID: &str = "mit-overblik.facilitator.scenarie.id";
/// The built-in persona whose data the scenario uses, if it brings none of its own.
pub const SCENARIO_PERSONA: &str = "mit-overblik.facilitator.scenarie.persona";
/// The scenario's name, descriptions, date and tasks (JSON, without the endpoints).
pub const SCENARIO_META: &str = "mit-overblik.facilitator.scenarie.meta";

/// A scenario a start link asked for that the tab has not loaded: `id|persona`.
pub const AWAITED_SCENARIO: &str = "mit-overblik.facilitator.afventer";
/// The persona ids the login page offers in a study, comma-separated (none: everyone).
pub const STUDY_PERSONAS: &str = "mit-overblik.facilitator.personer";
/// The current participant's code.
pub const PARTICIPANT: &str = "mit-overblik.facilitator.deltager";
/// The results of the study's earlier participants in this tab (JSON exports, in order).
pub const EARLIER_PARTICIPANTS: &str = "mit-overblik.facilitator.deltagere";

/// The facilitator panel's sections left open, comma-separated ids.
pub const PANEL_SECTIONS: &str = "mit-overblik.facilitator.panelafsnit";

/// The app's prefix: *Log af* removes this app's keys only.
pub const APP_PREFIX: &str = "mit-overblik.";

/// Every key (the scenario's endpoints are stored below [`SCENARIO_PREFIX`]).
pub const ALL: [&str; 20] = [
    LANGUAGE,
    PERSONA,
    ON_BEHALF,
    REQUEST_TIMEOUT,
    READ_LETTERS,
    WITHDRAWN_CONSENTS,
    SCENARIO_DATE,
    FAULTS,
    LATENCY,
    IDLE_TIMEOUT,
    TASKS,
    SCENARIO_PREFIX,
    SCENARIO_ID,
    SCENARIO_PERSONA,
    SCENARIO_META,
    AWAITED_SCENARIO,
    STUDY_PERSONAS,
    PARTICIPANT,
    EARLIER_PARTICIPANTS,
    PANEL_SECTIONS,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_the_app_s_own() {
        let unique: std::collections::HashSet<_> = ALL.iter().collect();
        assert_eq!(unique.len(), ALL.len());
        assert!(ALL.iter().all(|key| key.starts_with(APP_PREFIX)));
    }

    #[test]
    fn the_table_lists_every_key() {
        let table = include_str!("storage_keys.rs");
        for key in ALL {
            let listed = format!("| `{key}");
            assert!(table.contains(&listed), "{key} is not in the table");
        }
    }

    #[test]
    fn the_facilitator_s_keys_are_kept_at_log_off_and_the_citizen_s_are_not() {
        for key in [
            SCENARIO_DATE,
            FAULTS,
            LATENCY,
            IDLE_TIMEOUT,
            TASKS,
            SCENARIO_ID,
            AWAITED_SCENARIO,
            STUDY_PERSONAS,
            PARTICIPANT,
            EARLIER_PARTICIPANTS,
        ] {
            assert!(key.starts_with(FACILITATOR_PREFIX), "{key}");
        }
        for key in [
            LANGUAGE,
            PERSONA,
            ON_BEHALF,
            READ_LETTERS,
            WITHDRAWN_CONSENTS,
        ] {
            assert!(!key.starts_with(FACILITATOR_PREFIX), "{key}");
        }
    }
}
