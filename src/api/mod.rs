//! The typed client for the mocked fællesoffentlige endpoints.
//!
//! This is the only module that builds URLs or parses JSON. Every endpoint is one async function
//! returning a typed model wrapped in [`Sourced`] (the data plus where it came from) or an
//! [`ApiError`].

mod client;
mod config;
mod envelope;
mod error;
pub mod session;

pub use client::decode_envelope;
pub use config::{ApiConfig, Endpoint};
pub use envelope::{SourceFault, SourceInfo, Sourced};
pub use error::ApiError;
