//! The envelope every response comes in: the data, or a source-level error, and its source.

use serde::{Deserialize, Serialize};

use super::web_address::WebAddress;

/// Where a response's data came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceInfo {
    /// The authority that owns the data, e.g. "Udbetaling Danmark".
    #[serde(rename = "myndighed")]
    pub authority: String,
    /// The authority's CVR number (8 digits).
    pub cvr: String,
    /// The register or system, e.g. "CPR".
    pub register: String,
    /// When the data was fetched from the source (ISO 8601 with offset).
    #[serde(rename = "hentet")]
    pub fetched_at: String,
    /// Whom the citizen contacts to have an error in the data corrected.
    #[serde(rename = "kontakt")]
    pub contact: Contact,
}

/// Where to turn to correct the data: an organisation and its web address.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    /// E.g. "Borgerservice, Vejle Kommune".
    #[serde(rename = "navn")]
    pub name: String,
    /// An `https://` address (a link only if it is one, see [`WebAddress`]).
    pub web: WebAddress,
}

/// A source-level error reported inside the envelope instead of data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceFault {
    /// A machine-readable code, e.g. `KILDE_UTILGAENGELIG`.
    #[serde(rename = "kode")]
    pub code: String,
    /// A short explanation from the source, in Danish.
    #[serde(rename = "tekst")]
    pub text: String,
}

/// The wire envelope.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct Envelope<T> {
    #[serde(rename = "kilde")]
    pub source: SourceInfo,
    pub data: Option<T>,
    #[serde(rename = "fejl")]
    pub fault: Option<SourceFault>,
}

/// Data together with the source it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct Sourced<T> {
    pub source: SourceInfo,
    pub data: T,
}
