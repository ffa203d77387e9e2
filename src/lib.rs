//! Mit Overblik prototype: one citizen's cases, benefits, payments and personal data across
//! Danish public authorities, as a Leptos client-side app.
//!
//! Data flows one way and no layer imports one above it (`tests/layers.rs` checks):
//! [`api`] (typed client) → [`state`] (contexts, one resource per source) → [`components`]
//! (generic DKFDS pieces) → [`page`] (route table, heading, focus, lazy loading, addresses) →
//! [`features`] (one folder per section) → [`shell`] (the frame; mounts the sections' routes).
//! [`date`], [`format`], [`i18n`], [`lists`] and [`save_file`] are plain helpers every layer uses.

pub mod api;
pub mod components;
pub mod date;
pub mod features;
pub mod format;
pub mod i18n;
pub mod lists;
pub mod page;
pub mod save_file;
pub mod shell;
pub mod state;
