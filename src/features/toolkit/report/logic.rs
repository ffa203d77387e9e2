//! The combined report of a study: several participants' results files summed up per task
//! (success rate, time on task, SEQ, the paths taken, the notes) and the SUS per participant and
//! in total. Pure logic.

use super::super::tasks::export::{csv_field, decimal, StudyExport};
use super::super::tasks::sus;
use super::super::tasks::verdict::Verdict;
use crate::i18n::Lang;

/// A participant's name in the report: their code, else their place among the files.
pub fn participant_label(export: &StudyExport, index: usize, lang: Lang) -> String {
    export.participant.clone().unwrap_or_else(|| match lang {
        Lang::Da => format!("Deltager {}", index + 1),
        Lang::En => format!("Participant {}", index + 1),
    })
}

/// A note in the report.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportNote {
    pub participant: String,
    pub seconds: Option<f64>,
    pub text: String,
}

/// One task across the participants.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskSummary {
    pub id: String,
    pub text: String,
    /// Participants who met the task.
    pub attempts: usize,
    /// Verdicts counted: direct, indirect, failed, skipped, not judged.
    pub direct: usize,
    pub indirect: usize,
    pub failed: usize,
    pub skipped: usize,
    pub unjudged: usize,
    /// Time on task in seconds: median, shortest, longest.
    pub time: Option<(f64, f64, f64)>,
    /// The SEQ's mean and the number of answers.
    pub seq: Option<(f64, usize)>,
    /// Each path taken (pages joined by " › ") and how many took it, most taken first.
    pub paths: Vec<(String, usize)>,
    pub notes: Vec<ReportNote>,
}

impl TaskSummary {
    /// Judged attempts that were solved, as a share (0–1); `None` when none was judged.
    pub fn success_rate(&self) -> Option<f64> {
        let judged = self.direct + self.indirect + self.failed + self.skipped;
        (judged > 0).then(|| (self.direct + self.indirect) as f64 / judged as f64)
    }
}

/// A participant's SUS.
#[derive(Clone, Debug, PartialEq)]
pub struct SusScore {
    pub participant: String,
    pub score: f64,
}

/// The combined report.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub participants: Vec<String>,
    pub scenarios: Vec<String>,
    pub tasks: Vec<TaskSummary>,
    pub sus: Vec<SusScore>,
    /// Notes made after the last task.
    pub closing_notes: Vec<ReportNote>,
}

impl Report {
    /// The mean SUS score, if anyone answered it.
    pub fn sus_mean(&self) -> Option<f64> {
        (!self.sus.is_empty())
            .then(|| self.sus.iter().map(|s| s.score).sum::<f64>() / self.sus.len() as f64)
    }
}

/// The median, shortest and longest of `values`.
fn spread(values: &mut [f64]) -> Option<(f64, f64, f64)> {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    let median = match n {
        0 => return None,
        _ if n % 2 == 1 => values[n / 2],
        _ => (values[n / 2 - 1] + values[n / 2]) / 2.0,
    };
    Some((median, values[0], values[n - 1]))
}

