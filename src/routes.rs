//! The app's routes: one place that names every path, its page title and its place in the menu.

use crate::i18n::Key;

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
