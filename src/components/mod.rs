//! Reusable pieces built on Det Fælles Designsystem (DKFDS). Components never fetch.

pub mod alert;
pub mod footer;
pub mod header;
pub mod icon;
pub mod language_switch;
pub mod main_nav;
pub mod page_heading;
pub mod pagination;
pub mod route_focus;
pub mod section_intro;
pub mod skip_link;
pub mod source_status;
pub mod status_badge;
