//! The scenario clock: the app's "today". Every date rule (overdue, expected decision, changed in
//! the last 30 days, next payment, look-ups in the last 30 days, a protection's period) reads it,
//! so a demo looks the same on any day. It starts on the mock data's reference date; a start
//! link (`?dato=2026-12-15`), a scenario file or the facilitator panel can move it.

use leptos::prelude::*;

use super::start_link::param;
use super::tab_storage::{forget, remember, tab_param};
use crate::date::Date;

/// The mock data's reference date: "today" in every fixture (see `scripts/fixtures/*.mjs`).
pub const REFERENCE_DATE: Date = Date {
    year: 2026,
    month: 11,
    day: 24,
};

use super::storage_keys::SCENARIO_DATE;

/// The clock context.
#[derive(Clone, Copy)]
pub struct Clock {
    today: RwSignal<Date>,
}

impl Clock {
    /// The scenario's today (tracked).
    pub fn today(&self) -> Date {
        self.today.get()
    }

    /// Moves the clock to `date` for the rest of the tab's session.
    pub fn set(&self, date: Date) {
        if date == REFERENCE_DATE {
            forget(SCENARIO_DATE);
        } else {
            remember(SCENARIO_DATE, &date.to_string());
        }
        self.today.set(date);
    }
}

/// Creates the clock from the address, from earlier in this tab, or the reference date.
pub fn provide_clock() -> Clock {
    let start = tab_param(param::DATE, SCENARIO_DATE)
        .and_then(|text| Date::parse_day(&text))
        .unwrap_or(REFERENCE_DATE);
    let clock = Clock {
        today: RwSignal::new(start),
    };
    provide_context(clock);
    clock
}

/// The clock context provided by [`provide_clock`].
pub fn use_clock() -> Clock {
    expect_context::<Clock>()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fixture generators write their data around the same day the app starts on.
    #[test]
    fn the_reference_date_is_the_fixture_generators_today() {
        let line = format!("const REFERENCE = \"{REFERENCE_DATE}\";");
        for (name, source) in [
            (
                "data-use.mjs",
                include_str!("../../scripts/fixtures/data-use.mjs"),
            ),
            (
                "economy.mjs",
                include_str!("../../scripts/fixtures/economy.mjs"),
            ),
        ] {
            assert!(source.contains(&line), "{name} lacks {line}");
        }
    }
}
