//! Mit Overblik prototype: one citizen's cases, benefits, payments and personal data across
//! Danish public authorities, as a Leptos client-side app.
//!
//! Data flows one way: [`api`] → [`state`] → [`pages`] → [`components`].

pub mod api;
pub mod app;
pub mod components;
pub mod date;
pub mod format;
pub mod i18n;
pub mod pages;
pub mod routes;
pub mod state;
