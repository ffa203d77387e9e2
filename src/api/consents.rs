//! Consents (Digitalt Samtykke).

use serde::{Deserialize, Serialize};

use super::access_log::DataItem;
use super::common::Organisation;

/// Where a consent stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConsentStatus {
    #[serde(rename = "aktiv")]
    Active,
    #[serde(rename = "tilbagekaldt")]
    Withdrawn,
    #[serde(rename = "udloebet")]
    Expired,
}

/// A consent the citizen has given: which data goes from whom to whom, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    pub id: String,
    /// The authority that asked and receives the data.
    #[serde(rename = "til")]
    pub to: Organisation,
    /// The authority that holds the data and passes it on.
    #[serde(rename = "fra")]
    pub from: Organisation,
    /// The data items the consent covers.
    pub data: Vec<DataItem>,
    #[serde(rename = "formaal")]
    pub purpose: String,
    /// The legal basis the data is collected under with the consent (the `henvisning` of
    /// `legal_basis_id`).
    #[serde(rename = "hjemmel", default, skip_serializing_if = "Option::is_none")]
    pub legal_basis: Option<String>,
    /// The legal basis in the controlled list `/api/hjemler.json`.
    #[serde(rename = "hjemmelId", default, skip_serializing_if = "Option::is_none")]
    pub legal_basis_id: Option<String>,
    /// ISO date given.
    #[serde(rename = "afgivet")]
    pub given: String,
    #[serde(rename = "udloeber")]
    pub expires: Option<String>,
    #[serde(rename = "tilbagekaldt")]
    pub withdrawn: Option<String>,
    pub status: ConsentStatus,
}
