//! Det venter vi på fra dig (`/opgaver`): everything an authority awaits from the citizen across
//! cases, by deadline, overdue marked by the scenario clock, each with what to do. Not in the main
//! menu: the overview's card leads here. The page loads from the `tasks` chunk; the card from
//! the overview's `event_cards` chunk.

pub mod card;
pub mod logic;
mod page;
pub mod texts;

use crate::page::routes::Page;

crate::lazy_route!(tasks, TaskRoutes, Page::Tasks, TasksPage);
use page::TasksPage;
