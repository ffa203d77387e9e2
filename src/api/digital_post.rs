//! Digital Post (NgDP): message headers only, never contents.

use serde::{Deserialize, Serialize};

use super::web_address::WebAddress;

use super::common::Organisation;

/// A message header in the citizen's Digital Post.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
    /// How many attachments the letter has.
    #[serde(rename = "antalBilag")]
    pub attachments: u16,
    /// Where the letter is read (the Digital Post mailbox); this app never shows contents.
    #[serde(rename = "laesHer")]
    pub read_at: WebAddress,
}