/// Sums up `exports` (one per participant), tasks in the order they were first met.
pub fn report(exports: &[StudyExport], lang: Lang) -> Report {
    let participants: Vec<String> = exports
        .iter()
        .enumerate()
        .map(|(i, e)| participant_label(e, i, lang))
        .collect();
    let mut scenarios: Vec<String> = Vec::new();
    let mut order: Vec<(String, String)> = Vec::new();
    for export in exports {
        if !scenarios.contains(&export.scenario) {
            scenarios.push(export.scenario.clone());
        }
        for result in &export.results {
            if !order.iter().any(|(id, _)| *id == result.id) {
                order.push((result.id.clone(), result.text.clone()));
            }
        }
    }
    let tasks = order
        .into_iter()
        .map(|(id, text)| {
            let mut summary = TaskSummary {
                id: id.clone(),
                text,
                attempts: 0,
                direct: 0,
                indirect: 0,
                failed: 0,
                skipped: 0,
                unjudged: 0,
                time: None,
                seq: None,
                paths: Vec::new(),
                notes: Vec::new(),
            };
            let mut times = Vec::new();
            let mut seqs = Vec::new();
            for (export, participant) in exports.iter().zip(&participants) {
                for result in export.results.iter().filter(|r| r.id == id) {
                    summary.attempts += 1;
                    match result.verdict {
                        Some(Verdict::Direct) => summary.direct += 1,
                        Some(Verdict::Indirect) => summary.indirect += 1,
                        Some(Verdict::Failed) => summary.failed += 1,
                        Some(Verdict::Skipped) => summary.skipped += 1,
                        None => summary.unjudged += 1,
                    }
                    times.push(result.seconds);
                    seqs.extend(result.seq.map(f64::from));
                    let path = result.pages.join(" › ");
                    match summary.paths.iter_mut().find(|(p, _)| *p == path) {
                        Some((_, count)) => *count += 1,
                        None => summary.paths.push((path, 1)),
                    }
                }
                summary.notes.extend(
                    export
                        .notes
                        .iter()
                        .filter(|note| note.task.as_deref() == Some(id.as_str()))
                        .map(|note| ReportNote {
                            participant: participant.clone(),
                            seconds: note.seconds,
                            text: note.text.clone(),
                        }),
                );
            }
            summary.time = spread(&mut times);
            summary.seq = (!seqs.is_empty())
                .then(|| (seqs.iter().sum::<f64>() / seqs.len() as f64, seqs.len()));
            summary
                .paths
                .sort_by_key(|(_, count)| std::cmp::Reverse(*count));
            summary
        })
        .collect();
    let sus = exports
        .iter()
        .zip(&participants)
        .filter_map(|(export, participant)| {
            let answers = &export.sus.as_ref()?.answers;
            Some(SusScore {
                participant: participant.clone(),
                score: sus::score(answers)?,
            })
        })
        .collect();
    let closing_notes = exports
        .iter()
        .zip(&participants)
        .flat_map(|(export, participant)| {
            export
                .notes
                .iter()
                .filter(|note| note.task.is_none())
                .map(|note| ReportNote {
                    participant: participant.clone(),
                    seconds: None,
                    text: note.text.clone(),
                })
        })
        .collect();
    Report {
        participants,
        scenarios,
        tasks,
        sus,
        closing_notes,
    }
}

/// The report as one CSV (`;`, decimal comma, UTF-8 with a byte-order mark): a row per task
/// (`del` = `opgave`), a row per participant's SUS (`sus`) and the mean (`sus-gennemsnit`).
pub fn report_csv(report: &Report) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&REPORT_COLUMNS.join(";"));
    out.push_str("\r\n");
    let mut row = |fields: Vec<String>| {
        let fields: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&fields.join(";"));
        out.push_str("\r\n");
    };
    let blank = || String::new();
    for task in &report.tasks {
        let (median, min, max) = task.time.map_or_else(
            || (blank(), blank(), blank()),
            |(m, a, b)| (decimal(m), decimal(a), decimal(b)),
        );
        let (seq, seq_n) = task.seq.map_or_else(
            || (blank(), "0".to_owned()),
            |(m, n)| (decimal(m), n.to_string()),
        );
        row(vec![
            "opgave".into(),
            task.id.clone(),
            task.text.clone(),
            task.attempts.to_string(),
            task.success_rate()
                .map(|r| decimal(r * 100.0))
                .unwrap_or_default(),
            task.direct.to_string(),
            task.indirect.to_string(),
            task.failed.to_string(),
            task.skipped.to_string(),
            task.unjudged.to_string(),
            median,
            min,
            max,
            seq,
            seq_n,
            blank(),
            blank(),
        ]);
    }
    let sus_row = |kind: &str, who: &str, score: f64| {
        let mut fields = vec![kind.to_owned(), who.to_owned()];
        fields.extend((0..13).map(|_| String::new()));
        fields.push(decimal(score));
        fields.push(sus::grade(score, Lang::Da).to_owned());
        fields
    };
    for score in &report.sus {
        row(sus_row("sus", &score.participant, score.score));
    }
    if let Some(mean) = report.sus_mean() {
        row(sus_row("sus-gennemsnit", "", mean));
    }
    out
}

/// The combined CSV's columns.
pub const REPORT_COLUMNS: [&str; 17] = [
    "del",
    "id",
    "opgave",
    "deltagere",
    "succesrate_pct",
    "direkte_succes",
    "indirekte_succes",
    "fejl",
    "sprunget_over",
    "ikke_vurderet",
    "tid_median_sek",
    "tid_min_sek",
    "tid_max_sek",
    "seq_gennemsnit",
    "seq_svar",
    "sus_score",
    "sus_vurdering",
];

