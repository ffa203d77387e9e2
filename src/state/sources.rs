//! One resource per source, all started at once so every source loads in parallel.
//! A failing source is a value (`Err(ApiError)`) that only its own section shows.

use std::future::Future;
use std::marker::PhantomData;
use std::rc::Rc;

use leptos::prelude::*;

use crate::api::source_table::{AnyAnswer, Reader};
use crate::api::{fetch, ApiError, Endpoint, LocalFuture, Source, SourceInfo, Sourced};
use crate::state::{api_settings::ApiSettings, clock::Clock};

/// What a source has delivered: nothing yet (`None`), its data, or its error.
pub type Loaded<T> = Result<Sourced<T>, ApiError>;

/// A resource for one endpoint's answer (or one case's detail), typed by its model.
///
/// Every such resource has the same inner type — the answer behind `Rc<dyn Any>`, the request a
/// boxed future — so the reactive graph's async machinery is compiled once for all of them
/// rather than once per model (15 copies in the first view before).
pub struct SourceResource<T> {
    inner: LocalResource<AnyAnswer>,
    model: PhantomData<fn() -> Loaded<T>>,
}

impl<T> Clone for SourceResource<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for SourceResource<T> {}

impl<T: 'static> SourceResource<T> {
    /// A resource whose request `make` prepares (tracking what it reads).
    pub fn new<Fut>(make: impl Fn() -> Fut + 'static) -> SourceResource<T>
    where
        Fut: Future<Output = Loaded<T>> + 'static,
    {
        SourceResource {
            inner: erased(Box::new(move || {
                let request = make();
                Box::pin(async move { Rc::new(request.await) as AnyAnswer })
            })),
            model: PhantomData,
        }
    }

    /// The resource of one endpoint of the source table, read with `read` while someone is
    /// logged in (with the logged-in user's own client for a source that needs no scope, the
    /// session; else whoever the app acts for) on the scenario's day. Logged out, it reads
    /// nothing and answers as an API does without a session (HTTP 401). Not generic but for its
    /// type: every endpoint shares one request future.
    fn of_endpoint(
        settings: ApiSettings,
        clock: Clock,
        endpoint: Endpoint,
        read: Reader,
    ) -> SourceResource<T> {
        SourceResource {
            inner: endpoint_resource(settings, clock, endpoint, read),
            model: PhantomData,
        }
    }

    /// Reads the answer (tracked): `None` while loading.
    pub fn with<R>(&self, f: impl FnOnce(Option<&Loaded<T>>) -> R) -> R {
        self.inner.with(|value| f(typed(value)))
    }

    /// Reads the answer without tracking it.
    pub fn with_untracked<R>(&self, f: impl FnOnce(Option<&Loaded<T>>) -> R) -> R {
        self.inner.with_untracked(|value| f(typed(value)))
    }

    /// Asks again.
    pub fn refetch(&self) {
        self.inner.refetch();
    }
}

impl<T: Clone + 'static> SourceResource<T> {
    /// The answer (tracked, cloned): `None` while loading.
    pub fn get(&self) -> Option<Loaded<T>> {
        self.with(|loaded| loaded.cloned())
    }
}

/// The one resource type behind every [`SourceResource`]: not generic, so compiled once.
fn erased(fetch: Box<dyn Fn() -> LocalFuture<AnyAnswer>>) -> LocalResource<AnyAnswer> {
    LocalResource::new(fetch)
}

/// See [`SourceResource::of_endpoint`].
fn endpoint_resource(
    settings: ApiSettings,
    clock: Clock,
    endpoint: Endpoint,
    read: Reader,
) -> LocalResource<AnyAnswer> {
    let source = endpoint.source();
    erased(Box::new(move || {
        let today = clock.today();
        let client = source.and_then(|source| settings.logged_in_client_for(source));
        let endpoint = endpoint.clone();
        Box::pin(async move {
            let body = match client {
                Some(client) => client.body(&endpoint).await,
                None => Err(ApiError::Http(401)),
            };
            read(body, today).await
        })
    }))
}

/// The answer in `value`, as the model it was made for.
fn typed<T: 'static>(value: &Option<AnyAnswer>) -> Option<&Loaded<T>> {
    value.as_ref()?.downcast_ref::<Loaded<T>>()
}

