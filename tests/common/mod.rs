//! What the native test files share: where the fixtures are, reading them, and the mock's dates.
#![allow(dead_code)] // each test file uses its own part

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// The mock data's reference date: "today" in every fixture.
pub const REFERENCE: &str = "2026-11-24";
/// The access log's window: the two years before the reference date.
pub const WINDOW_FROM: &str = "2024-11-25";

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `public/api/v1/mock`: one folder per persona.
pub fn mock_dir() -> PathBuf {
    root().join("public/api/v1/mock")
}

pub fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

pub fn json(path: &Path) -> Value {
    serde_json::from_str(&read(path)).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

/// Every persona's id (a folder of the mock), sorted.
pub fn personas() -> Vec<String> {
    let mut ids: Vec<String> = fs::read_dir(mock_dir())
        .unwrap()
        .filter_map(|entry| {
            let entry = entry.unwrap();
            entry
                .file_type()
                .unwrap()
                .is_dir()
                .then(|| entry.file_name().into_string().unwrap())
        })
        .collect();
    ids.sort();
    ids
}
