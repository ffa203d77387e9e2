//! The UX-testing toolkit for municipalities. Today: fault simulation per source, started from
//! the address (`?fejl=sager:500&forsinkelse=skat:3000`) and kept for the browser tab. It owns
//! the transport seam of the API client; the facilitator panel will drive it from here.

pub mod faults;
pub mod scenario;

use std::rc::Rc;

use crate::api::Http;
use crate::state::{api_settings::ApiSettings, tab_params::tab_param};
use faults::{Faults, Simulated};

const FAULTS_KEY: &str = "mit-overblik.fejl";
const LATENCY_KEY: &str = "mit-overblik.forsinkelse";

/// Reads the fault switch from the address (or earlier in this tab) and, when it asks for
/// anything, puts the fault simulation in front of the network.
pub fn start_fault_simulation(settings: ApiSettings) {
    let faults = Faults::parse(
        &tab_param("fejl", FAULTS_KEY).unwrap_or_default(),
        &tab_param("forsinkelse", LATENCY_KEY).unwrap_or_default(),
    );
    if !faults.is_empty() {
        settings.set_transport(Some(Rc::new(Simulated {
            faults,
            inner: Rc::new(Http),
        })));
    }
}
