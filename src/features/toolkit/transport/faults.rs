//! Fault simulation, switchable at runtime: per source, added latency and a forced failure.
//! It is a [`Transport`] put in front of the real one, so the client and the endpoints never
//! know; the facilitator's tools and the reliability tests use it.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use gloo_timers::future::TimeoutFuture;

use crate::api::{ApiError, LocalFuture, Source, Transport};

/// A failure to force on a source.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Failure {
    #[default]
    None,
    /// Answer with HTTP 500.
    Http500,
    /// Never answer within the time limit.
    Timeout,
    /// Answer with a body that is not valid JSON.
    Malformed,
}

impl Failure {
    /// The failure's id in the fault switch (`500`, `timeout`, `malformed`).
    pub fn id(self) -> &'static str {
        match self {
            Failure::None => "ingen",
            Failure::Http500 => "500",
            Failure::Timeout => "timeout",
            Failure::Malformed => "malformed",
        }
    }

    /// Parses [`Failure::id`].
    pub fn from_id(id: &str) -> Option<Failure> {
        [
            Failure::None,
            Failure::Http500,
            Failure::Timeout,
            Failure::Malformed,
        ]
        .into_iter()
        .find(|failure| failure.id() == id)
    }
}

/// What to simulate for one source.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FaultPlan {
    /// Added latency before the request, in milliseconds.
    pub latency_ms: u32,
    pub failure: Failure,
}

/// Fault plans per source; a source without a plan behaves normally.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Faults(BTreeMap<Source, FaultPlan>);

impl Faults {
    /// The plan for `source`.
    pub fn plan(&self, source: Source) -> FaultPlan {
        self.0.get(&source).copied().unwrap_or_default()
    }

    /// Sets the plan for `source`; a default plan removes it.
    pub fn set(&mut self, source: Source, plan: FaultPlan) {
        if plan == FaultPlan::default() {
            self.0.remove(&source);
        } else {
            self.0.insert(source, plan);
        }
    }

    /// The sources with a plan, in the sources' order.
    pub fn active(&self) -> impl Iterator<Item = (Source, FaultPlan)> + '_ {
        self.0.iter().map(|(source, plan)| (*source, *plan))
    }

    /// The plans in a few words for a results file: `sager:500, skat:+1500ms` (empty: none).
    pub fn summary(&self) -> String {
        let parts: Vec<String> = self
            .0
            .iter()
            .flat_map(|(source, plan)| {
                let failure = (plan.failure != Failure::None)
                    .then(|| format!("{}:{}", source.id(), plan.failure.id()));
                let latency = (plan.latency_ms > 0)
                    .then(|| format!("{}:+{}ms", source.id(), plan.latency_ms));
                failure.into_iter().chain(latency)
            })
            .collect();
        parts.join(", ")
    }

    /// Whether any fault is active.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The plans as the address writes them: `(failures, latencies)`, e.g. `("sager:500", "skat:3000")`.
    pub fn to_params(&self) -> (String, String) {
        let failures: Vec<String> = self
            .0
            .iter()
            .filter(|(_, plan)| plan.failure != Failure::None)
            .map(|(source, plan)| format!("{}:{}", source.id(), plan.failure.id()))
            .collect();
        let latencies: Vec<String> = self
            .0
            .iter()
            .filter(|(_, plan)| plan.latency_ms > 0)
            .map(|(source, plan)| format!("{}:{}", source.id(), plan.latency_ms))
            .collect();
        (failures.join(","), latencies.join(","))
    }

    /// Reads the fault switch's text form: `sager:500,skat:timeout` for failures and
    /// `sager:1500` style latencies in `latency`. Unknown parts are ignored.
    pub fn parse(failures: &str, latencies: &str) -> Faults {
        let mut faults = Faults::default();
        for (source, value) in pairs(failures) {
            if let Some(failure) = Failure::from_id(value) {
                let mut plan = faults.plan(source);
                plan.failure = failure;
                faults.set(source, plan);
            }
        }
        for (source, value) in pairs(latencies) {
            if let Ok(ms) = value.parse::<u32>() {
                let mut plan = faults.plan(source);
                plan.latency_ms = ms.min(60_000);
                faults.set(source, plan);
            }
        }
        faults
    }
}

fn pairs(text: &str) -> impl Iterator<Item = (Source, &str)> {
    text.split(',').filter_map(|part| {
        let (source, value) = part.trim().split_once(':')?;
        Some((Source::from_id(source.trim())?, value.trim()))
    })
}

/// Turns a good body into a malformed one, as a broken source would send it.
pub fn corrupt(body: &str) -> String {
    let cut = body
        .char_indices()
        .nth(body.chars().count() / 2)
        .map_or(0, |(i, _)| i);
    format!("{}<!-- afbrudt -->", &body[..cut])
}

/// Fault plans that can change while the app runs (the facilitator panel): each request reads
/// the plan in force when it starts, and nothing refetches by itself.
pub type FaultSwitch = Rc<RefCell<Faults>>;

/// A transport that applies the switch's [`Faults`] before (or instead of) the inner one.
pub struct Simulated {
    pub faults: FaultSwitch,
    pub inner: Rc<dyn Transport>,
}

impl Transport for Simulated {
    fn get(
        &self,
        url: String,
        source: Option<Source>,
        timeout_ms: u32,
    ) -> LocalFuture<Result<String, ApiError>> {
        let plan = source
            .map(|source| self.faults.borrow().plan(source))
            .unwrap_or_default();
        let inner = self.inner.clone();
        Box::pin(async move {
            if plan.latency_ms > 0 {
                TimeoutFuture::new(plan.latency_ms).await;
            }
            match plan.failure {
                Failure::Http500 => Err(ApiError::Http(500)),
                Failure::Timeout => {
                    TimeoutFuture::new(timeout_ms).await;
                    Err(ApiError::Timeout)
                }
                Failure::Malformed => Ok(corrupt(&inner.get(url, source, timeout_ms).await?)),
                Failure::None => inner.get(url, source, timeout_ms).await,
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_failures_and_latencies_per_source() {
        let faults = Faults::parse(
            "sager:500, skat:timeout,bolig:malformed,x:500,person:zzz",
            "sager:1500,cpr:10",
        );
        assert_eq!(
            faults.plan(Source::Cases),
            FaultPlan {
                latency_ms: 1500,
                failure: Failure::Http500
            }
        );
        assert_eq!(faults.plan(Source::Tax).failure, Failure::Timeout);
        assert_eq!(faults.plan(Source::Housing).failure, Failure::Malformed);
        assert_eq!(faults.plan(Source::Person), FaultPlan::default());
        assert!(Faults::parse("", "").is_empty());
    }

    #[test]
    fn the_address_form_round_trips() {
        let faults = Faults::parse("sager:500,skat:timeout", "skat:2500,bolig:100");
        let (failures, latencies) = faults.to_params();
        assert_eq!(Faults::parse(&failures, &latencies), faults);
        assert_eq!(
            Faults::default().to_params(),
            (String::new(), String::new())
        );
    }

    #[test]
    fn setting_a_default_plan_clears_the_source() {
        let mut faults = Faults::parse("sager:500", "");
        faults.set(Source::Cases, FaultPlan::default());
        assert!(faults.is_empty());
    }

    #[test]
    fn corrupted_bodies_do_not_parse() {
        let body = r#"{"kilde":{"myndighed":"Ærø Kommune"},"data":[1,2,3],"fejl":null}"#;
        let broken = corrupt(body);
        assert!(serde_json::from_str::<serde_json::Value>(&broken).is_err());
        assert!(broken.starts_with("{\"kilde\""));
    }
}
