//! The toolkit's transport stack between the API client and the network: a scenario's stored
//! answers ([`stored`]) and the simulated faults and latency per source ([`faults`]).

pub mod faults;
pub mod stored;
