//! Nyt siden sidst (`/nyt`): what happened since the session's last login (`sidsteLogin`), across
//! every source, grouped by day, one plain sentence each, with filters by kind and authority and
//! a link to the detail. Not in the main menu: the overview's card leads here. The page loads
//! from the `news` chunk; the card from the overview's `event_cards` chunk.

pub mod card;
pub mod logic;
mod page;
mod query;
pub mod texts;

use crate::page::routes::Page;

crate::lazy_route!(news, NewsRoutes, Page::News, NewsPage);
use page::NewsPage;
