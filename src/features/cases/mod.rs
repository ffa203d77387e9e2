//! Sager: every case the citizen has with every authority (list with tabs, filters, search,
//! sorting and paging, all in the address), and one case's detail. The pages load from the
//! `cases` chunk; the tile for the overview and the address helpers ship with the shell.

pub mod card;
mod detail;
mod filters;
mod list;
pub mod logic;
pub mod query;
pub mod state;
pub mod status;
mod table;
pub mod texts;

use leptos::prelude::*;
use leptos_router::{
    components::{Outlet, ParentRoute, Route},
    ParamSegment, StaticSegment,
};

use crate::page::{hrefs::with_query, lazy::Lazy, routes::Page};
use query::CaseQuery;

crate::lazy_view!(
    cases,
    fn list_view() {
        view! { <list::CasesPage/> }
    }
);
crate::lazy_view!(
    cases,
    fn detail_view() {
        view! { <detail::CaseDetailPage/> }
    }
);

/// `/sager` and `/sager/{id}`, both from the `cases` chunk.
#[component(transparent)]
pub fn CaseRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! {
        <ParentRoute path=Page::Cases.segment() view=Outlet>
            <Route path=StaticSegment("") view=Lazy(list_view)/>
            <Route path=ParamSegment("id") view=Lazy(detail_view)/>
        </ParentRoute>
    }
    .into_inner()
}

/// The address of the case list showing `query`.
pub fn cases_href(query: &CaseQuery) -> String {
    with_query(Page::Cases.path(), &query.to_params())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::hrefs::case_href;
    use query::CaseTab;

    #[test]
    fn case_list_addresses_carry_the_query_encoded() {
        assert_eq!(cases_href(&CaseQuery::default()), "/sager");
        let query = CaseQuery {
            tab: CaseTab::Closed,
            search: "børn & unge".into(),
            ..CaseQuery::default()
        };
        assert_eq!(
            cases_href(&query),
            "/sager?fane=afsluttede&soeg=b%C3%B8rn%20%26%20unge"
        );
        assert_eq!(
            case_href("6f1c2a9e-1d7b-4c55-9f4e-2b8d3a1c0e11"),
            "/sager/6f1c2a9e-1d7b-4c55-9f4e-2b8d3a1c0e11"
        );
    }
}
