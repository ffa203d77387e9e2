//! The app's routes: one place that names every path, its page title and its place in the menu.

use crate::i18n::Key;
use crate::state::case_query::CaseQuery;

/// A top-level page of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Overview,
    Cases,
    Economy,
    MyData,
    DigitalPost,
    DataUse,
    Accessibility,
    LoggedOut,
}

impl Page {
    /// The sections shown in the main menu, in menu order.
    pub const MENU: &'static [Page] = &[
        Page::Overview,
        Page::Cases,
        Page::Economy,
        Page::MyData,
        Page::DigitalPost,
        Page::DataUse,
    ];

    /// Every page with a route of its own.
    pub const ALL: &'static [Page] = &[
        Page::Overview,
        Page::Cases,
        Page::Economy,
        Page::MyData,
        Page::DigitalPost,
        Page::DataUse,
        Page::Accessibility,
        Page::LoggedOut,
    ];

    /// The page's path; Danish words, ASCII only, so links are easy to read aloud and type.
    pub fn path(self) -> &'static str {
        match self {
            Page::Overview => "/",
            Page::Cases => "/sager",
            Page::Economy => "/oekonomi",
            Page::MyData => "/mine-oplysninger",
            Page::DigitalPost => "/digital-post",
            Page::DataUse => "/dine-data",
            Page::Accessibility => "/tilgaengelighed",
            Page::LoggedOut => "/logget-af",
        }
    }

    /// The key of the page's heading and document title.
    pub fn title(self) -> Key {
        match self {
            Page::Overview => Key::NavOverview,
            Page::Cases => Key::NavCases,
            Page::Economy => Key::NavEconomy,
            Page::MyData => Key::NavMyData,
            Page::DigitalPost => Key::NavDigitalPost,
            Page::DataUse => Key::NavDataUse,
            Page::Accessibility => Key::AccessibilityStatement,
            Page::LoggedOut => Key::LoggedOutTitle,
        }
    }

    /// Whether `current_path` lies inside this page's section (for the menu's "current" mark).
    pub fn contains(self, current_path: &str) -> bool {
        let path = current_path.trim_end_matches('/');
        match self {
            Page::Overview => path.is_empty(),
            _ => {
                let own = self.path();
                path == own || path.starts_with(&format!("{own}/"))
            }
        }
    }
}

/// The address of the case list showing `query`.
pub fn cases_href(query: &CaseQuery) -> String {
    let params = query.to_params();
    if params.is_empty() {
        return Page::Cases.path().to_owned();
    }
    let encoded: Vec<String> = params
        .iter()
        .map(|(name, value)| format!("{name}={}", percent_encode(value)))
        .collect();
    format!("{}?{}", Page::Cases.path(), encoded.join("&"))
}

/// The address of one case.
pub fn case_href(id: &str) -> String {
    format!("{}/{}", Page::Cases.path(), percent_encode(id))
}

/// Percent-encodes everything but unreserved characters (RFC 3986), UTF-8 byte by byte.
fn percent_encode(value: &str) -> String {
    value
        .bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (byte as char).to_string()
            }
            other => format!("%{other:02X}"),
        })
        .collect()
}

/// The document title for a page heading: "Sager – Mit Overblik".
pub fn document_title(page_heading: &str, service_name: &str) -> String {
    if page_heading == service_name {
        service_name.to_owned()
    } else {
        format!("{page_heading} – {service_name}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn paths_are_unique_rooted_and_ascii() {
        let paths: HashSet<_> = Page::ALL.iter().map(|p| p.path()).collect();
        assert_eq!(paths.len(), Page::ALL.len());
        for page in Page::ALL {
            assert!(page.path().starts_with('/'));
            assert!(page.path().is_ascii(), "{page:?}");
        }
    }

    #[test]
    fn menu_has_the_six_sections_in_order() {
        let titles: Vec<_> = Page::MENU.iter().map(|p| p.title()).collect();
        assert_eq!(
            titles,
            [
                Key::NavOverview,
                Key::NavCases,
                Key::NavEconomy,
                Key::NavMyData,
                Key::NavDigitalPost,
                Key::NavDataUse
            ]
        );
    }

    #[test]
    fn section_matching_covers_sub_paths_but_not_prefixes() {
        assert!(Page::Overview.contains("/"));
        assert!(!Page::Overview.contains("/sager"));
        assert!(Page::Cases.contains("/sager"));
        assert!(Page::Cases.contains("/sager/"));
        assert!(Page::Cases.contains("/sager/0b6f"));
        assert!(!Page::Cases.contains("/sagerx"));
        assert!(!Page::Economy.contains("/sager"));
    }

    #[test]
    fn case_list_addresses_carry_the_query_encoded() {
        use crate::state::case_query::CaseTab;
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

    #[test]
    fn document_title_names_page_and_service() {
        assert_eq!(
            document_title("Sager", "Mit Overblik"),
            "Sager – Mit Overblik"
        );
        assert_eq!(
            document_title("Mit Overblik", "Mit Overblik"),
            "Mit Overblik"
        );
    }
}
