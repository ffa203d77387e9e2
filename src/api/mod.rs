//! The typed client for the mocked fællesoffentlige endpoints.
//!
//! This is the only module that builds URLs or parses JSON. Every endpoint is one async function
//! in [`endpoints`] returning a typed model wrapped in [`Sourced`] (the data plus where it came
//! from) or an [`ApiError`]. Base URL, persona, time limit and simulated faults are
//! [`ApiConfig`].

pub mod access_log;
pub mod benefits;
pub mod cases;
mod client;
pub mod common;
mod config;
pub mod consents;
pub mod debt;
pub mod digital_post;
pub mod endpoints;
mod envelope;
mod error;
mod faults;
pub mod housing;
pub mod person;
pub mod powers_of_attorney;
pub mod session;
pub mod tax;
pub mod vehicles;

pub use client::{decode, decode_envelope};
pub use config::{is_case_id, is_persona_id, ApiConfig, Endpoint, Source, DEFAULT_PERSONA};
pub use envelope::{SourceFault, SourceInfo, Sourced};
pub use error::ApiError;
pub use faults::{corrupt, Failure, FaultPlan, Faults};
