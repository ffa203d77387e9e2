//! App-wide state: contexts for language, API settings and the per-source resources.
//!
//! Pages read state from here; they never fetch or parse on their own.

pub mod api_settings;
pub mod case_query;
pub mod cases;
pub mod language;
pub mod sources;
