//! Generic building blocks on Det Fælles Designsystem (DKFDS), with no domain knowledge: the
//! feature that uses one gives it its meaning (which badge kind a case status gets, which
//! address a column header sorts to). Components never fetch.

pub mod alert;
pub mod badge;
pub mod card;
pub mod clear_filters;
pub mod dashboard_card;
pub mod data_table;
pub mod dialog;
pub mod examples;
pub mod filter_select;
pub mod icon;
pub mod pagination;
pub mod search_box;
pub mod section_error;
pub mod source_note;
pub mod sourced_section;
pub mod summary_list;
pub mod tabs;
pub mod texts;