/// Defines [`Sources`] from the source table (`crate::api::source_table`): one resource per
/// endpoint, each endpoint's status and retry, its answer for the download, and the resources
/// started for the current client.
macro_rules! define_source_state {
    ($(
        $source:ident $id:literal $scope:expr => [
            $( $endpoint:ident $field:ident $path:literal: $model:ty => $schema:literal $tidy:ident $reader:ident, )+
        ];
    )+) => {
        /// Every endpoint's resource, one field each (named in the source table).
        #[derive(Clone, Copy)]
        pub struct Sources {
            $( $( pub $field: SourceResource<$model>, )+ )+
        }

        impl Sources {
            /// Where one endpoint stands (tracked); `None` while loading or for an endpoint
            /// that has no resource (the persona index, a case's detail).
            fn endpoint_status(&self, endpoint: &Endpoint) -> Option<Result<SourceInfo, ApiError>> {
                match endpoint {
                    $( $( Endpoint::$endpoint => status(&self.$field), )+ )+
                    Endpoint::Personas | Endpoint::LegalBases | Endpoint::Case(_) => None,
                }
            }

            /// Fetches one endpoint again.
            fn refetch(&self, endpoint: &Endpoint) {
                match endpoint {
                    $( $( Endpoint::$endpoint => self.$field.refetch(), )+ )+
                    Endpoint::Personas | Endpoint::LegalBases | Endpoint::Case(_) => {}
                }
            }

            /// Every endpoint's answer as it stands (untracked), for the download: its data as
            /// JSON with its origin, or its error; `None` while any endpoint is still loading.
            pub fn answers(&self) -> Option<Vec<(Endpoint, Answer)>> {
                Some(vec![
                    $( $( (Endpoint::$endpoint, self.$field.with_untracked(answer)?), )+ )+
                ])
            }
        }

        /// Starts every endpoint's resource.
        fn start(settings: ApiSettings, clock: Clock) -> Sources {
            Sources {
                $( $(
                    $field: SourceResource::of_endpoint(settings, clock, Endpoint::$endpoint, fetch::$field),
                )+ )+
            }
        }
    };
}

crate::source_table!(define_source_state);

/// An endpoint's answer for the download: its origin and its data as JSON, or its error.
pub type Answer = Result<(SourceInfo, serde_json::Value), ApiError>;

/// What `loaded` holds, as an [`Answer`]; `None` while loading.
pub fn answer<T: serde::Serialize>(loaded: Option<&Loaded<T>>) -> Option<Answer> {
    Some(match loaded? {
        Ok(sourced) => Ok((
            sourced.source.clone(),
            serde_json::to_value(&sourced.data).unwrap_or(serde_json::Value::Null),
        )),
        Err(error) => Err(error.clone()),
    })
}

/// Two answers of one source as one: its error as soon as either fails, loading (`None`) until
/// both have answered (the benefit index answers on `ydelser` and `udbetalinger`).
pub fn both<A, B>(
    a: Option<Result<A, ApiError>>,
    b: Option<Result<B, ApiError>>,
) -> Option<Result<(A, B), ApiError>> {
    match (a, b) {
        (Some(Err(error)), _) | (_, Some(Err(error))) => Some(Err(error)),
        (Some(Ok(a)), Some(Ok(b))) => Some(Ok((a, b))),
        _ => None,
    }
}

/// The status of a source: `None` while loading.
fn status<T: 'static>(resource: &SourceResource<T>) -> Option<Result<SourceInfo, ApiError>> {
    resource.with(|loaded| {
        loaded.map(|result| match result {
            Ok(sourced) => Ok(sourced.source.clone()),
            Err(error) => Err(error.clone()),
        })
    })
}

impl Sources {
    /// Where `source` stands (tracked): its error as soon as any of its endpoints fails,
    /// loading (`None`) until all have answered, then the first endpoint's origin.
    pub fn status(&self, source: Source) -> Option<Result<SourceInfo, ApiError>> {
        let mut first = None;
        let mut loading = false;
        for endpoint in source.endpoints() {
            match self.endpoint_status(endpoint) {
                Some(Err(error)) => return Some(Err(error)),
                Some(Ok(info)) => {
                    first.get_or_insert(info);
                }
                None => loading = true,
            }
        }
        if loading {
            None
        } else {
            first.map(Ok)
        }
    }

    /// Fetches `source` again (the "Prøv igen" button): every endpoint it answers on.
    pub fn retry(&self, source: Source) {
        for endpoint in source.endpoints() {
            self.refetch(endpoint);
        }
    }

    /// A callback that fetches `source` again, for a section's retry button.
    pub fn retry_callback(self, source: Source) -> Callback<()> {
        Callback::new(move |()| self.retry(source))
    }

    /// The logged-in citizen's name, once loaded (tracked).
    pub fn user_name(&self) -> Option<String> {
        self.session
            .with(|loaded| loaded?.as_ref().ok().map(|s| s.data.name.clone()))
    }
}

/// Starts every source's resource and provides them as a context.
pub fn provide_sources(settings: ApiSettings, clock: Clock) -> Sources {
    let sources = start(settings, clock);
    provide_context(sources);
    sources
}

/// The sources context provided by [`provide_sources`].
pub fn use_sources() -> Sources {
    expect_context::<Sources>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_answers_fail_with_either_and_load_until_both_are_in() {
        let error = || ApiError::Timeout;
        assert_eq!(both::<u8, u8>(None, None), None);
        assert_eq!(both::<u8, u8>(Some(Ok(1)), None), None);
        assert_eq!(both::<u8, u8>(None, Some(Err(error()))), Some(Err(error())));
        assert_eq!(
            both::<u8, u8>(Some(Err(error())), Some(Ok(2))),
            Some(Err(error()))
        );
        assert_eq!(both::<u8, u8>(Some(Ok(1)), Some(Ok(2))), Some(Ok((1, 2))));
    }
}
