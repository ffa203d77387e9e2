//! A loaded scenario file, served as the API would serve it. The toolkit keeps the file's
//! endpoints in sessionStorage (the tab's session only); this transport answers a request for
//! the scenario's persona from there, or — when the scenario borrows a built-in persona's data —
//! from that persona's endpoints. Every other request passes through.

use std::rc::Rc;

use crate::api::{ApiError, LocalFuture, Source, Transport};
use crate::state::tab_storage::recall;

use crate::state::storage_keys as keys;

/// Where the body of endpoint `path` (e.g. `sager/<id>`) is stored.
pub fn endpoint_key(path: &str) -> String {
    format!("{}/{path}", keys::SCENARIO_PREFIX)
}

/// Serves the loaded scenario's persona; passes everything else to `inner`.
pub struct Stored {
    /// The API's base URL (requests are `{base}/{persona}/{path}.json`).
    pub base: String,
    pub inner: Rc<dyn Transport>,
}

impl Transport for Stored {
    fn get(
        &self,
        url: String,
        source: Option<Source>,
        timeout_ms: u32,
    ) -> LocalFuture<Result<String, ApiError>> {
        let rest = recall(keys::SCENARIO_ID).and_then(|id| {
            url.strip_prefix(&format!("{}/{id}/", self.base))
                .map(str::to_owned)
        });
        let Some(rest) = rest else {
            return self.inner.get(url, source, timeout_ms);
        };
        if let Some(persona) = recall(keys::SCENARIO_PERSONA) {
            let url = format!("{}/{persona}/{rest}", self.base);
            return self.inner.get(url, source, timeout_ms);
        }
        let path = rest.strip_suffix(".json").unwrap_or(&rest);
        let body = recall(&endpoint_key(path)).ok_or(ApiError::NotFound);
        Box::pin(async move { body })
    }
}
