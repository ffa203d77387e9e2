//! How a task went, by the scenario's success criterion: *direkte succes* (the goal reached with
//! no detour: before it, only the start page and the criterion's `via` pages), *indirekte
//! succes* (reached after a detour), *fejl* (not reached, or an answer the facilitator marked
//! wrong) or *sprunget over*. A criterion with an answer and no pages does not judge the way,
//! and gives no verdict until the facilitator has marked the answer.
//! The facilitator can override any verdict.

use serde::{Deserialize, Serialize};

use super::super::scenario::Success;
use super::Outcome;

/// A task's classification.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Verdict {
    #[serde(rename = "direkte-succes")]
    Direct,
    #[serde(rename = "indirekte-succes")]
    Indirect,
    #[serde(rename = "fejl")]
    Failed,
    #[serde(rename = "sprunget-over")]
    Skipped,
}

impl Verdict {
    /// Every verdict, in the order reports list them.
    pub const ALL: [Verdict; 4] = [
        Verdict::Direct,
        Verdict::Indirect,
        Verdict::Failed,
        Verdict::Skipped,
    ];

    /// The verdict's id in the exports.
    pub fn id(self) -> &'static str {
        match self {
            Verdict::Direct => "direkte-succes",
            Verdict::Indirect => "indirekte-succes",
            Verdict::Failed => "fejl",
            Verdict::Skipped => "sprunget-over",
        }
    }

    /// Parses [`Verdict::id`].
    pub fn from_id(id: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.id() == id)
    }

    /// Whether the task was solved.
    pub fn is_success(self) -> bool {
        matches!(self, Verdict::Direct | Verdict::Indirect)
    }
}

/// The verdict on a task ended with `outcome` after visiting `pages` (route patterns, the
/// start page first), with the facilitator's mark on the answer, if any. `None`: the task has
/// no criterion, so only the facilitator can judge it.
pub fn classify(
    success: Option<&Success>,
    outcome: Outcome,
    pages: &[String],
    answer_right: Option<bool>,
) -> Option<Verdict> {
    if outcome == Outcome::Skipped {
        return Some(Verdict::Skipped);
    }
    let success = success?;
    if answer_right == Some(false) {
        return Some(Verdict::Failed);
    }
    // Without pages to reach, the answer decides (not judged until it is marked); the way is not
    // judged.
    let reached = if success.pages.is_empty() {
        answer_right?;
        Some(0)
    } else {
        pages.iter().position(|page| success.pages.contains(page))
    };
    let Some(reached) = reached else {
        return Some(Verdict::Failed);
    };
    let start = pages.first();
    let direct = pages[..reached]
        .iter()
        .all(|page| Some(page) == start || success.via.contains(page));
    Some(if direct {
        Verdict::Direct
    } else {
        Verdict::Indirect
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pages(list: &[&str]) -> Vec<String> {
        list.iter().map(|p| p.to_string()).collect()
    }

    fn to(pages: &[&str], via: &[&str], answer: bool) -> Success {
        Success {
            pages: self::pages(pages),
            via: self::pages(via),
            answer: answer.then(|| "12. december".to_owned()),
        }
    }

    #[test]
    fn the_goal_reached_without_a_detour_is_a_direct_success() {
        let goal = to(&["/oekonomi"], &[], false);
        let done = |visited: &[&str]| classify(Some(&goal), Outcome::Done, &pages(visited), None);
        assert_eq!(done(&["/", "/oekonomi"]), Some(Verdict::Direct));
        assert_eq!(
            done(&["/", "/", "/oekonomi", "/sager"]),
            Some(Verdict::Direct)
        );
        assert_eq!(done(&["/", "/sager", "/oekonomi"]), Some(Verdict::Indirect));
        assert_eq!(done(&["/", "/sager"]), Some(Verdict::Failed));
        // A page on the way keeps it direct.
        let case = to(&["/sager/{id}"], &["/sager"], false);
        let visited = pages(&["/", "/sager", "/sager/{id}"]);
        assert_eq!(
            classify(Some(&case), Outcome::Done, &visited, None),
            Some(Verdict::Direct)
        );
    }

    #[test]
    fn a_wrong_answer_fails_a_skip_is_a_skip_and_no_criterion_leaves_it_open() {
        let goal = to(&["/oekonomi"], &[], true);
        let visited = pages(&["/", "/oekonomi"]);
        assert_eq!(
            classify(Some(&goal), Outcome::Done, &visited, Some(false)),
            Some(Verdict::Failed)
        );
        assert_eq!(
            classify(Some(&goal), Outcome::Done, &visited, Some(true)),
            Some(Verdict::Direct)
        );
        let answer_only = to(&[], &[], true);
        let visited = pages(&["/", "/sager"]);
        assert_eq!(
            classify(Some(&answer_only), Outcome::Done, &visited, None),
            None
        );
        assert_eq!(
            classify(Some(&answer_only), Outcome::Done, &visited, Some(true)),
            Some(Verdict::Direct)
        );
        assert_eq!(
            classify(Some(&goal), Outcome::Skipped, &visited, None),
            Some(Verdict::Skipped)
        );
        assert_eq!(classify(None, Outcome::Done, &visited, None), None);
        for verdict in Verdict::ALL {
            assert_eq!(Verdict::from_id(verdict.id()), Some(verdict));
        }
    }
}
