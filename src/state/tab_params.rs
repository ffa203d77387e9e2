//! Settings that start from the address and are kept for the browser tab (sessionStorage), so a
//! start link like `?persona=pensionist` holds while the user navigates.

use leptos::prelude::*;

/// The value of query parameter `name` if the address has one (then remembered under `key`),
/// else the value remembered under `key` earlier in this tab.
pub fn tab_param(name: &str, key: &str) -> Option<String> {
    let search = window().location().search().unwrap_or_default();
    let from_address = web_sys::UrlSearchParams::new_with_str(&search)
        .ok()
        .and_then(|params| params.get(name));
    match from_address {
        Some(value) => {
            remember(key, &value);
            Some(value)
        }
        None => recall(key),
    }
}

/// Remembers `value` under `key` for this tab.
pub fn remember(key: &str, value: &str) {
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(key, value);
    }
}

/// The value remembered under `key` in this tab.
pub fn recall(key: &str) -> Option<String> {
    session_storage()?.get_item(key).ok().flatten()
}

fn session_storage() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}
