//! Kalender (`/kalender`): the dates ahead across authorities (deadlines, payouts, inspections,
//! expiries, expected decisions) as an agenda by month, filtered by kind, each exportable as
//! iCalendar, and all at once. Not in the main menu: Det venter vi på fra dig and Nyt siden sidst
//! link to it. The page loads from the `calendar` chunk.

pub mod ics;
pub mod logic;
mod page;
mod query;
pub mod texts;

use crate::page::routes::Page;

crate::lazy_route!(calendar, CalendarRoutes, Page::Calendar, CalendarPage);
use page::CalendarPage;
