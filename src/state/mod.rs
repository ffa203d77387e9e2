//! App-wide state: contexts for language and session, and per-source resources.
//!
//! Pages read state from here; they never fetch or parse on their own.

pub mod language;
pub mod session;
