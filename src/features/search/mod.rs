//! Søg (`/soeg?q=`): one search across cases, letters, payouts, look-ups, vehicles and the pages
//! themselves, grouped by section with counts, live as you type, the query in the address,
//! tolerant of æ/ae, ø/oe and å/aa. The header's search field (first view) is a plain form that
//! comes here; the page loads from the `search` chunk.

pub mod logic;
mod page;
mod query;
pub mod texts;

use crate::page::routes::Page;

crate::lazy_route!(search, SearchRoutes, Page::Search, SearchPage);
use page::SearchPage;
