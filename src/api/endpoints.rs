//! One typed async function per endpoint of the contract.

use serde::{de::DeserializeOwned, Deserialize, Serialize};

use super::access_log::AccessEntry;
use super::benefits::{Grant, Payout};
use super::cases::{visible_cases, CaseDetail, CaseSummary, Visibility};
use super::client::{decode, decode_envelope, get, get_plain, Client};
use super::config::{is_case_id, Endpoint};
use super::consents::Consent;
use super::debt::DebtOverview;
use super::digital_post::MessageHeader;
use super::envelope::Sourced;
use super::error::ApiError;
use super::housing::Housing;
use super::person::Person;
use super::powers_of_attorney::PowerOfAttorney;
use super::session::Session;
use super::tax::TaxOverview;
use super::vehicles::Vehicle;
use crate::date::Date;

/// A persona of the mock: a made-up citizen whose data the app can show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Persona {
    pub id: String,
    #[serde(rename = "navn")]
    pub name: String,
    /// What the persona exercises, in Danish.
    #[serde(rename = "beskrivelse")]
    pub description: String,
    /// The same in English.
    #[serde(rename = "beskrivelseEn")]
    pub description_en: String,
}

/// The mock's persona index.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonaIndex {
    pub personas: Vec<Persona>,
}

/// Checks that `body` decodes as `endpoint`'s answer, the envelope and its model (a source that
/// reports an error is [`ApiError::Source`]). For checking data the app did not fetch itself: a
/// scenario file, the fixtures.
pub fn check_body(endpoint: &Endpoint, body: &str) -> Result<(), ApiError> {
    fn model<T: DeserializeOwned>(body: &str) -> Result<(), ApiError> {
        decode_envelope::<T>(body).map(drop)
    }
    match endpoint {
        Endpoint::Personas => decode::<PersonaIndex>(body).map(drop),
        Endpoint::Session => model::<Session>(body),
        Endpoint::Person => model::<Person>(body),
        Endpoint::Housing => model::<Housing>(body),
        Endpoint::Cases => model::<Vec<CaseSummary>>(body),
        Endpoint::Case(_) => model::<CaseDetail>(body),
        Endpoint::Grants => model::<Vec<Grant>>(body),
        Endpoint::Payouts => model::<Vec<Payout>>(body),
        Endpoint::Tax => model::<TaxOverview>(body),
        Endpoint::Debt => model::<DebtOverview>(body),
        Endpoint::Vehicles => model::<Vec<Vehicle>>(body),
        Endpoint::DigitalPost => model::<Vec<MessageHeader>>(body),
        Endpoint::AccessLog => model::<Vec<AccessEntry>>(body),
        Endpoint::Consents => model::<Vec<Consent>>(body),
        Endpoint::PowersOfAttorney => model::<Vec<PowerOfAttorney>>(body),
    }
}

/// `GET /personas` (mock only).
pub async fn fetch_personas(client: &Client) -> Result<PersonaIndex, ApiError> {
    get_plain(client, Endpoint::Personas).await
}

/// `GET /session`: who is logged in (NemLog-in).
pub async fn fetch_session(client: &Client) -> Result<Sourced<Session>, ApiError> {
    get(client, Endpoint::Session).await
}

/// `GET /person`: CPR data, without an address protected on `today` even if the backend sent one.
pub async fn fetch_person(client: &Client, today: Date) -> Result<Sourced<Person>, ApiError> {
    let sourced: Sourced<Person> = get(client, Endpoint::Person).await?;
    let today = today.to_string();
    Ok(Sourced {
        source: sourced.source,
        data: sourced.data.without_protected(&today),
    })
}

/// `GET /bolig`: BBR/DAR housing data, without a protected address even if the backend sent one.
pub async fn fetch_housing(client: &Client) -> Result<Sourced<Housing>, ApiError> {
    let sourced: Sourced<Housing> = get(client, Endpoint::Housing).await?;
    Ok(Sourced {
        source: sourced.source,
        data: sourced.data.without_protected(),
    })
}

/// `GET /sager`: the citizen's cases, without those hidden from the citizen.
pub async fn fetch_cases(client: &Client) -> Result<Sourced<Vec<CaseSummary>>, ApiError> {
    let sourced: Sourced<Vec<CaseSummary>> = get(client, Endpoint::Cases).await?;
    Ok(Sourced {
        source: sourced.source,
        data: visible_cases(sourced.data),
    })
}

/// `GET /sager/{id}`: one case; an invalid id or a hidden case is [`ApiError::NotFound`].
pub async fn fetch_case(client: &Client, id: &str) -> Result<Sourced<CaseDetail>, ApiError> {
    if !is_case_id(id) {
        return Err(ApiError::NotFound);
    }
    let sourced: Sourced<CaseDetail> = get(client, Endpoint::Case(id.to_owned())).await?;
    if sourced.data.case.visibility != Visibility::Citizen {
        return Err(ApiError::NotFound);
    }
    Ok(sourced)
}

/// `GET /ydelser`: granted benefits (Ydelsesindeks).
pub async fn fetch_grants(client: &Client) -> Result<Sourced<Vec<Grant>>, ApiError> {
    get(client, Endpoint::Grants).await
}

/// `GET /udbetalinger`: payouts of all grants (Ydelsesindeks).
pub async fn fetch_payouts(client: &Client) -> Result<Sourced<Vec<Payout>>, ApiError> {
    get(client, Endpoint::Payouts).await
}

/// `GET /skat`: tax card and assessments.
pub async fn fetch_tax(client: &Client) -> Result<Sourced<TaxOverview>, ApiError> {
    get(client, Endpoint::Tax).await
}

/// `GET /gaeld`: public debt.
pub async fn fetch_debt(client: &Client) -> Result<Sourced<DebtOverview>, ApiError> {
    get(client, Endpoint::Debt).await
}

/// `GET /koeretoejer`: registered vehicles.
pub async fn fetch_vehicles(client: &Client) -> Result<Sourced<Vec<Vehicle>>, ApiError> {
    get(client, Endpoint::Vehicles).await
}

/// `GET /digital-post`: message headers.
pub async fn fetch_digital_post(client: &Client) -> Result<Sourced<Vec<MessageHeader>>, ApiError> {
    get(client, Endpoint::DigitalPost).await
}

/// `GET /adgangslog`: who looked up the citizen's data.
pub async fn fetch_access_log(client: &Client) -> Result<Sourced<Vec<AccessEntry>>, ApiError> {
    get(client, Endpoint::AccessLog).await
}

/// `GET /samtykker`: consents.
pub async fn fetch_consents(client: &Client) -> Result<Sourced<Vec<Consent>>, ApiError> {
    get(client, Endpoint::Consents).await
}

/// `GET /fuldmagter`: powers of attorney.
pub async fn fetch_powers_of_attorney(
    client: &Client,
) -> Result<Sourced<Vec<PowerOfAttorney>>, ApiError> {
    get(client, Endpoint::PowersOfAttorney).await
}
