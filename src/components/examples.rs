//! Named examples of the generic components, as GOV.UK Frontend keeps them: each component's
//! folder holds its `examples.rs`, a list of [`Example`]s (a name and a view). The gallery page
//! (`/komponenter`, a chunk of its own) renders every list, and the browser component tests
//! (`tests/components_web.rs`) mount the same examples. Only those two name them, so none of
//! this ships in the first view.

use leptos::prelude::*;

use crate::api::{Contact, SourceInfo};
use crate::i18n::Text;
use crate::state::language::use_i18n;

/// An example's own text, Danish then English. Examples show made-up content, not the app's
/// texts, so it stays beside the example that shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Both(pub &'static str, pub &'static str);

impl Text for Both {
    fn da(self) -> &'static str {
        self.0
    }
    fn en(self) -> &'static str {
        self.1
    }
}

impl Both {
    /// The text in the app's language, following it (needs the language context).
    pub fn signal(self) -> Signal<String> {
        use_i18n().signal(self)
    }
}

/// One named example: what it shows, and a function that renders it.
#[derive(Clone, Copy)]
pub struct Example {
    pub name: Both,
    pub view: fn() -> AnyView,
}

impl Example {
    /// A source still loading, drawn by `view`.
    pub const fn loading(view: fn() -> AnyView) -> Example {
        Example {
            name: Both("Henter", "Loading"),
            view,
        }
    }

    /// A source that failed, drawn by `view`.
    pub const fn failed(view: fn() -> AnyView) -> Example {
        Example {
            name: Both("Kilden fejlede", "The source failed"),
            view,
        }
    }
}

/// A component's examples.
pub struct Examples {
    /// The component's name in code (`Alert`), or its names if the folder has several.
    pub component: &'static str,
    /// Its folder in `components/`: the gallery's anchor and the tests' handle.
    pub folder: &'static str,
    /// What it is for, in a sentence.
    pub about: Both,
    pub examples: &'static [Example],
}

/// Every generic component's examples, in the gallery's order.
pub const CATALOGUE: &[Examples] = &[
    super::alert::examples::EXAMPLES,
    super::badge::examples::EXAMPLES,
    super::card::examples::EXAMPLES,
    super::dashboard_card::examples::EXAMPLES,
    super::sourced_section::examples::EXAMPLES,
    super::section_error::examples::EXAMPLES,
    super::source_note::examples::EXAMPLES,
    super::summary_list::examples::EXAMPLES,
    super::data_table::examples::EXAMPLES,
    super::pagination::examples::EXAMPLES,
    super::tabs::examples::EXAMPLES,
    super::filter_select::examples::EXAMPLES,
    super::search_box::examples::EXAMPLES,
    super::clear_filters::examples::EXAMPLES,
    super::dialog::examples::EXAMPLES,
    super::icon::examples::EXAMPLES,
];

/// Where the examples' data came from: the CPR register, fetched on the scenario's today
/// ([`REFERENCE_DATE`](crate::state::clock::REFERENCE_DATE)) at 07.02.
pub fn sample_source() -> SourceInfo {
    SourceInfo {
        authority: "CPR-kontoret".to_owned(),
        cvr: "18234009".to_owned(),
        register: "CPR".to_owned(),
        fetched_at: "2026-11-24T07:02:01+01:00".to_owned(),
        contact: Contact {
            name: "Borgerservice, Vejle Kommune".to_owned(),
            web: "https://www.vejle.dk".to_owned().into(),
        },
    }
}

/// Data fetched on an earlier day: the benefit index, on 20 November 2026 at 14.30.
pub fn earlier_source() -> SourceInfo {
    SourceInfo {
        authority: "Udbetaling Danmark".to_owned(),
        cvr: "29980004".to_owned(),
        register: "Fælleskommunalt Ydelsesindeks".to_owned(),
        fetched_at: "2026-11-20T14:30:00+01:00".to_owned(),
        contact: Contact {
            name: "Udbetaling Danmark".to_owned(),
            web: "https://www.borger.dk".to_owned().into(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_component_has_examples_with_unique_translated_names() {
        let folders: HashSet<_> = CATALOGUE.iter().map(|c| c.folder).collect();
        assert_eq!(folders.len(), CATALOGUE.len(), "a folder listed twice");
        for component in CATALOGUE {
            assert!(!component.examples.is_empty(), "{}", component.folder);
            let about = [component.about];
            let names: Vec<Both> = component.examples.iter().map(|e| e.name).collect();
            crate::i18n::check_texts(&about, &[]);
            crate::i18n::check_texts(&names, &[]);
            let unique: HashSet<_> = names.iter().map(|n| n.0).collect();
            assert_eq!(unique.len(), names.len(), "{}", component.folder);
        }
    }

    /// Every folder under `components/` with a component in it is in the catalogue.
    #[test]
    fn the_catalogue_lists_every_component_folder() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/components");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_dir())
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        on_disk.sort();
        let mut listed: Vec<String> = CATALOGUE.iter().map(|c| c.folder.to_owned()).collect();
        listed.sort();
        assert_eq!(listed, on_disk);
    }
}
