//! Task mode: the tasks of a scenario file, done one at a time. Per task the run records the
//! time on task, the pages visited (as route patterns: ids become `{id}`, queries are dropped)
//! and the outcome; the facilitator exports the results as CSV or JSON. Nothing in a run names
//! the participant or the persona's data.

use serde::{Deserialize, Serialize};

use super::scenario::Task;

pub mod bar;
use crate::i18n::Lang;

/// How a task ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    /// The participant said it was done (*Færdig*).
    #[serde(rename = "faerdig")]
    Done,
    /// The participant gave up (*Spring over*).
    #[serde(rename = "sprunget-over")]
    Skipped,
}

impl Outcome {
    /// The outcome's id in the exports.
    pub fn id(self) -> &'static str {
        match self {
            Outcome::Done => "faerdig",
            Outcome::Skipped => "sprunget-over",
        }
    }
}

/// One finished task.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TaskResult {
    pub id: String,
    /// The task as the participant read it (Danish).
    #[serde(rename = "opgave")]
    pub text: String,
    #[serde(rename = "udfald")]
    pub outcome: Outcome,
    /// Time on task in seconds, to the tenth.
    #[serde(rename = "sekunder")]
    pub seconds: f64,
    /// The pages visited during the task, in order (route patterns).
    #[serde(rename = "sider")]
    pub pages: Vec<String>,
}

/// A task run under way or finished, as kept for the tab.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TaskRun {
    #[serde(rename = "scenarie")]
    pub scenario: String,
    pub persona: String,
    #[serde(rename = "opgaver")]
    pub tasks: Vec<Task>,
    #[serde(rename = "resultater")]
    pub results: Vec<TaskResult>,
    /// When the current task started (milliseconds since 1970).
    #[serde(rename = "startet")]
    pub started_ms: f64,
    /// Pages visited in the current task.
    #[serde(rename = "sider")]
    pub pages: Vec<String>,
}

impl TaskRun {
    /// A run of `tasks`, the first starting at `now_ms` on `path`.
    pub fn new(
        scenario: &str,
        persona: &str,
        tasks: Vec<Task>,
        now_ms: f64,
        path: &str,
    ) -> TaskRun {
        TaskRun {
            scenario: scenario.to_owned(),
            persona: persona.to_owned(),
            tasks,
            results: Vec::new(),
            started_ms: now_ms,
            pages: vec![page_pattern(path)],
        }
    }

    /// The task under way, with its number (1-based); `None` when all are done.
    pub fn current(&self) -> Option<(usize, &Task)> {
        let index = self.results.len();
        self.tasks.get(index).map(|task| (index + 1, task))
    }

    /// The start page of the task after the current one, if it has one.
    pub fn next_start(&self) -> Option<&str> {
        self.tasks
            .get(self.results.len() + 1)
            .and_then(|task| task.start.as_deref())
    }

    /// Records a visit to `path` (a repeated visit to the page in view is not a new one).
    pub fn visit(&mut self, path: &str) {
        let page = page_pattern(path);
        if self.current().is_some() && self.pages.last() != Some(&page) {
            self.pages.push(page);
        }
    }

    /// Ends the current task with `outcome` at `now_ms`; the next starts on `path`.
    pub fn finish(&mut self, outcome: Outcome, now_ms: f64, path: &str) {
        let Some((_, task)) = self.current() else {
            return;
        };
        let seconds = ((now_ms - self.started_ms).max(0.0) / 100.0).round() / 10.0;
        self.results.push(TaskResult {
            id: task.id.clone(),
            text: task.text.clone(),
            outcome,
            seconds,
            pages: std::mem::take(&mut self.pages),
        });
        self.started_ms = now_ms;
        self.pages = vec![page_pattern(path)];
    }

    /// The results as CSV for a spreadsheet: `;`-separated with a decimal comma, as Danish
    /// Excel reads it, UTF-8 with a byte-order mark.
    pub fn csv(&self) -> String {
        let mut out = String::from(
            "\u{feff}scenarie;persona;opgave_id;opgave;udfald;tid_sekunder;antal_sider;sider\r\n",
        );
        for result in &self.results {
            let fields = [
                self.scenario.clone(),
                self.persona.clone(),
                result.id.clone(),
                result.text.clone(),
                result.outcome.id().to_owned(),
                format!("{:.1}", result.seconds).replace('.', ","),
                result.pages.len().to_string(),
                result.pages.join(" > "),
            ];
            let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
            out.push_str(&row.join(";"));
            out.push_str("\r\n");
        }
        out
    }

