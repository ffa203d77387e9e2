//! The UX-testing toolkit for municipalities: the simulated MitID login, the facilitator panel
//! (persona, language, scenario date, faults per source, scenario files, tasks, start links,
//! session timeout, reset), scenario files and task mode.
//!
//! The shell carries only the switchboard — this context, the transport stack (`faults.rs`,
//! `stored.rs`) and the keyboard shortcut in `host.rs`; the login page (chunk `login`), the
//! panel (chunk `toolkit`) and the task bar (chunk `task_bar`) load when first shown. Everything the facilitator sets up is kept
//! for the tab under `mit-overblik.facilitator.*` (no personal data but a loaded scenario's
//! made-up persona), which *Log af* keeps so a test survives a participant logging off.

pub mod host;
mod login;
mod panel;
pub mod report;
pub mod scenario;
mod setup;
pub mod tasks;
pub mod texts;
pub mod transport;

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use leptos_router::{any_nested_route::IntoAnyNestedRoute, components::Route};

use crate::api::{ApiConfig, Http};
use crate::page::{lazy::Lazy, routes::Page};
use crate::state::api_settings::ApiSettings;
use crate::state::session_life::use_session_life;
use crate::state::start_link::{awaited_scenario, param, Awaited};
use crate::state::tab_storage::{address_param, recall, remember, tab_param};
use transport::faults::{FaultSwitch, Faults, Simulated};
use transport::stored::Stored;

use crate::state::storage_keys as keys;

use crate::state::session_life::DEFAULT_TIMEOUT_S;

/// The toolkit's context.
#[derive(Clone, Copy)]
pub struct Toolkit {
    faults: StoredValue<FaultSwitch, LocalStorage>,
    /// Whether the facilitator panel is open.
    pub panel_open: RwSignal<bool>,
    /// Whether the facilitator's note field is open.
    pub note_open: RwSignal<bool>,
    /// Bumped whenever the stored setup changes (a scenario loaded, a task moved on), so the
    /// login page, the panel and the task bar read it again.
    pub revision: RwSignal<u32>,
    /// Whether a task run is kept for the tab (the task bar shows), read again at each revision.
    pub tasks_active: Memo<bool>,
    /// Seconds of inactivity before the session ends (the session's own, set from here).
    pub timeout_s: RwSignal<u32>,
    /// A scenario a start link asked for that this tab has not loaded.
    pub awaited: RwSignal<Option<Awaited>>,
}

impl Toolkit {
    /// The fault plans in force.
    pub fn faults(&self) -> Faults {
        self.faults.with_value(|switch| switch.borrow().clone())
    }

    /// Puts `faults` in force for the next request of each source (nothing refetches by itself:
    /// a section recovers when its *Prøv igen* asks again) and keeps them for the tab.
    pub fn set_faults(&self, faults: Faults) {
        let (failures, latencies) = faults.to_params();
        remember(keys::FAULTS, &failures);
        remember(keys::LATENCY, &latencies);
        self.faults
            .with_value(|switch| *switch.borrow_mut() = faults);
        self.changed();
    }

    /// Sets the inactivity timeout for the tab.
    pub fn set_timeout(&self, seconds: u32) {
        let seconds = clamp_timeout(seconds);
        remember(keys::IDLE_TIMEOUT, &seconds.to_string());
        self.timeout_s.set(seconds);
    }

    /// Tells the toolkit's views that the stored setup changed.
    pub fn changed(&self) {
        self.revision.update(|n| *n += 1);
    }
}

fn clamp_timeout(seconds: u32) -> u32 {
    seconds.clamp(4, 24 * 60 * 60)
}

/// Creates the toolkit from the address (a start link) or from earlier in this tab, and puts the
/// scenario store and the fault simulation between the API client and the network.
pub fn provide_toolkit(settings: ApiSettings) -> Toolkit {
    let faults = Faults::parse(
        &tab_param(param::FAULTS, keys::FAULTS).unwrap_or_default(),
        &tab_param(param::LATENCY, keys::LATENCY).unwrap_or_default(),
    );
    let switch: FaultSwitch = Rc::new(RefCell::new(faults));
    settings.set_transport(Some(Rc::new(Simulated {
        faults: switch.clone(),
        inner: Rc::new(Stored {
            base: ApiConfig::default().base_url,
            inner: Rc::new(Http),
        }),
    })));
    let timeout = tab_param(param::IDLE_TIMEOUT, keys::IDLE_TIMEOUT)
        .and_then(|s| s.parse::<u32>().ok())
        .map_or(DEFAULT_TIMEOUT_S, clamp_timeout);
    let timeout_s = use_session_life().timeout_s;
    timeout_s.set(timeout);
    // Kept for the tab; read through `setup`.
    tab_param(param::STUDY_PERSONAS, keys::STUDY_PERSONAS);
    tab_param(param::PARTICIPANT, keys::PARTICIPANT);
    let revision = RwSignal::new(0);
    let toolkit = Toolkit {
        faults: StoredValue::new_local(switch),
        panel_open: RwSignal::new(address_param(param::FACILITATOR).is_some()),
        note_open: RwSignal::new(false),
        revision,
        tasks_active: Memo::new(move |_| {
            revision.track();
            recall(keys::TASKS).is_some()
        }),
        timeout_s,
        awaited: RwSignal::new(awaited_scenario()),
    };
    provide_context(toolkit);
    toolkit
}

/// The toolkit context provided by [`provide_toolkit`].
pub fn use_toolkit() -> Toolkit {
    expect_context::<Toolkit>()
}

// Chunks: the login page every participant sees, the task bar a participant sees in a test, and
// the panel's frame only the facilitator opens (its sections' bodies, and the check of a
// scenario file, are chunks of their own, fetched when first used: panel/mod.rs, setup.rs).
crate::lazy_view!(
    login,
    fn login_view() {
        view! { <login::LoginPage/> }
    }
);

crate::lazy_view!(
    toolkit,
    pub fn panel_view() {
        view! { <panel::FacilitatorPanel/> }
    }
);

// The page a start link opens when its scenario is not loaded here: with the panel's study
// sections, whose file picker it shares.
crate::lazy_view!(
    panel_study,
    pub fn awaited_view() {
        view! { <panel::AwaitedScenario/> }
    }
);

crate::lazy_view!(
    task_bar,
    pub fn task_bar_view() {
        view! { <tasks::bar::TaskBar/> }
    }
);

crate::lazy_view!(
    task_bar,
    pub fn note_view() {
        view! { <tasks::note::NoteDialog/> }
    }
);

// The study's combined report: a facilitator's page, in a chunk of its own.
crate::lazy_view!(
    report,
    fn report_view() {
        view! { <report::page::StudyResultsPage/> }
    }
);

/// The toolkit's routes: the simulated login and the study's combined report.
#[component(transparent)]
pub fn ToolkitRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! {
        <Route path=Page::LogIn.segment() view=Lazy(login_view)/>
        <Route path=Page::StudyResults.segment() view=Lazy(report_view)/>
    }
    .into_inner()
    .into_any_nested_route()
}
