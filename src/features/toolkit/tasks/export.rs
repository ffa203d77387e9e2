//! A run's results as a file: JSON (`mit-overblik/opgaveresultater`, version 2; the combined
//! report reads versions 1 and 2) and CSV for a spreadsheet. No personal data: the participant
//! is a code, the persona a made-up test person's id, pages are route patterns.

use serde::{Deserialize, Serialize};

use super::super::texts::tenths;
use super::{sus, Note, TaskResult, TaskRun};
use crate::i18n::Lang;

/// The value of `format`.
pub const FORMAT: &str = "mit-overblik/opgaveresultater";

/// The version written.
pub const VERSION: u8 = 2;

/// The SUS as exported: the answers and their score.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SusResult {
    #[serde(rename = "svar")]
    pub answers: Vec<u8>,
    pub score: f64,
}

/// One participant's results.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StudyExport {
    pub format: String,
    pub version: u8,
    #[serde(rename = "scenarie")]
    pub scenario: String,
    pub persona: String,
    #[serde(rename = "deltager", default)]
    pub participant: Option<String>,
    #[serde(rename = "sprog")]
    pub lang: String,
    /// The scenario clock's date during the run.
    #[serde(rename = "dato")]
    pub date: String,
    #[serde(rename = "opgaver")]
    pub results: Vec<TaskResult>,
    #[serde(default)]
    pub sus: Option<SusResult>,
    #[serde(rename = "noter", default)]
    pub notes: Vec<Note>,
}

impl StudyExport {
    /// `run`'s results, run in `lang` on scenario date `date`.
    pub fn of(run: &TaskRun, lang: Lang, date: &str) -> StudyExport {
        StudyExport {
            format: FORMAT.to_owned(),
            version: VERSION,
            scenario: run.scenario.clone(),
            persona: run.persona.clone(),
            participant: run.participant.clone(),
            lang: lang.code().to_owned(),
            date: date.to_owned(),
            results: run.results.clone(),
            sus: run.sus.as_ref().and_then(|answers| {
                sus::score(answers).map(|score| SusResult {
                    answers: answers.clone(),
                    score,
                })
            }),
            notes: run.notes.clone(),
        }
    }

    /// Reads an export (version 1 or 2); `None` if the text is not one.
    pub fn read(text: &str) -> Option<StudyExport> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        serde_json::from_str::<StudyExport>(text)
            .ok()
            .filter(|export| export.format == FORMAT && (1..=VERSION).contains(&export.version))
    }

    /// As pretty JSON.
    pub fn json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// A file name: `opgaveresultater-<scenario>-<participant>-<date>.<ext>`.
    pub fn file_name(&self, ext: &str) -> String {
        let participant = self
            .participant
            .as_deref()
            .map(|code| format!("-{code}"))
            .unwrap_or_default();
        format!(
            "opgaveresultater-{}{participant}-{}.{ext}",
            self.scenario, self.date
        )
    }

    /// The results as CSV for a spreadsheet: `;`-separated with a decimal comma, as Danish
    /// Excel reads it, UTF-8 with a byte-order mark; one row per task, the SUS score on each.
    pub fn csv(&self) -> String {
        let mut out = String::from("\u{feff}");
        out.push_str(&CSV_COLUMNS.join(";"));
        out.push_str("\r\n");
        let sus = self
            .sus
            .as_ref()
            .map(|s| decimal(s.score))
            .unwrap_or_default();
        for result in &self.results {
            let notes: Vec<&str> = self
                .notes
                .iter()
                .filter(|note| note.task.as_deref() == Some(&result.id))
                .map(|note| note.text.as_str())
                .collect();
            let fields = [
                self.participant.clone().unwrap_or_default(),
                self.scenario.clone(),
                self.persona.clone(),
                result.id.clone(),
                result.text.clone(),
                result.outcome.id().to_owned(),
                result
                    .verdict
                    .map(|v| v.id().to_owned())
                    .unwrap_or_default(),
                if result.corrected { "ja" } else { "nej" }.to_owned(),
                match result.answer_right {
                    Some(true) => "ja",
                    Some(false) => "nej",
                    None => "",
                }
                .to_owned(),
                decimal(result.seconds),
                result.started_at.clone(),
                result.ended_at.clone(),
                result.seq.map(|s| s.to_string()).unwrap_or_default(),
                result.faults.clone(),
                result.pages.len().to_string(),
                result.pages.join(" > "),
                notes.join(" | "),
                sus.clone(),
            ];
            let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
            out.push_str(&row.join(";"));
            out.push_str("\r\n");
        }
        out
    }
}

/// The CSV's columns.
pub const CSV_COLUMNS: [&str; 18] = [
    "deltager",
    "scenarie",
    "persona",
    "opgave_id",
    "opgave",
    "udfald",
    "resultat",
    "resultat_rettet",
    "svar_rigtigt",
    "tid_sekunder",
    "startet",
    "sluttet",
    "seq",
    "fejl",
    "antal_sider",
    "sider",
    "noter",
    "sus",
];

/// A number as the CSV writes it: to the tenth, with a decimal comma (Danish Excel).
pub fn decimal(value: f64) -> String {
    tenths(Lang::Da, value)
}

/// A CSV field, quoted when it holds a separator, a quote or a line break.
pub fn csv_field(text: &str) -> String {
    if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}
