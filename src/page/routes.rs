//! Every page's path, declared once: the router, the menu, links and the end-to-end route list
//! all read it from here (a test checks `tests/e2e/support/routes.ts` against it).

use leptos_router::{hooks::use_navigate, NavigateOptions, StaticSegment};

use super::texts::PageText;
use crate::i18n::{Lang, Text};

/// A top-level page of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Overview,
    Cases,
    Economy,
    MyData,
    DigitalPost,
    DataUse,
    /// "Det venter vi på fra dig": what authorities await from the citizen (not in the menu).
    Tasks,
    /// "Nyt siden sidst": what changed since the last login (not in the menu).
    News,
    /// The calendar of dates ahead across authorities (not in the menu).
    Calendar,
    /// One search across sections (`/soeg?q=`), from the header's search field.
    Search,
    Accessibility,
    LoggedOut,
    /// Choosing whom to act for (a child, a giver of a power of attorney).
    ActFor,
    /// The simulated MitID login.
    LogIn,
    /// The component gallery: every generic component's examples (not in the menu).
    Gallery,
    /// A usability study's combined results, from the participants' files (not in the menu).
    StudyResults,
}

impl Page {
    /// Every page with a route of its own.
    pub const ALL: &'static [Page] = &[
        Page::Overview,
        Page::Cases,
        Page::Economy,
        Page::MyData,
        Page::DigitalPost,
        Page::DataUse,
        Page::Tasks,
        Page::News,
        Page::Calendar,
        Page::Search,
        Page::Accessibility,
        Page::LoggedOut,
        Page::ActFor,
        Page::LogIn,
        Page::Gallery,
        Page::StudyResults,
    ];

    /// The sections shown in the main menu, in menu order: the first six pages.
    pub const MENU: &'static [Page] = Page::ALL.split_at(6).0;

    /// The sections with the citizen's data, in the menu and across it: the first nine pages
    /// (what Søg finds by name).
    pub const SECTIONS: &'static [Page] = Page::ALL.split_at(9).0;

    /// The page's path; Danish words, ASCII only, so links are easy to read aloud and type.
    pub fn path(self) -> &'static str {
        match self {
            Page::Overview => "/",
            Page::Cases => "/sager",
            Page::Economy => "/oekonomi",
            Page::MyData => "/mine-oplysninger",
            Page::DigitalPost => "/digital-post",
            Page::DataUse => "/dine-data",
            Page::Tasks => "/opgaver",
            Page::News => "/nyt",
            Page::Calendar => "/kalender",
            Page::Search => "/soeg",
            Page::Accessibility => "/tilgaengelighed",
            Page::LoggedOut => "/logget-af",
            Page::ActFor => "/handl-for",
            Page::LogIn => "/log-ind",
            Page::Gallery => "/komponenter",
            Page::StudyResults => "/resultater",
        }
    }

    /// The path as the router's segment (every page but the overview is one segment deep).
    pub fn segment(self) -> (StaticSegment<&'static str>,) {
        (StaticSegment(&self.path()[1..]),)
    }

    /// The page's name in the menu and its heading (the overview's heading is the service name).
    pub fn title(self, lang: Lang) -> &'static str {
        self.title_text().text(lang)
    }

    /// The page's title as a text (see [`PageText`]).
    pub fn title_text(self) -> PageText {
        match self {
            Page::Overview => PageText::Overview,
            Page::Cases => PageText::Cases,
            Page::Economy => PageText::Economy,
            Page::MyData => PageText::MyData,
            Page::DigitalPost => PageText::DigitalPost,
            Page::DataUse => PageText::DataUse,
            Page::Tasks => PageText::Tasks,
            Page::News => PageText::News,
            Page::Calendar => PageText::Calendar,
            Page::Search => PageText::Search,
            Page::Accessibility => PageText::Accessibility,
            Page::LoggedOut => PageText::LoggedOut,
            Page::ActFor => PageText::ActFor,
            Page::LogIn => PageText::LogIn,
            Page::Gallery => PageText::Gallery,
            Page::StudyResults => PageText::StudyResults,
        }
    }

    /// The page's heading: its title, but the service's name on the overview.
    pub fn heading_text(self) -> PageText {
        match self {
            Page::Overview => PageText::ServiceName,
            _ => self.title_text(),
        }
    }

    /// Whether the page can be seen without being logged in.
    pub fn is_public(self) -> bool {
        matches!(
            self,
            Page::Accessibility | Page::LoggedOut | Page::LogIn | Page::StudyResults
        )
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

/// Navigation for controls that rewrite the address of the page in view (filters, sort, paging):
/// a new history entry, so Back undoes the change, without jumping to the top of the page.
pub fn use_navigate_in_place() -> impl Fn(&str) + Clone {
    let navigate = use_navigate();
    move |href: &str| {
        navigate(
            href,
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn paths_are_unique_rooted_ascii_and_one_segment_deep() {
        let paths: HashSet<_> = Page::ALL.iter().map(|p| p.path()).collect();
        assert_eq!(paths.len(), Page::ALL.len());
        assert_eq!(
            Page::Overview.path(),
            "/",
            "the overview's route is the root"
        );
        for page in Page::ALL {
            assert!(page.path().starts_with('/'));
            assert!(page.path().is_ascii(), "{page:?}");
            assert!(!page.path()[1..].contains('/'), "{page:?}");
        }
    }

    #[test]
    fn menu_has_the_six_sections_in_order() {
        let titles: Vec<_> = Page::MENU.iter().map(|p| p.title(Lang::Da)).collect();
        assert_eq!(
            titles,
            [
                "Overblik",
                "Sager",
                "Økonomi",
                "Mine oplysninger",
                "Digital Post",
                "Dine data"
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

    /// The end-to-end tests' route list is checked against this table, so the two cannot drift.
    #[test]
    fn end_to_end_route_list_matches_the_route_table() {
        let file = include_str!("../../tests/e2e/support/routes.ts");
        let mut listed = Vec::new();
        for line in file
            .lines()
            .filter(|l| l.trim_start().starts_with("{ path:"))
        {
            let field = |name: &str| {
                let start = line.find(&format!("{name}: \""))? + name.len() + 3;
                let end = start + line[start..].find('"')?;
                Some(line[start..end].to_owned())
            };
            listed.push((
                field("path").unwrap(),
                field("da").unwrap(),
                field("en").unwrap(),
            ));
        }
        let mut expected: Vec<(String, String, String)> = Page::ALL
            .iter()
            .map(|&page| {
                let heading = |lang| page.heading_text().text(lang);
                (
                    page.path().to_owned(),
                    heading(Lang::Da).to_owned(),
                    heading(Lang::En).to_owned(),
                )
            })
            .collect();
        expected.push((
            "/findes-ikke".to_owned(),
            PageText::NotFound.da().to_owned(),
            PageText::NotFound.en().to_owned(),
        ));
        assert_eq!(listed, expected);
        let menu_da: Vec<_> = Page::MENU
            .iter()
            .map(|p| format!("\"{}\"", p.title(Lang::Da)))
            .collect();
        let menu_en: Vec<_> = Page::MENU
            .iter()
            .map(|p| format!("\"{}\"", p.title(Lang::En)))
            .collect();
        assert!(
            file.contains(&format!("da: [{}]", menu_da.join(", "))),
            "Danish menu"
        );
        assert!(
            file.contains(&format!("en: [{}]", menu_en.join(", "))),
            "English menu"
        );
    }
}
