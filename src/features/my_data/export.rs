//! "Hent mine data" (the GDPR right of access): everything the app holds about the person, one
//! entry per endpoint with its provenance, as one JSON document. The format is published as a
//! JSON Schema in `public/api/indsigt.schema.json`.
//!
//! The entries are built from what the client delivered, so whatever the client drops (a
//! protected address, cases hidden from the citizen) is not in the file either.

use serde_json::{json, Value};

use crate::api::{ApiError, Endpoint};
use crate::state::sources::Answer;

/// The format's name and version, written at the top of every file.
pub const FORMAT: &str = "mit-overblik/indsigt";
pub const VERSION: u32 = 1;

/// A failed endpoint's error as a code and a text.
fn fault(error: &ApiError) -> Value {
    let (code, text) = match error {
        ApiError::Network(detail) => ("NETVAERK".to_owned(), detail.clone()),
        ApiError::NotFound => ("IKKE_FUNDET".to_owned(), String::new()),
        ApiError::Http(status) => (format!("HTTP_{status}"), String::new()),
        ApiError::Timeout => ("TIDSGRAENSE".to_owned(), String::new()),
        ApiError::OutOfScope => ("INGEN_ADGANG".to_owned(), String::new()),
        ApiError::Decode { path, message } => {
            ("UGYLDIGT_SVAR".to_owned(), format!("{path}: {message}"))
        }
        ApiError::NoData => ("UGYLDIGT_SVAR".to_owned(), "data: null".to_owned()),
        ApiError::Source { fault, .. } => (fault.code.clone(), fault.text.clone()),
    };
    json!({ "kode": code, "tekst": text })
}

/// The whole document: `created` is an ISO 8601 time, `name` the person's name if known.
pub fn document(created: &str, name: Option<&str>, answers: Vec<(Endpoint, Answer)>) -> Value {
    let sources: Vec<Value> = answers
        .into_iter()
        .map(|(endpoint, answer)| {
            let source_of_error = match &answer {
                Err(ApiError::Source { source, .. }) => Some(source.as_ref().clone()),
                _ => None,
            };
            match answer {
                Ok((source, data)) => json!({
                    "endpoint": endpoint.path(),
                    "kilde": source,
                    "data": data,
                    "fejl": null,
                }),
                Err(error) => json!({
                    "endpoint": endpoint.path(),
                    "kilde": source_of_error,
                    "data": null,
                    "fejl": fault(&error),
                }),
            }
        })
        .collect();
    json!({
        "format": FORMAT,
        "version": VERSION,
        "dannet": created,
        "navn": name,
        "kilder": sources,
    })
}

/// The file name: "mit-overblik-data-2026-11-24.json".
pub fn file_name(today: &str) -> String {
    format!("mit-overblik-data-{today}.json")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::{fixture, housing::Housing, person::Person};
    use crate::state::sources::answer;

    #[test]
    fn a_protected_address_the_client_dropped_is_not_in_the_file() {
        // A backend that wrongly sends the address of a protected person.
        let mut person = fixture::<Person>("beskyttet", "person");
        let mut housing = fixture::<Housing>("beskyttet", "bolig");
        let address = fixture::<Person>("familie", "person").data.address;
        person.data.address = address.clone();
        housing.data.address = address.clone();
        housing.data.bfe_number = Some("100063828".into());
        person.data = person.data.without_protected("2026-11-24");
        housing.data = housing.data.without_protected();
        let doc = document(
            "2026-11-24T10:42:00.000Z",
            Some("Camilla Rask Holm"),
            vec![
                (Endpoint::Person, answer(Some(&Ok(person))).unwrap()),
                (Endpoint::Housing, answer(Some(&Ok(housing))).unwrap()),
            ],
        );
        let text = doc.to_string();
        assert!(!text.contains(&address.unwrap().street));
        assert!(!text.contains("100063828"));
        assert!(text.contains("navneOgAdresse"));
    }

    #[test]
    fn a_failed_source_keeps_its_place_with_its_error() {
        let doc = document(
            "2026-11-24T10:42:00.000Z",
            None,
            vec![
                (Endpoint::Tax, Err(ApiError::Http(500))),
                (Endpoint::Vehicles, Err(ApiError::Timeout)),
            ],
        );
        assert_eq!(doc["kilder"][0]["endpoint"], "skat");
        assert_eq!(doc["kilder"][0]["fejl"]["kode"], "HTTP_500");
        assert_eq!(doc["kilder"][1]["fejl"]["kode"], "TIDSGRAENSE");
        assert_eq!(doc["kilder"][1]["data"], Value::Null);
        assert_eq!(file_name("2026-11-24"), "mit-overblik-data-2026-11-24.json");
    }
}