#[cfg(test)]
mod tests {
    use super::super::super::tasks::{Note, Outcome, TaskResult};
    use super::*;
    use crate::features::toolkit::tasks::export::SusResult;

    fn result(
        id: &str,
        verdict: Option<Verdict>,
        seconds: f64,
        seq: Option<u8>,
        pages: &[&str],
    ) -> TaskResult {
        TaskResult {
            id: id.into(),
            text: format!("Opgave {id}"),
            outcome: if verdict == Some(Verdict::Skipped) {
                Outcome::Skipped
            } else {
                Outcome::Done
            },
            verdict,
            automatic: verdict,
            corrected: false,
            answer_right: None,
            seconds,
            pages: pages.iter().map(|p| p.to_string()).collect(),
            started_at: String::new(),
            ended_at: String::new(),
            faults: String::new(),
            seq,
        }
    }

    fn export(
        participant: Option<&str>,
        results: Vec<TaskResult>,
        sus: Option<Vec<u8>>,
        notes: Vec<Note>,
    ) -> StudyExport {
        StudyExport {
            format: "mit-overblik/opgaveresultater".into(),
            version: 2,
            scenario: "eksempel".into(),
            persona: "eksempel".into(),
            participant: participant.map(str::to_owned),
            lang: "da".into(),
            date: "2026-11-24".into(),
            results,
            sus: sus.map(|answers| SusResult {
                score: sus::score(&answers).unwrap(),
                answers,
            }),
            notes,
        }
    }

    #[test]
    fn tasks_are_summed_up_across_participants() {
        let note = Note {
            task: Some("a".into()),
            at: String::new(),
            seconds: Some(4.0),
            text: "Tøvede".into(),
        };
        let exports = [
            export(
                Some("D1"),
                vec![
                    result(
                        "a",
                        Some(Verdict::Direct),
                        10.0,
                        Some(6),
                        &["/", "/oekonomi"],
                    ),
                    result("b", Some(Verdict::Failed), 30.0, Some(2), &["/", "/sager"]),
                ],
                Some(vec![4, 2, 4, 2, 4, 2, 4, 2, 4, 2]),
                vec![note],
            ),
            export(
                None,
                vec![
                    result(
                        "a",
                        Some(Verdict::Indirect),
                        20.0,
                        Some(5),
                        &["/", "/sager", "/oekonomi"],
                    ),
                    result("b", Some(Verdict::Skipped), 5.0, None, &["/"]),
                ],
                Some(vec![5, 1, 5, 1, 5, 1, 5, 1, 5, 1]),
                Vec::new(),
            ),
            export(
                Some("D3"),
                vec![result(
                    "a",
                    Some(Verdict::Direct),
                    40.0,
                    None,
                    &["/", "/oekonomi"],
                )],
                None,
                Vec::new(),
            ),
        ];
        let report = report(&exports, Lang::Da);
        assert_eq!(report.participants, ["D1", "Deltager 2", "D3"]);
        assert_eq!(report.scenarios, ["eksempel"]);
        let a = &report.tasks[0];
        assert_eq!((a.attempts, a.direct, a.indirect), (3, 2, 1));
        assert_eq!(a.success_rate(), Some(1.0));
        assert_eq!(a.time, Some((20.0, 10.0, 40.0)));
        assert_eq!(a.seq, Some((5.5, 2)));
        assert_eq!(
            a.paths,
            [
                ("/ › /oekonomi".to_owned(), 2),
                ("/ › /sager › /oekonomi".to_owned(), 1)
            ]
        );
        assert_eq!(
            a.notes,
            [ReportNote {
                participant: "D1".into(),
                seconds: Some(4.0),
                text: "Tøvede".into()
            }]
        );
        let b = &report.tasks[1];
        assert_eq!(b.success_rate(), Some(0.0));
        assert_eq!(b.time, Some((17.5, 5.0, 30.0)));
        assert_eq!(report.sus.len(), 2);
        assert_eq!(report.sus_mean(), Some(87.5));

        let csv = report_csv(&report);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 1 + 2 + 2 + 1);
        assert_eq!(
            lines[1],
            "opgave;a;Opgave a;3;100,0;2;1;0;0;0;20,0;10,0;40,0;5,5;2;;"
        );
        assert_eq!(lines[5], "sus-gennemsnit;;;;;;;;;;;;;;;87,5;fremragende");
    }
}