    /// The results as JSON (`mit-overblik/opgaveresultater`, version 1).
    pub fn json(&self, lang: Lang, date: &str) -> String {
        let export = Export {
            format: "mit-overblik/opgaveresultater",
            version: 1,
            scenario: &self.scenario,
            persona: &self.persona,
            lang: lang.code(),
            date,
            results: &self.results,
        };
        serde_json::to_string_pretty(&export).unwrap_or_default()
    }
}

#[derive(Serialize)]
struct Export<'a> {
    format: &'static str,
    version: u8,
    #[serde(rename = "scenarie")]
    scenario: &'a str,
    persona: &'a str,
    #[serde(rename = "sprog")]
    lang: &'static str,
    /// The scenario clock's date during the run.
    #[serde(rename = "dato")]
    date: &'a str,
    #[serde(rename = "opgaver")]
    results: &'a [TaskResult],
}

/// A CSV field, quoted when it holds a separator, a quote or a line break.
fn csv_field(text: &str) -> String {
    if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// A path as a route pattern: ids (UUIDs) become `{id}`, so the export names pages, not records.
pub fn page_pattern(path: &str) -> String {
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let segments: Vec<&str> = path
        .split('/')
        .map(|segment| {
            if crate::api::is_uuid(segment) {
                "{id}"
            } else {
                segment
            }
        })
        .collect();
    match segments.join("/") {
        path if path.is_empty() => "/".to_owned(),
        path => path,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn task(id: &str, text: &str) -> Task {
        Task {
            id: id.into(),
            text: text.into(),
            text_en: None,
            start: None,
        }
    }

    #[test]
    fn a_run_records_time_pages_and_outcome_per_task() {
        let tasks = vec![
            task("a", "Find din næste udbetaling"),
            task("b", "Find; \"sagen\""),
        ];
        let mut run = TaskRun::new("eksempel", "eksempel", tasks, 1_000.0, "/");
        run.visit("/");
        run.visit("/oekonomi?ydelse=x");
        run.visit("/sager/6f1c2a9e-1d7b-4c55-9f4e-2b8d3a1c0e11");
        run.finish(
            Outcome::Done,
            13_340.0,
            "/sager/6f1c2a9e-1d7b-4c55-9f4e-2b8d3a1c0e11",
        );
        assert_eq!(
            run.current().map(|(n, t)| (n, t.id.as_str())),
            Some((2, "b"))
        );
        run.finish(Outcome::Skipped, 20_000.0, "/");
        assert_eq!(run.current(), None);
        run.visit("/sager");
        let first = &run.results[0];
        assert_eq!(first.seconds, 12.3);
        assert_eq!(first.pages, ["/", "/oekonomi", "/sager/{id}"]);
        assert_eq!(run.results[1].outcome, Outcome::Skipped);
        assert_eq!(run.results[1].pages, ["/sager/{id}"]);

        let csv = run.csv();
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[0].starts_with("\u{feff}scenarie;persona;opgave_id"));
        assert_eq!(
            lines[1],
            "eksempel;eksempel;a;Find din næste udbetaling;faerdig;12,3;3;/ > /oekonomi > /sager/{id}"
        );
        assert!(
            lines[2].contains(";\"Find; \"\"sagen\"\"\";sprunget-over;6,7;1;"),
            "{}",
            lines[2]
        );

        let json: serde_json::Value =
            serde_json::from_str(&run.json(Lang::En, "2026-11-24")).unwrap();
        assert_eq!(json["format"], "mit-overblik/opgaveresultater");
        assert_eq!(json["sprog"], "en");
        assert_eq!(json["opgaver"][0]["sekunder"], 12.3);
        assert_eq!(json["opgaver"][0]["sider"][2], "/sager/{id}");
    }

    #[test]
    fn page_patterns_drop_ids_and_queries() {
        assert_eq!(page_pattern(""), "/");
        assert_eq!(
            page_pattern("/dine-data?data=cpr.adresse#log"),
            "/dine-data"
        );
        assert_eq!(
            page_pattern("/sager/6f1c2a9e-1d7b-4c55-9f4e-2b8d3a1c0e11"),
            "/sager/{id}"
        );
    }
}
