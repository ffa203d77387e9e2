//! What the client removes from an answer before any page sees it, whatever the backend sent:
//! an address protected on the scenario's day, and cases hidden from the citizen. The source
//! table names one of these per endpoint.

use serde::de::DeserializeOwned;

use super::cases::{visible_cases, CaseSummary};
use super::client::decode_envelope;
use super::envelope::Sourced;
use super::error::ApiError;
use super::housing::Housing;
use super::person::Person;
use crate::date::Date;

/// Decodes `body` as an answer of `T` and tidies its data with `tidy`: the part of a read that
/// needs the model's decoder.
pub(crate) fn decoded<T: DeserializeOwned>(
    body: &str,
    tidy: fn(T, Date) -> T,
    today: Date,
) -> Result<Sourced<T>, ApiError> {
    let sourced: Sourced<T> = decode_envelope(body)?;
    Ok(Sourced {
        source: sourced.source,
        data: tidy(sourced.data, today),
    })
}

/// Nothing to remove.
pub fn keep<T>(data: T, _today: Date) -> T {
    data
}

/// CPR data without an address protected on `today`.
pub fn person(person: Person, today: Date) -> Person {
    person.without_protected(&today.to_string())
}

/// BBR/DAR data without a protected address.
pub fn housing(housing: Housing, _today: Date) -> Housing {
    housing.without_protected()
}

/// The cases the citizen may see.
pub fn cases(cases: Vec<CaseSummary>, _today: Date) -> Vec<CaseSummary> {
    visible_cases(cases)
}
