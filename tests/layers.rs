//! No import runs back up the layers. Reads every file under `src/` and checks what it names:
//!
//! `api` → `state` → `components` → `page` → `features` → `shell` (each may use those before
//! it), with the plain helpers (`date`, `format`, `i18n`, `lists`, `save_file`) usable by all.
//! A section (`features/<s>/`) uses another section only through `page`; only the sections'
//! root (`features/mod.rs`) names them all, and the shell names nothing below that root.

use std::fs;
use std::path::{Path, PathBuf};

/// The layers, lowest first; a module may use its own layer and those before it.
const LAYERS: [&str; 6] = ["api", "state", "components", "page", "features", "shell"];
/// Plain helpers every layer may use; they use no layer but `api`'s models (money) and each other.
const HELPERS: [&str; 5] = ["date", "format", "i18n", "lists", "save_file"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every `crate::a::b` path named in `source`, outside comments, as (a, b).
fn crate_paths(source: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for line in source.lines() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            let after = &rest[at + "crate::".len()..];
            let segment = |s: &str| -> String {
                s.chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect()
            };
            let first = segment(after);
            let second = after[first.len()..]
                .strip_prefix("::")
                .map(segment)
                .unwrap_or_default();
            found.push((first, second));
            rest = after;
        }
    }
    found
}

/// What `file` (relative to `src/`) may not name, if anything: a message per offence.
fn offences(file: &str, source: &str) -> Vec<String> {
    let parts: Vec<&str> = file.trim_end_matches(".rs").split('/').collect();
    let own = parts[0];
    let rank = |module: &str| LAYERS.iter().position(|l| *l == module);
    let mut wrong = Vec::new();
    for (first, second) in crate_paths(source) {
        let named = format!("crate::{first}::{second}");
        if HELPERS.contains(&own) {
            if rank(&first).is_some_and(|r| r > 0) {
                wrong.push(format!("{file}: a helper names {named}"));
            }
            continue;
        }
        let (Some(mine), Some(theirs)) = (rank(own), rank(&first)) else {
            continue;
        };
        if theirs > mine {
            wrong.push(format!("{file}: {own} names {named}, a layer above it"));
        }
        if first == "features" && own == "features" && parts.len() > 2 && second != parts[1] {
            wrong.push(format!(
                "{file}: section {} names section {second} (go through crate::page)",
                parts[1]
            ));
        }
        if own == "shell" && first == "features" && !second.is_empty() {
            let root_item = second.chars().next().is_some_and(char::is_uppercase)
                || second.starts_with("provide_");
            if !root_item {
                wrong.push(format!(
                    "{file}: the shell names {named} (only the root's items)"
                ));
            }
        }
    }
    // `super::super::` climbs out of a section's folder into another.
    if own == "features" && source.contains("super::super::") && parts.len() <= 3 {
        wrong.push(format!(
            "{file}: climbs out of its section with super::super"
        ));
    }
    wrong
}

#[test]
fn no_import_runs_back_up_the_layers() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut wrong = Vec::new();
    for path in &files {
        let file = path
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if file == "lib.rs" || file == "main.rs" {
            continue;
        }
        wrong.extend(offences(&file, &fs::read_to_string(path).unwrap()));
    }
    assert!(files.len() > 50, "read only {} files", files.len());
    assert!(
        wrong.is_empty(),
        "imports that run back up:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_check_catches_each_kind_of_offence() {
    let cases = [
        (
            "shell/routes.rs",
            "use crate::features::cases::texts::CaseText;",
        ),
        ("components/card.rs", "use crate::page::routes::Page;"),
        ("api/client.rs", "use crate::state::clock::Clock;"),
        (
            "features/economy/benefit_list.rs",
            "use crate::features::cases::case_href;",
        ),
        ("date.rs", "use crate::state::clock::use_clock;"),
    ];
    for (file, line) in cases {
        assert_eq!(offences(file, line).len(), 1, "{file}: {line}");
    }
    let allowed = [
        (
            "shell/mod.rs",
            "use crate::features::{provide_sections, SectionRoutes};",
        ),
        ("features/cases/card.rs", "use crate::page::routes::Page;"),
        (
            "features/cases/list.rs",
            "use crate::features::cases::query::CaseQuery;",
        ),
        (
            "features/mod.rs",
            "use crate::state::api_settings::ApiSettings;",
        ),
        (
            "page/lazy.rs",
            "use crate::components::alert::Alert; // crate::shell::x",
        ),
    ];
    for (file, line) in allowed {
        assert!(offences(file, line).is_empty(), "{file}: {line}");
    }
}

/// An `href` in a view is the app's own path or a checked [`SafeUrl`]: an address from data
/// reaches a link only through `WebAddress::link`, never through its `raw()` text.
#[test]
fn no_address_from_data_reaches_an_href_unchecked() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut wrong = Vec::new();
    for file in files {
        let source = fs::read_to_string(&file).unwrap();
        for (number, line) in source.lines().enumerate() {
            if line.contains("href=") && line.contains(".raw()") {
                wrong.push(format!(
                    "{}:{}: {}",
                    file.display(),
                    number + 1,
                    line.trim()
                ));
            }
        }
        // Only the API layer reads an address's raw text, to show it as text.
        let in_api = file.starts_with(src.join("api"));
        if !in_api && source.contains("WebAddress {") {
            wrong.push(format!("{}: builds a WebAddress by hand", file.display()));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
