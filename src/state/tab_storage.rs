//! Settings that start from a start link (`super::start_link`) and are kept for the browser tab
//! (sessionStorage), so a link like `?persona=pensionist` holds while the user navigates.

use leptos::prelude::*;

use super::start_link::start_param;
use super::storage_keys::{APP_PREFIX, FACILITATOR_PREFIX};

/// The value of start-link parameter `name` if the tab's start address set it (then remembered
/// under `key`), else the value remembered under `key` earlier in this tab.
pub fn tab_param(name: &str, key: &str) -> Option<String> {
    match start_param(name) {
        Some(value) => {
            remember(key, &value);
            Some(value)
        }
        None => recall(key),
    }
}

/// Remembers `value` under `key` for this tab.
pub fn remember(key: &str, value: &str) {
    try_remember(key, value);
}

/// Remembers `value` under `key` for this tab; whether it could (the tab's storage may be full).
pub fn try_remember(key: &str, value: &str) -> bool {
    session_storage().is_some_and(|storage| storage.set_item(key, value).is_ok())
}

/// The value remembered under `key` in this tab.
pub fn recall(key: &str) -> Option<String> {
    session_storage()?.get_item(key).ok().flatten()
}

fn session_storage() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}

/// Forgets what was remembered under `key` in this tab.
pub fn forget(key: &str) {
    if let Some(storage) = session_storage() {
        let _ = storage.remove_item(key);
    }
}

/// The value of start-link parameter `name`, without remembering it.
pub fn address_param(name: &str) -> Option<String> {
    start_param(name)
}

/// Ends the session's storage: everything in sessionStorage and this app's localStorage goes,
/// except the facilitator's setup (`keep_setup`) — so without a test set up, both are empty.
pub fn clear_storage(keep_setup: bool) {
    if let Some(storage) = session_storage() {
        for key in keys(&storage) {
            if !(keep_setup && key.starts_with(FACILITATOR_PREFIX)) {
                let _ = storage.remove_item(&key);
            }
        }
    }
    if let Some(storage) = window().local_storage().ok().flatten() {
        for key in keys(&storage).filter(|key| key.starts_with(APP_PREFIX)) {
            let _ = storage.remove_item(&key);
        }
    }
}

/// Everything remembered in this tab under a key starting with `prefix`: (the rest of the key,
/// the value).
pub fn recall_prefix(prefix: &str) -> Vec<(String, String)> {
    let Some(storage) = session_storage() else {
        return Vec::new();
    };
    keys(&storage)
        .filter_map(|key| {
            let value = storage.get_item(&key).ok().flatten()?;
            Some((key.strip_prefix(prefix)?.to_owned(), value))
        })
        .collect()
}

/// Forgets every key in this tab that starts with `prefix`.
pub fn forget_prefix(prefix: &str) {
    if let Some(storage) = session_storage() {
        for key in keys(&storage).filter(|key| key.starts_with(prefix)) {
            let _ = storage.remove_item(&key);
        }
    }
}

/// The storage's keys, read before any is removed.
fn keys(storage: &web_sys::Storage) -> impl Iterator<Item = String> {
    let count = storage.length().unwrap_or(0);
    let keys: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .collect();
    keys.into_iter()
}
