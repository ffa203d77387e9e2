//! The seam between the client and the network. The app reads over [`Http`]; the UX toolkit can
//! put a transport in front of it that adds latency or forces failures, without the client or
//! the endpoints knowing.

use std::future::Future;
use std::pin::Pin;

use futures::future::{select, Either};
use gloo_timers::future::TimeoutFuture;

use super::error::ApiError;
use super::source_table::Source;

/// A boxed future that stays on the browser's one thread.
pub type LocalFuture<T> = Pin<Box<dyn Future<Output = T>>>;

/// How a request reaches its source.
pub trait Transport {
    /// Reads the body at `url`, which belongs to `source` (none for the mock's persona index),
    /// giving up after `timeout_ms`.
    fn get(
        &self,
        url: String,
        source: Option<Source>,
        timeout_ms: u32,
    ) -> LocalFuture<Result<String, ApiError>>;
}

/// The real thing: `fetch` with a time limit.
#[derive(Clone, Copy, Debug, Default)]
pub struct Http;

impl Transport for Http {
    fn get(
        &self,
        url: String,
        _source: Option<Source>,
        timeout_ms: u32,
    ) -> LocalFuture<Result<String, ApiError>> {
        Box::pin(async move {
            let request = Box::pin(async move {
                let response = gloo_net::http::Request::get(&url)
                    .send()
                    .await
                    .map_err(|err| ApiError::Network(err.to_string()))?;
                if let Some(error) = ApiError::from_status(response.status()) {
                    return Err(error);
                }
                response
                    .text()
                    .await
                    .map_err(|err| ApiError::Network(err.to_string()))
            });
            match select(request, TimeoutFuture::new(timeout_ms)).await {
                Either::Left((result, _)) => result,
                Either::Right(_) => Err(ApiError::Timeout),
            }
        })
    }
}
