//! Task mode: the tasks of a scenario file, done one at a time. Per task the run records the
//! clock times, the time on task, the pages visited (as route patterns: ids become `{id}`,
//! queries are dropped), the faults in force, the outcome and its verdict by the task's success
//! criterion, and the Single Ease Question; after the last task the System Usability Scale; and
//! the facilitator's notes. Nothing in a run names the participant (a code) or holds the
//! persona's data; the facilitator exports it as CSV or JSON ([`export`]).

use serde::{Deserialize, Serialize};

use super::scenario::{Questionnaires, Task};

pub mod bar;
pub mod export;
pub mod note;
pub mod sus;
pub mod verdict;

use verdict::{classify, Verdict};

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
    /// The verdict: the facilitator's if corrected, else the criterion's (`None`: not judged).
    #[serde(rename = "resultat", default)]
    pub verdict: Option<Verdict>,
    /// The criterion's verdict.
    #[serde(rename = "resultatAutomatisk", default)]
    pub automatic: Option<Verdict>,
    /// Whether the facilitator corrected the verdict.
    #[serde(rename = "resultatRettet", default)]
    pub corrected: bool,
    /// The facilitator's mark on the participant's answer, where the task has one.
    #[serde(rename = "svarRigtigt", default)]
    pub answer_right: Option<bool>,
    /// Time on task in seconds, to the tenth.
    #[serde(rename = "sekunder")]
    pub seconds: f64,
    /// The pages visited during the task, in order (route patterns).
    #[serde(rename = "sider")]
    pub pages: Vec<String>,
    /// When the task started and ended (ISO 8601, UTC).
    #[serde(rename = "startet", default)]
    pub started_at: String,
    #[serde(rename = "sluttet", default)]
    pub ended_at: String,
    /// The faults in force when the task ended, as the start link writes them (`sager:500`).
    #[serde(rename = "fejl", default)]
    pub faults: String,
    /// The Single Ease Question's answer, 1 (very difficult) to 7 (very easy).
    #[serde(default)]
    pub seq: Option<u8>,
}

/// A facilitator's note, timed against the task under way.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Note {
    /// The task's id (`None`: after the last task).
    #[serde(rename = "opgave")]
    pub task: Option<String>,
    /// When (ISO 8601, UTC).
    #[serde(rename = "tid")]
    pub at: String,
    /// Seconds into the task.
    #[serde(rename = "sekunderInde", default)]
    pub seconds: Option<f64>,
    #[serde(rename = "tekst")]
    pub text: String,
}

/// What the participant is at in a run.
#[derive(Clone, Debug, PartialEq)]
pub enum Stage<'a> {
    /// Task `n` (1-based).
    Task(usize, &'a Task),
    /// The Single Ease Question on task `n`, just finished.
    Seq(usize, &'a Task),
    /// The System Usability Scale, after the last task.
    Sus,
    /// All done.
    Done,
}

/// A task run under way or finished, as kept for the tab.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TaskRun {
    #[serde(rename = "scenarie")]
    pub scenario: String,
    pub persona: String,
    /// The participant's code.
    #[serde(rename = "deltager", default)]
    pub participant: Option<String>,
    #[serde(rename = "spoergeskemaer", default)]
    pub questionnaires: Questionnaires,
    #[serde(rename = "opgaver")]
    pub tasks: Vec<Task>,
    #[serde(rename = "resultater")]
    pub results: Vec<TaskResult>,
    /// When the current task started (milliseconds since 1970, and ISO 8601).
    #[serde(rename = "startet")]
    pub started_ms: f64,
    #[serde(rename = "startetKl", default)]
    pub started_at: String,
    /// Pages visited in the current task.
    #[serde(rename = "sider")]
    pub pages: Vec<String>,
    /// Whether the last task's Single Ease Question is still to be answered.
    #[serde(rename = "venterSeq", default)]
    pub awaiting_seq: bool,
    /// The System Usability Scale's answers (ten, 1–5), once given.
    #[serde(default)]
    pub sus: Option<Vec<u8>>,
    /// Whether the participant left the SUS out.
    #[serde(rename = "susSprunget", default)]
    pub sus_skipped: bool,
    #[serde(rename = "noter", default)]
    pub notes: Vec<Note>,
}

