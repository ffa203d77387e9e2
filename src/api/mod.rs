//! The typed client for the mocked fællesoffentlige endpoints.
//!
//! This is the only module that builds URLs or parses JSON. Every endpoint is one async function
//! in [`endpoints`] returning a typed model wrapped in [`Sourced`] (the data plus where it came
//! from) or an [`ApiError`]. A [`Client`] is an [`ApiConfig`] (base URL, persona, time limit)
//! and the [`Transport`] its requests go through: the seam where the toolkit simulates faults.

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
mod exact;
pub mod housing;
mod json_path;
pub mod person;
pub mod powers_of_attorney;
pub mod scope;
pub mod session;
pub mod source_table;
pub mod tax;
mod tidy;
mod transport;
pub mod vehicles;
pub mod web_address;

#[cfg(test)]
pub(crate) use client::fixture;
pub use client::{decode, decode_envelope, Client};
pub use config::{is_persona_id, ApiConfig, OnBehalf, DEFAULT_PERSONA};
pub use envelope::{Contact, SourceFault, SourceInfo, Sourced};
pub use error::ApiError;
pub use source_table::{check_body, fetch, is_uuid, read_body, Endpoint, Source};
pub use transport::{Http, LocalFuture, Transport};
