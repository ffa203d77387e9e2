//! Økonomi: benefits granted, every payout with a chart of the last 24 months, the next payment,
//! tax and public debt. The page loads from the `economy` chunk; the next-payment card for the
//! overview and the address helper ship with the shell.

mod benefit_list;
pub mod card;
mod chart;
mod debt_view;
pub mod logic;
mod next_payment;
mod page;
mod payout_table;
pub mod query;
pub mod scale;
mod tax_view;
mod terms;
pub mod texts;

use crate::page::{hrefs::with_query, routes::Page};
use query::EconomyQuery;

crate::lazy_route!(economy, EconomyRoutes, Page::Economy, EconomyPage);
use page::EconomyPage;

/// The address of the economy page showing `query`.
pub fn economy_href(query: &EconomyQuery) -> String {
    with_query(Page::Economy.path(), &query.to_params())
}
