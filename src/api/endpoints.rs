//! The reads that are not one of the source table's (`source_table::fetch`): the mock's
//! persona index, the controlled list of legal bases, and one case's detail by its id.

use serde::{Deserialize, Serialize};

use super::access_log::LegalBases;
use super::cases::{CaseDetail, Visibility};
use super::client::{get, get_plain, Client};
use super::envelope::Sourced;
use super::error::ApiError;
use super::source_table::{is_uuid, Endpoint};

/// A persona of the mock: a made-up citizen whose data the app can show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
pub struct PersonaIndex {
    pub personas: Vec<Persona>,
}

/// `GET /personas` (mock only).
pub async fn fetch_personas(client: &Client) -> Result<PersonaIndex, ApiError> {
    get_plain(client, Endpoint::Personas).await
}

/// `GET /sager/{id}`: one case; an invalid id or a hidden case is [`ApiError::NotFound`].
pub async fn fetch_case(client: &Client, id: &str) -> Result<Sourced<CaseDetail>, ApiError> {
    if !is_uuid(id) {
        return Err(ApiError::NotFound);
    }
    let sourced: Sourced<CaseDetail> = get(client, Endpoint::Case(id.to_owned())).await?;
    if sourced.data.case.visibility != Visibility::Citizen {
        return Err(ApiError::NotFound);
    }
    Ok(sourced)
}

/// `GET /api/hjemler.json`: the controlled list of legal bases the access log, cases and
/// consents refer to.
pub async fn fetch_legal_bases(client: &Client) -> Result<LegalBases, ApiError> {
    get_plain(client, Endpoint::LegalBases).await
}
