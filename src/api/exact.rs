//! Exactness for data the app did not fetch itself (a scenario file, the fixtures): the client
//! reads live answers tolerantly (unknown fields ignored, unknown codes read as "ukendt"), but a
//! file a person wrote must say only what the app understands. Decoding and encoding again shows
//! what was ignored or not known: the first place where the two differ.

use serde::Serialize;
use serde_json::Value;

use super::benefits::PayoutStatus;
use super::cases::ProgressCode;
use super::error::ApiError;

/// `Ok` if `decoded`, encoded again, says what `body` says; otherwise a decode error at the
/// first field the app ignored or the first value it did not know.
pub fn exact<T: Serialize>(body: &str, decoded: &T) -> Result<(), ApiError> {
    let (Ok(sent), Ok(read)) = (
        serde_json::from_str::<Value>(body),
        serde_json::to_value(decoded),
    ) else {
        return Ok(());
    };
    match first_difference(&sent, &read, String::new()) {
        None => Ok(()),
        Some((path, message)) => Err(ApiError::Decode { path, message }),
    }
}

/// The path (`data[0].fremdrift.kode`) and a message for the first place `sent` says more than
/// or something else than `read`. A missing optional value (absent or `null`) is no difference,
/// nor are `2` and `2.0`.
fn first_difference(sent: &Value, read: &Value, path: String) -> Option<(String, String)> {
    let here = |path: &str| {
        if path.is_empty() {
            ".".to_owned()
        } else {
            path.to_owned()
        }
    };
    match (sent, read) {
        (Value::Object(sent), Value::Object(read)) => sent.iter().find_map(|(key, value)| {
            let inner = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            match read.get(key) {
                None if value.is_null() => None,
                None => Some((inner, format!("unknown field `{key}`"))),
                Some(again) => first_difference(value, again, inner),
            }
        }),
        (Value::Array(sent), Value::Array(read)) if sent.len() == read.len() => sent
            .iter()
            .zip(read)
            .enumerate()
            .find_map(|(i, (value, again))| first_difference(value, again, format!("{path}[{i}]"))),
        (Value::Number(a), Value::Number(b)) => {
            let same = match (a.as_f64(), b.as_f64()) {
                (Some(a), Some(b)) => (a - b).abs() < 1e-9,
                _ => a == b,
            };
            (!same).then(|| (here(&path), format!("unknown value {a}")))
        }
        (Value::String(text), _) if sent != read => {
            let message = match read.as_str().and_then(known_codes) {
                // In serde's own words, so a scenario's problem lists the codes to use.
                Some(codes) => format!("unknown variant `{text}`, expected one of {codes}"),
                None => format!("unknown value `{text}`"),
            };
            Some((here(&path), message))
        }
        _ if sent != read => Some((here(&path), "unknown value".to_owned())),
        _ => None,
    }
}

/// The codes of a closed list that the client reads past with a catch-all (`catch_all` is its
/// wire name), as "`a`, `b`".
fn known_codes(catch_all: &str) -> Option<String> {
    fn names<T: Serialize>(codes: &[T]) -> String {
        codes
            .iter()
            .filter_map(|code| serde_json::to_value(code).ok())
            .filter_map(|code| code.as_str().map(|code| format!("`{code}`")))
            .collect::<Vec<_>>()
            .join(", ")
    }
    match catch_all {
        "(ukendt fremdrift)" => Some(names(&ProgressCode::ALL)),
        "(ukendt status)" => Some(names(&PayoutStatus::ALL)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Serialize, Deserialize)]
    struct Row {
        status: PayoutStatus,
        note: Option<String>,
        amount: f64,
    }

    fn check(body: &str) -> Result<(), ApiError> {
        let rows: Vec<Row> = serde_json::from_str(body).unwrap();
        exact(body, &rows)
    }

    #[test]
    fn what_the_app_would_ignore_or_not_know_is_named_with_its_path() {
        assert!(check(r#"[{"status":"udbetalt","note":null,"amount":2}]"#).is_ok());
        assert!(check(r#"[{"status":"udbetalt","amount":2.0}]"#).is_ok());
        match check(r#"[{"status":"udbetalt","amount":1},{"status":"betalt","amount":1}]"#) {
            Err(ApiError::Decode { path, message }) => {
                assert_eq!(path, "[1].status");
                assert_eq!(
                    message,
                    "unknown variant `betalt`, expected one of `planlagt`, `sendt`, `udbetalt`"
                );
            }
            other => panic!("{other:?}"),
        }
        match check(r#"[{"status":"udbetalt","amount":1,"titell":"x"}]"#) {
            Err(ApiError::Decode { path, message }) => {
                assert_eq!(path, "[0].titell");
                assert!(message.contains("titell"), "{message}");
            }
            other => panic!("{other:?}"),
        }
    }
}