/// The moment something happens: milliseconds since 1970 and the same as ISO 8601.
#[derive(Clone, Copy, Debug)]
pub struct Now<'a> {
    pub ms: f64,
    pub iso: &'a str,
}

impl TaskRun {
    /// A run of `tasks`, the first starting `now` on `path`.
    pub fn new(
        scenario: &str,
        persona: &str,
        participant: Option<String>,
        questionnaires: Questionnaires,
        tasks: Vec<Task>,
        now: Now,
        path: &str,
    ) -> TaskRun {
        TaskRun {
            scenario: scenario.to_owned(),
            persona: persona.to_owned(),
            participant,
            questionnaires,
            tasks,
            results: Vec::new(),
            started_ms: now.ms,
            started_at: now.iso.to_owned(),
            pages: vec![page_pattern(path)],
            awaiting_seq: false,
            sus: None,
            sus_skipped: false,
            notes: Vec::new(),
        }
    }

    /// What the participant is at.
    pub fn stage(&self) -> Stage<'_> {
        let done = self.results.len();
        if self.awaiting_seq {
            if let Some(task) = done.checked_sub(1).and_then(|i| self.tasks.get(i)) {
                return Stage::Seq(done, task);
            }
        }
        match self.tasks.get(done) {
            Some(task) => Stage::Task(done + 1, task),
            None if self.questionnaires.sus && self.sus.is_none() && !self.sus_skipped => {
                Stage::Sus
            }
            None => Stage::Done,
        }
    }

    /// The task under way, with its number (1-based); `None` between tasks and when all are
    /// done.
    pub fn current(&self) -> Option<(usize, &Task)> {
        match self.stage() {
            Stage::Task(n, task) => Some((n, task)),
            _ => None,
        }
    }

    /// Whether every task is done (the questionnaires may still be open).
    pub fn tasks_done(&self) -> bool {
        self.results.len() >= self.tasks.len() && !self.awaiting_seq
    }

    /// The start page of the task after the current one, if it has one.
    pub fn next_start(&self) -> Option<&str> {
        let next = self.results.len() + usize::from(!self.awaiting_seq);
        self.tasks.get(next).and_then(|task| task.start.as_deref())
    }

    /// Records a visit to `path` (a repeated visit to the page in view is not a new one).
    pub fn visit(&mut self, path: &str) {
        let page = page_pattern(path);
        if self.current().is_some() && self.pages.last() != Some(&page) {
            self.pages.push(page);
        }
    }

    /// Ends the current task with `outcome` `now`, with `faults` in force. With the SEQ on, the
    /// question comes next; else the next task starts on `path`.
    pub fn finish(&mut self, outcome: Outcome, now: Now, faults: &str, path: &str) {
        let Some((id, text, success)) = self
            .current()
            .map(|(_, task)| (task.id.clone(), task.text.clone(), task.success.clone()))
        else {
            return;
        };
        let seconds = ((now.ms - self.started_ms).max(0.0) / 100.0).round() / 10.0;
        let pages = std::mem::take(&mut self.pages);
        let automatic = classify(success.as_ref(), outcome, &pages, None);
        self.results.push(TaskResult {
            id,
            text,
            outcome,
            verdict: automatic,
            automatic,
            corrected: false,
            answer_right: None,
            seconds,
            pages,
            started_at: std::mem::take(&mut self.started_at),
            ended_at: now.iso.to_owned(),
            faults: faults.to_owned(),
            seq: None,
        });
        if self.questionnaires.seq {
            self.awaiting_seq = true;
        } else {
            self.start_next(now, path);
        }
    }

    /// Answers the SEQ of the task just finished (`None`: left out); the next task starts
    /// `now` on `path`.
    pub fn answer_seq(&mut self, answer: Option<u8>, now: Now, path: &str) {
        if !self.awaiting_seq {
            return;
        }
        if let Some(result) = self.results.last_mut() {
            result.seq = answer.filter(|a| (1..=7).contains(a));
        }
        self.awaiting_seq = false;
        self.start_next(now, path);
    }

    fn start_next(&mut self, now: Now, path: &str) {
        self.started_ms = now.ms;
        self.started_at = now.iso.to_owned();
        self.pages = if self.results.len() < self.tasks.len() {
            vec![page_pattern(path)]
        } else {
            Vec::new()
        };
    }

    /// Answers the SUS: ten answers from 1 to 5, or `None` to leave it out.
    pub fn answer_sus(&mut self, answers: Option<Vec<u8>>) {
        match answers.filter(|a| sus::score(a).is_some()) {
            Some(answers) => self.sus = Some(answers),
            None => self.sus_skipped = true,
        }
    }

    /// The facilitator's mark on task `index`'s answer; the criterion's verdict follows it.
    pub fn mark_answer(&mut self, index: usize, right: Option<bool>) {
        let Some(result) = self.results.get_mut(index) else {
            return;
        };
        let success = self
            .tasks
            .iter()
            .find(|task| task.id == result.id)
            .and_then(|task| task.success.as_ref());
        result.answer_right = right;
        result.automatic = classify(success, result.outcome, &result.pages, right);
        if !result.corrected {
            result.verdict = result.automatic;
        }
    }

    /// The facilitator's verdict on task `index` (`None`: the criterion's again).
    pub fn correct(&mut self, index: usize, verdict: Option<Verdict>) {
        if let Some(result) = self.results.get_mut(index) {
            result.corrected = verdict.is_some() && verdict != result.automatic;
            result.verdict = verdict.or(result.automatic);
        }
    }

    /// Adds the facilitator's note `now`, timed against the task under way.
    pub fn add_note(&mut self, text: &str, now: Now) {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        let (task, seconds) = match self.stage() {
            Stage::Task(_, task) => (
                Some(task.id.clone()),
                Some(((now.ms - self.started_ms).max(0.0) / 100.0).round() / 10.0),
            ),
            Stage::Seq(_, task) => (Some(task.id.clone()), None),
            Stage::Sus | Stage::Done => (None, None),
        };
        self.notes.push(Note {
            task,
            at: now.iso.to_owned(),
            seconds,
            text: text.to_owned(),
        });
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
    use crate::i18n::Lang;

    fn task(id: &str, text: &str) -> Task {
        Task {
            id: id.into(),
            text: text.into(),
            text_en: None,
            start: None,
            success: None,
        }
    }

    fn at(ms: f64) -> Now<'static> {
        Now {
            ms,
            iso: "2026-12-02T10:00:00.000Z",
        }
    }

    #[test]
    fn a_run_records_time_pages_faults_and_outcome_per_task() {
        let tasks = vec![
            task("a", "Find din næste udbetaling"),
            task("b", "Find; \"sagen\""),
        ];
        let mut run = TaskRun::new(
            "eksempel",
            "eksempel",
            Some("D3".into()),
            Questionnaires::default(),
            tasks,
            at(1_000.0),
            "/",
        );
        run.visit("/");
        run.visit("/oekonomi?ydelse=x");
        run.visit("/sager/6f1c2a9e-1d7b-4c55-9f4e-2b8d3a1c0e11");
        run.finish(
            Outcome::Done,
            at(13_340.0),
            "sager:500",
            "/sager/6f1c2a9e-1d7b-4c55-9f4e-2b8d3a1c0e11",
        );
        assert_eq!(
            run.current().map(|(n, t)| (n, t.id.as_str())),
            Some((2, "b"))
        );
        run.add_note("Leder efter \"udbetaling\"", at(15_000.0));
        run.finish(Outcome::Skipped, at(20_000.0), "", "/");
        assert_eq!(run.current(), None);
        assert_eq!(run.stage(), Stage::Done);
        run.visit("/sager");
        let first = &run.results[0];
        assert_eq!(first.seconds, 12.3);
        assert_eq!(first.pages, ["/", "/oekonomi", "/sager/{id}"]);
        assert_eq!(first.faults, "sager:500");
        assert_eq!(first.verdict, None, "no criterion: not judged");
        assert_eq!(run.results[1].outcome, Outcome::Skipped);
        assert_eq!(run.results[1].verdict, Some(Verdict::Skipped));
        assert_eq!(run.results[1].pages, ["/sager/{id}"]);
        assert_eq!(run.notes[0].task.as_deref(), Some("b"));
        assert_eq!(run.notes[0].seconds, Some(1.7));

        let export = export::StudyExport::of(&run, Lang::En, "2026-11-24");
        let csv = export.csv();
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[0].starts_with("\u{feff}deltager;scenarie;persona;opgave_id"));
        assert_eq!(
            lines[1],
            "D3;eksempel;eksempel;a;Find din næste udbetaling;faerdig;;nej;;12,3;2026-12-02T10:00:00.000Z;2026-12-02T10:00:00.000Z;;sager:500;3;/ > /oekonomi > /sager/{id};;"
        );
        assert!(
            lines[2].contains(";\"Find; \"\"sagen\"\"\";sprunget-over;sprunget-over;nej;;6,7;"),
            "{}",
            lines[2]
        );
        assert!(
            lines[2].contains(";\"Leder efter \"\"udbetaling\"\"\";"),
            "{}",
            lines[2]
        );

        let json: serde_json::Value = serde_json::from_str(&export.json()).unwrap();
        assert_eq!(json["format"], "mit-overblik/opgaveresultater");
        assert_eq!(json["version"], 2);
        assert_eq!(json["deltager"], "D3");
        assert_eq!(json["sprog"], "en");
        assert_eq!(json["opgaver"][0]["sekunder"], 12.3);
        assert_eq!(json["opgaver"][0]["sider"][2], "/sager/{id}");
        assert_eq!(json["opgaver"][1]["resultat"], "sprunget-over");
        assert_eq!(
            export::StudyExport::read(&export.json()),
            Some(export.clone())
        );
        assert_eq!(
            export.file_name("csv"),
            "opgaveresultater-eksempel-D3-2026-11-24.csv"
        );
    }

    #[test]
    fn with_questionnaires_the_seq_follows_each_task_and_the_sus_the_last() {
        let mut goal = task("a", "Find din næste udbetaling");
        goal.success = Some(crate::features::toolkit::scenario::Success {
            pages: vec!["/oekonomi".into()],
            via: Vec::new(),
            answer: Some("12. december".into()),
        });
        goal.start = Some("/".into());
        let both = Questionnaires {
            seq: true,
            sus: true,
        };
        let mut run = TaskRun::new("s", "p", None, both, vec![goal], at(0.0), "/");
        run.visit("/oekonomi");
        assert_eq!(run.next_start(), None);
        run.finish(Outcome::Done, at(5_000.0), "", "/");
        assert!(matches!(run.stage(), Stage::Seq(1, _)));
        // Between the task and its question, nothing is recorded against a task.
        run.visit("/sager");
        run.answer_seq(Some(6), at(9_000.0), "/");
        assert_eq!(run.stage(), Stage::Sus);
        assert_eq!(run.results[0].seq, Some(6));
        assert_eq!(run.results[0].verdict, Some(Verdict::Direct));
        assert_eq!(run.results[0].pages, ["/", "/oekonomi"]);
        // The facilitator marks the answer wrong, then overrides the verdict.
        run.mark_answer(0, Some(false));
        assert_eq!(run.results[0].verdict, Some(Verdict::Failed));
        run.correct(0, Some(Verdict::Indirect));
        assert_eq!(run.results[0].verdict, Some(Verdict::Indirect));
        assert!(run.results[0].corrected);
        run.mark_answer(0, Some(true));
        assert_eq!(
            run.results[0].verdict,
            Some(Verdict::Indirect),
            "a correction holds"
        );
        run.correct(0, None);
        assert_eq!(run.results[0].verdict, Some(Verdict::Direct));
        assert!(!run.results[0].corrected);
        run.answer_sus(Some(vec![4, 2, 4, 2, 4, 2, 4, 2, 4, 2]));
        assert_eq!(run.stage(), Stage::Done);
        let export = export::StudyExport::of(&run, Lang::Da, "2026-11-24");
        assert_eq!(export.sus.map(|s| s.score), Some(75.0));
    }

    #[test]
    fn a_version_1_export_is_read() {
        let v1 = r#"{"format":"mit-overblik/opgaveresultater","version":1,"scenarie":"eksempel","persona":"eksempel","sprog":"da","dato":"2026-11-24","opgaver":[{"id":"a","opgave":"A","udfald":"faerdig","sekunder":3.5,"sider":["/"]}]}"#;
        let export = export::StudyExport::read(v1).unwrap();
        assert_eq!(export.results[0].seconds, 3.5);
        assert_eq!(export.results[0].verdict, None);
        assert_eq!(export::StudyExport::read("{}"), None);
        assert_eq!(export::StudyExport::read("[1]"), None);
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
