//! Mit Overblik prototype: one citizen's cases, benefits, payments and personal data across
//! Danish public authorities, as a Leptos client-side app.
//!
//! Data flows one way: [`api`] (typed client) → [`state`] (contexts, one resource per source)
//! → [`features`] (one folder per section: routes, pages, derived logic, texts) → [`components`]
//! (generic DKFDS pieces). [`shell`] is the frame around every page.

pub mod api;
pub mod components;
pub mod date;
pub mod features;
pub mod format;
pub mod i18n;
pub mod lists;
pub mod save_file;
pub mod shell;
pub mod state;
