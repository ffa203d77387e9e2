//! One resource per source, all started at once so every source loads in parallel.
//! A failing source is a value (`Err(ApiError)`) that only its own section shows.

use std::future::Future;

use leptos::prelude::*;

use crate::api::{
    access_log::AccessEntry,
    benefits::{Grant, Payout},
    cases::CaseSummary,
    consents::Consent,
    debt::DebtOverview,
    digital_post::MessageHeader,
    endpoints,
    housing::Housing,
    person::Person,
    powers_of_attorney::PowerOfAttorney,
    session::Session,
    tax::TaxOverview,
    vehicles::Vehicle,
    ApiError, Client, Source, SourceInfo, Sourced,
};
use crate::state::{api_settings::ApiSettings, clock::Clock};

/// What a source has delivered: nothing yet (`None`), its data, or its error.
pub type Loaded<T> = Result<Sourced<T>, ApiError>;

/// A resource for one endpoint.
pub type SourceResource<T> = LocalResource<Loaded<T>>;

/// Every source's resource.
#[derive(Clone, Copy)]
pub struct Sources {
    pub session: SourceResource<Session>,
    pub person: SourceResource<Person>,
    pub housing: SourceResource<Housing>,
    pub cases: SourceResource<Vec<CaseSummary>>,
    pub grants: SourceResource<Vec<Grant>>,
    pub payouts: SourceResource<Vec<Payout>>,
    pub tax: SourceResource<TaxOverview>,
    pub debt: SourceResource<DebtOverview>,
    pub vehicles: SourceResource<Vec<Vehicle>>,
    pub digital_post: SourceResource<Vec<MessageHeader>>,
    pub access_log: SourceResource<Vec<AccessEntry>>,
    pub consents: SourceResource<Vec<Consent>>,
    pub powers_of_attorney: SourceResource<Vec<PowerOfAttorney>>,
}

/// A resource whose request `make` prepares (tracking what it reads) while someone is logged
/// in; logged out, it reads nothing and answers as an API does without a session (HTTP 401).
fn gated<T, Fut>(settings: ApiSettings, make: impl Fn() -> Fut + 'static) -> SourceResource<T>
where
    T: 'static,
    Fut: Future<Output = Loaded<T>> + 'static,
{
    LocalResource::new(move || {
        let request = settings.is_logged_in().then(&make);
        async move {
            match request {
                Some(request) => request.await,
                None => Err(ApiError::Http(401)),
            }
        }
    })
}

/// A resource for one endpoint, read with the current client.
fn resource<T, Fut>(settings: ApiSettings, fetch: fn(Client) -> Fut) -> SourceResource<T>
where
    T: 'static,
    Fut: Future<Output = Loaded<T>> + 'static,
{
    gated(settings, move || fetch(settings.client()))
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
        loaded.as_ref().map(|result| match result {
            Ok(sourced) => Ok(sourced.source.clone()),
            Err(error) => Err(error.clone()),
        })
    })
}

impl Sources {
    /// Where `source` stands (tracked): `None` while loading, its origin, or its error.
    pub fn status(&self, source: Source) -> Option<Result<SourceInfo, ApiError>> {
        match source {
            Source::Session => status(&self.session),
            Source::Person => status(&self.person),
            Source::Housing => status(&self.housing),
            Source::Cases => status(&self.cases),
            Source::Benefits => both(status(&self.grants), status(&self.payouts))
                .map(|result| result.map(|(info, _)| info)),
            Source::Tax => status(&self.tax),
            Source::Debt => status(&self.debt),
            Source::Vehicles => status(&self.vehicles),
            Source::DigitalPost => status(&self.digital_post),
            Source::AccessLog => status(&self.access_log),
            Source::Consents => status(&self.consents),
            Source::PowersOfAttorney => status(&self.powers_of_attorney),
        }
    }

    /// Fetches `source` again (the "Prøv igen" button).
    pub fn retry(&self, source: Source) {
        match source {
            Source::Session => self.session.refetch(),
            Source::Person => self.person.refetch(),
            Source::Housing => self.housing.refetch(),
            Source::Cases => self.cases.refetch(),
            Source::Benefits => {
                self.grants.refetch();
                self.payouts.refetch();
            }
            Source::Tax => self.tax.refetch(),
            Source::Debt => self.debt.refetch(),
            Source::Vehicles => self.vehicles.refetch(),
            Source::DigitalPost => self.digital_post.refetch(),
            Source::AccessLog => self.access_log.refetch(),
            Source::Consents => self.consents.refetch(),
            Source::PowersOfAttorney => self.powers_of_attorney.refetch(),
        }
    }

    /// A callback that fetches `source` again, for a section's retry button.
    pub fn retry_callback(self, source: Source) -> Callback<()> {
        Callback::new(move |()| self.retry(source))
    }

    /// The logged-in citizen's name, once loaded (tracked).
    pub fn user_name(&self) -> Option<String> {
        self.session
            .with(|loaded| loaded.as_ref()?.as_ref().ok().map(|s| s.data.name.clone()))
    }
}

/// Starts every source's resource and provides them as a context.
pub fn provide_sources(settings: ApiSettings, clock: Clock) -> Sources {
    let sources = Sources {
        // The session is the logged-in citizen's, whoever the app acts for.
        session: gated(settings, move || {
            let client = settings.own_client();
            async move { endpoints::fetch_session(&client).await }
        }),
        // Whether an address is protected depends on the scenario's today.
        person: gated(settings, move || {
            let (client, today) = (settings.client(), clock.today());
            async move { endpoints::fetch_person(&client, today).await }
        }),
        housing: resource(
            settings,
            |c| async move { endpoints::fetch_housing(&c).await },
        ),
        cases: resource(
            settings,
            |c| async move { endpoints::fetch_cases(&c).await },
        ),
        grants: resource(
            settings,
            |c| async move { endpoints::fetch_grants(&c).await },
        ),
        payouts: resource(
            settings,
            |c| async move { endpoints::fetch_payouts(&c).await },
        ),
        tax: resource(settings, |c| async move { endpoints::fetch_tax(&c).await }),
        debt: resource(settings, |c| async move { endpoints::fetch_debt(&c).await }),
        vehicles: resource(
            settings,
            |c| async move { endpoints::fetch_vehicles(&c).await },
        ),
        digital_post: resource(settings, |c| async move {
            endpoints::fetch_digital_post(&c).await
        }),
        access_log: resource(settings, |c| async move {
            endpoints::fetch_access_log(&c).await
        }),
        consents: resource(
            settings,
            |c| async move { endpoints::fetch_consents(&c).await },
        ),
        powers_of_attorney: resource(settings, |c| async move {
            endpoints::fetch_powers_of_attorney(&c).await
        }),
    };
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
