//! App-wide state: contexts for language and API settings, and the per-source resources that
//! every section reads. A section's own derived logic lives in its feature folder.

pub mod acting;
pub mod api_settings;
pub mod case_histories;
pub mod clock;
pub mod events;
pub mod language;
pub mod session_life;
pub mod session_marks;
pub mod source_texts;
pub mod sources;
pub mod start_link;
pub mod storage_keys;
pub mod tab_storage;
