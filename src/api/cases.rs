//! Cases (Fælleskommunalt Sags- og Dokumentindeks, SF1470 / OIO Sag).
//!
//! Cases marked "Visning undtaget for borger" are dropped here, in the client, so no other
//! module can show or count them.

use serde::{Deserialize, Serialize};

use super::web_address::WebAddress;

use super::common::Authority;
use crate::date::Date;

/// OIO Sag progress code (`FremdriftStatusKode`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ProgressCode {
    /// The case has been created (received).
    Opstaaet,
    /// The case has been investigated (under consideration).
    Oplyst,
    /// A decision has been made.
    Afgjort,
    /// The case is closed.
    Afsluttet,
    /// A code this client does not know (a newer OIO Sag code): shown as "ukendt", so one new
    /// code never takes the case list down. No authority sends it (its wire name is not a code).
    #[serde(rename = "(ukendt fremdrift)", other)]
    Ukendt,
}

impl ProgressCode {
    /// All codes in the order a case passes through them.
    pub const ALL: [ProgressCode; 4] = [
        ProgressCode::Opstaaet,
        ProgressCode::Oplyst,
        ProgressCode::Afgjort,
        ProgressCode::Afsluttet,
    ];
}

/// Where a case may be shown (OIO Sag `Visningsklasse`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Visibility {
    /// Shown to the citizen.
    #[serde(rename = "borger")]
    Citizen,
    /// "Visning undtaget for borger": never shown, never counted. A class this client does not
    /// know is read as this one: when in doubt, a case is not shown.
    #[serde(rename = "undtagetBorger", other)]
    HiddenFromCitizen,
}

/// A KLE subject with its action facet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Kle {
    /// `NN.NN.NN`, e.g. `15.17.06`.
    #[serde(rename = "nummer")]
    pub number: String,
    #[serde(rename = "titel")]
    pub title: String,
    #[serde(rename = "handlingsfacet")]
    pub action_facet: Facet,
}

/// A KLE action facet, e.g. `G01` "Generelle sager".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facet {
    #[serde(rename = "kode")]
    pub code: String,
    #[serde(rename = "titel")]
    pub title: String,
}

/// The current progress of a case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    #[serde(rename = "kode")]
    pub code: ProgressCode,
    /// ISO date-time the case reached this progress.
    #[serde(rename = "fra")]
    pub since: String,
}

/// The authority's published processing time for this kind of case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProcessingTime {
    /// Expected weeks from receipt to decision.
    #[serde(rename = "uger")]
    pub weeks: u16,
    /// Where the authority publishes it, e.g. "Aarhus Kommunes servicemål 2026".
    #[serde(rename = "kilde")]
    pub source: String,
}

/// A case as the case list shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseSummary {
    /// UUID.
    pub id: String,
    /// The authority's own case number (no standard format).
    #[serde(rename = "sagsnummer")]
    pub case_number: String,
    #[serde(rename = "titel")]
    pub title: String,
    pub kle: Kle,
    #[serde(rename = "fremdrift")]
    pub progress: Progress,
    /// Free-text finer status (OIO `Sagsstatus`), e.g. "Helbredsoplysninger indhentet".
    #[serde(rename = "sagsstatus")]
    pub sub_status: Option<String>,
    /// The owning authority (`Ejer`).
    #[serde(rename = "myndighed")]
    pub authority: Authority,
    /// The responsible organisational unit (`Ansvarlig`); never a caseworker.
    #[serde(rename = "ansvarligEnhed")]
    pub responsible_unit: String,
    /// ISO date the case was created.
    #[serde(rename = "oprettet")]
    pub created: String,
    /// ISO date-time of the last change.
    #[serde(rename = "sidstAendret")]
    pub last_changed: String,
    #[serde(rename = "sagsbehandlingstid")]
    pub processing_time: Option<ProcessingTime>,
    /// Whether the authority waits for something from the citizen.
    #[serde(rename = "afventerBorger")]
    pub awaiting_citizen: bool,
    /// What the authority waits for and by when, if it says so (only with `awaiting_citizen`).
    /// Newer than `afventerBorger`: a backend that leaves it out still shows the flag.
    #[serde(
        rename = "afventerFraBorger",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub awaited: Option<Awaited>,
    #[serde(rename = "visning")]
    pub visibility: Visibility,
}

/// What an authority waits for from the citizen in a case, and the deadline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Awaited {
    /// What the citizen is asked for, in plain Danish ("Lægeattest om din sygdom").
    #[serde(rename = "hvad")]
    pub what: String,
    /// ISO date: the last day to answer.
    #[serde(rename = "frist")]
    pub deadline: String,
}

impl CaseSummary {
    /// Whether the authority has yet to decide the case.
    pub fn awaits_decision(&self) -> bool {
        matches!(
            self.progress.code,
            ProgressCode::Opstaaet | ProgressCode::Oplyst
        )
    }

    /// The expected decision date: creation plus the authority's published processing time.
    /// `None` when the data carries no processing time or the case is already decided.
    pub fn expected_decision(&self) -> Option<Date> {
        if !self.awaits_decision() {
            return None;
        }
        let weeks = i64::from(self.processing_time.as_ref()?.weeks);
        Some(Date::parse_iso(&self.created)?.add_days(weeks * 7))
    }
}

/// One step of a case's progress history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEntry {
    #[serde(rename = "kode")]
    pub code: ProgressCode,
    /// ISO date-time.
    #[serde(rename = "fra")]
    pub from: String,
    #[serde(rename = "til")]
    pub to: Option<String>,
}

/// SF1470 document type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DocumentType {
    #[serde(rename = "Brev, indgaaende")]
    IncomingLetter,
    #[serde(rename = "Brev, udgaaende")]
    OutgoingLetter,
    #[serde(rename = "Eksternt Notat")]
    ExternalNote,
    #[serde(rename = "Rapport")]
    Report,
    #[serde(rename = "Plan")]
    Plan,
    #[serde(rename = "Andet")]
    Other,
}

/// A document on a case: its title and type, never its contents.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentRef {
    pub id: String,
    #[serde(rename = "titel")]
    pub title: String,
    #[serde(rename = "type")]
    pub kind: DocumentType,
    /// ISO date of the letter.
    #[serde(rename = "brevdato")]
    pub letter_date: String,
}

/// Links out of the case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseLinks {
    /// The authority's self-service for this case.
    #[serde(rename = "selvbetjening")]
    pub self_service: Option<WebAddress>,
    /// A general borger.dk article on the subject.
    #[serde(rename = "borgerDkArtikel")]
    pub borger_dk_article: Option<WebAddress>,
}

/// A case with its history, documents, legal basis and links.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseDetail {
    #[serde(rename = "sag")]
    pub case: CaseSummary,
    /// Every progress step, oldest first; always starts with `Opstaaet`.
    #[serde(rename = "historik")]
    pub history: Vec<HistoryEntry>,
    #[serde(rename = "dokumenter")]
    pub documents: Vec<DocumentRef>,
    /// Legal basis (`Hjemmelspecifikation`).
    #[serde(rename = "hjemmel")]
    pub legal_basis: String,
    /// The legal basis in the controlled list `/api/hjemler.json`.
    #[serde(rename = "hjemmelId", default, skip_serializing_if = "Option::is_none")]
    pub legal_basis_id: Option<String>,
    pub links: CaseLinks,
}

/// Keeps only the cases the citizen may see.
pub fn visible_cases(cases: Vec<CaseSummary>) -> Vec<CaseSummary> {
    cases
        .into_iter()
        .filter(|case| case.visibility == Visibility::Citizen)
        .collect()
}
