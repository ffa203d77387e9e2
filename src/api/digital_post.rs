//! Digital Post (NgDP): message headers only, never contents.

use serde::{Deserialize, Serialize};

use super::common::Organisation;

/// A message header in the citizen's Digital Post.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MessageHeader {
    /// MeMo messageUUID.
    pub id: String,
    #[serde(rename = "emne")]
    pub subject: String,
    #[serde(rename = "afsender")]
    pub sender: Organisation,
    /// ISO date-time received.
    #[serde(rename = "modtaget")]
    pub received: String,
    #[serde(rename = "laest")]
    pub read: bool,
}
