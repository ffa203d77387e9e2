//! One typed async function per endpoint of the contract.

use serde::{Deserialize, Serialize};

use super::access_log::AccessEntry;
use super::benefits::{Grant, Payout};
use super::cases::{visible_cases, CaseDetail, CaseSummary, Visibility};
use super::client::{get, get_plain};
use super::config::{is_case_id, ApiConfig, Endpoint};
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

/// `GET /personas` (mock only).
pub async fn fetch_personas(config: &ApiConfig) -> Result<PersonaIndex, ApiError> {
    get_plain(config, Endpoint::Personas).await
}

/// `GET /session`: who is logged in (NemLog-in).
pub async fn fetch_session(config: &ApiConfig) -> Result<Sourced<Session>, ApiError> {
    get(config, Endpoint::Session).await
}

/// `GET /person`: CPR data.
pub async fn fetch_person(config: &ApiConfig) -> Result<Sourced<Person>, ApiError> {
    get(config, Endpoint::Person).await
}

/// `GET /bolig`: BBR/DAR housing data.
pub async fn fetch_housing(config: &ApiConfig) -> Result<Sourced<Housing>, ApiError> {
    get(config, Endpoint::Housing).await
}

/// `GET /sager`: the citizen's cases, without those hidden from the citizen.
pub async fn fetch_cases(config: &ApiConfig) -> Result<Sourced<Vec<CaseSummary>>, ApiError> {
    let sourced: Sourced<Vec<CaseSummary>> = get(config, Endpoint::Cases).await?;
    Ok(Sourced {
        source: sourced.source,
        data: visible_cases(sourced.data),
    })
}

/// `GET /sager/{id}`: one case; an invalid id or a hidden case is [`ApiError::NotFound`].
pub async fn fetch_case(config: &ApiConfig, id: &str) -> Result<Sourced<CaseDetail>, ApiError> {
    if !is_case_id(id) {
        return Err(ApiError::NotFound);
    }
    let sourced: Sourced<CaseDetail> = get(config, Endpoint::Case(id.to_owned())).await?;
    if sourced.data.case.visibility != Visibility::Citizen {
        return Err(ApiError::NotFound);
    }
    Ok(sourced)
}

/// `GET /ydelser`: granted benefits (Ydelsesindeks).
pub async fn fetch_grants(config: &ApiConfig) -> Result<Sourced<Vec<Grant>>, ApiError> {
    get(config, Endpoint::Grants).await
}

/// `GET /udbetalinger`: payouts of all grants (Ydelsesindeks).
pub async fn fetch_payouts(config: &ApiConfig) -> Result<Sourced<Vec<Payout>>, ApiError> {
    get(config, Endpoint::Payouts).await
}

/// `GET /skat`: tax card and assessments.
pub async fn fetch_tax(config: &ApiConfig) -> Result<Sourced<TaxOverview>, ApiError> {
    get(config, Endpoint::Tax).await
}

/// `GET /gaeld`: public debt.
pub async fn fetch_debt(config: &ApiConfig) -> Result<Sourced<DebtOverview>, ApiError> {
    get(config, Endpoint::Debt).await
}

/// `GET /koeretoejer`: registered vehicles.
pub async fn fetch_vehicles(config: &ApiConfig) -> Result<Sourced<Vec<Vehicle>>, ApiError> {
    get(config, Endpoint::Vehicles).await
}

/// `GET /digital-post`: message headers.
pub async fn fetch_digital_post(
    config: &ApiConfig,
) -> Result<Sourced<Vec<MessageHeader>>, ApiError> {
    get(config, Endpoint::DigitalPost).await
}

/// `GET /adgangslog`: who looked up the citizen's data.
pub async fn fetch_access_log(config: &ApiConfig) -> Result<Sourced<Vec<AccessEntry>>, ApiError> {
    get(config, Endpoint::AccessLog).await
}

/// `GET /samtykker`: consents.
pub async fn fetch_consents(config: &ApiConfig) -> Result<Sourced<Vec<Consent>>, ApiError> {
    get(config, Endpoint::Consents).await
}

/// `GET /fuldmagter`: powers of attorney.
pub async fn fetch_powers_of_attorney(
    config: &ApiConfig,
) -> Result<Sourced<Vec<PowerOfAttorney>>, ApiError> {
    get(config, Endpoint::PowersOfAttorney).await
}
