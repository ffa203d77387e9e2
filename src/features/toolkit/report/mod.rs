//! The combined report of a usability study (`/resultater`, chunk `report`): logic and page.

pub mod logic;
pub mod page;
