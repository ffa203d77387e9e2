//! One folder per section, owning its routes, pages, state, derived logic and texts. A section's
//! views load from their own wasm chunk when it is first visited (see [`crate::shell::lazy`]);
//! the overview is the first view and ships with the shell.

pub mod cases;
pub mod data_use;
pub mod digital_post;
pub mod economy;
pub mod my_data;
pub mod overview;
pub mod toolkit;
