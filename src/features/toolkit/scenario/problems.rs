//! The problems a scenario file can have: what is wrong and where (a JSON pointer). serde_json's
//! decoding messages are recognised by their form ([`DataError::from_serde`]); how each problem
//! is told in Danish and English is in `texts.rs`.

use crate::i18n::Lang;

/// The most tasks a scenario may have.
pub const MAX_TASKS: usize = 20;

/// One problem in a scenario file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// RFC 6901 JSON pointer into the file ("" = the whole file). A missing field points at the
    /// place it should have: `/navn`, `/opgaver/1/tekst`, `/endepunkter/person`.
    pub pointer: String,
    pub kind: ProblemKind,
}

impl Problem {
    /// The problem in plain language, in `lang`, without the pointer.
    pub fn message(&self, lang: Lang) -> String {
        self.kind.message(lang)
    }
}

/// The JSON type a place in the file must hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonKind {
    Object,
    List,
    Text,
    /// `true` or `false`.
    YesNo,
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// The file has no content.
    EmptyFile,
    /// The file is not JSON: where reading stopped (1-based) and why.
    NotJson {
        line: usize,
        column: usize,
        reason: DataError,
    },
    /// The value has the wrong JSON type.
    WrongType { expected: JsonKind },
    /// A required field is missing (the pointer names the field).
    Missing { field: String },
    /// A field the format does not have.
    UnknownField { field: String, allowed: Vec<String> },
    /// A text that must not be empty is.
    Empty,
    /// `format` is not `mit-overblik/scenarie`.
    WrongFormat,
    /// `version` is not 1.
    WrongVersion,
    /// An id is not 1–40 of `a-z`, `0-9` and `-`.
    BadId,
    /// The scenario's id is a built-in persona's.
    BuiltinId { id: String },
    /// `persona` names no built-in persona.
    UnknownPersona { id: String, known: Vec<String> },
    /// `dato` is not a real `YYYY-MM-DD` date.
    BadDate,
    /// Both `persona` and `endepunkter` are given.
    BothPersonaAndEndpoints,
    /// Neither `persona` nor `endepunkter` is given.
    NeitherPersonaNorEndpoints,
    /// More than [`MAX_TASKS`] tasks.
    TooManyTasks { count: usize },
    /// A task id used before in the file.
    DuplicateTask { id: String },
    /// A task's `startside` does not start with `/`.
    BadStartPage,
    /// A page in a success criterion does not start with `/`.
    BadPage,
    /// A success criterion with neither pages nor an answer.
    EmptySuccess,
    /// One of the 13 fixed endpoints is missing.
    MissingEndpoint { key: String },
    /// A key of `endepunkter` that is no endpoint.
    UnknownEndpoint { key: String },
    /// A case in a case list whose id is not a UUID.
    BadCaseId { id: String },
    /// A case the citizen can see has no detail endpoint (`key`).
    MissingCaseDetail { case_id: String, key: String },
    /// A fact the file gives twice differs (a name, a case's title): the value here, and the
    /// other place with its value.
    Mismatch {
        value: String,
        other_pointer: String,
        other_value: String,
    },
    /// An endpoint's body does not match the contract.
    Data(DataError),
}

/// A serde_json decoding message, recognised by its form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataError {
    /// ``missing field `x` ``
    MissingField { field: String },
    /// ``unknown field `x`, expected one of `a`, `b` ``
    UnknownField { field: String, allowed: Vec<String> },
    /// ``unknown variant `x`, expected one of `a`, `b` ``
    UnknownVariant { value: String, allowed: Vec<String> },
    /// `invalid type: <found>, expected <expected>` in serde's words.
    InvalidType { found: String, expected: String },
    /// `invalid value: <found>, expected <expected>` in serde's words.
    InvalidValue { found: String, expected: String },
    /// `invalid length <length>, expected …`
    InvalidLength { length: String },
    /// `expected value`
    ExpectedValue,
    /// ``expected `,` or `}` ``: the characters that should have come.
    ExpectedToken { tokens: Vec<String> },
    /// `EOF while parsing …`
    Eof,
    /// `trailing comma`
    TrailingComma,
    /// `trailing characters`
    TrailingCharacters,
    /// `key must be a string`
    KeyMustBeString,
    /// The envelope has neither `data` nor `fejl`.
    NoDataNorFault,
    /// Anything else, as serde said it.
    Other(String),
}

impl DataError {
    /// Recognises a serde_json message (with or without its "at line … column …").
    pub fn from_serde(message: &str) -> DataError {
        let message = message.rsplit_once(" at line ").map_or(message, |(m, _)| m);
        let found_expected = |rest: &str| {
            let (found, expected) = rest.rsplit_once(", expected ").unwrap_or((rest, ""));
            (found.to_owned(), expected.to_owned())
        };
        if let Some(rest) = message.strip_prefix("missing field `") {
            DataError::MissingField {
                field: rest.trim_end_matches('`').to_owned(),
            }
        } else if let Some((field, tail)) = message
            .strip_prefix("unknown field `")
            .and_then(|rest| rest.split_once('`'))
        {
            DataError::UnknownField {
                field: field.to_owned(),
                allowed: backticked(tail),
            }
        } else if let Some((value, tail)) = message
            .strip_prefix("unknown variant `")
            .and_then(|rest| rest.split_once('`'))
        {
            DataError::UnknownVariant {
                value: value.to_owned(),
                allowed: backticked(tail),
            }
        } else if let Some(rest) = message.strip_prefix("invalid type: ") {
            let (found, expected) = found_expected(rest);
            DataError::InvalidType { found, expected }
        } else if let Some(rest) = message.strip_prefix("invalid value: ") {
            let (found, expected) = found_expected(rest);
            DataError::InvalidValue { found, expected }
        } else if let Some(rest) = message.strip_prefix("invalid length ") {
            DataError::InvalidLength {
                length: found_expected(rest).0,
            }
        } else if message.starts_with("expected `") {
            DataError::ExpectedToken {
                tokens: backticked(message),
            }
        } else if message.starts_with("EOF while parsing") {
            DataError::Eof
        } else {
            match message {
                "expected value" => DataError::ExpectedValue,
                "trailing comma" => DataError::TrailingComma,
                "trailing characters" => DataError::TrailingCharacters,
                "key must be a string" => DataError::KeyMustBeString,
                other => DataError::Other(other.to_owned()),
            }
        }
    }
}

/// The texts between pairs of backticks: ``expected one of `a`, `b` `` → `a`, `b`.
fn backticked(text: &str) -> Vec<String> {
    text.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::toolkit::scenario::pointer::path_pointer;

    #[test]
    fn recognises_serde_messages() {
        assert_eq!(
            DataError::from_serde("missing field `navn` at line 1 column 9"),
            DataError::MissingField {
                field: "navn".into()
            }
        );
        assert_eq!(
            DataError::from_serde(
                "unknown variant `X`, expected one of `borger`, `undtagetBorger`"
            ),
            DataError::UnknownVariant {
                value: "X".into(),
                allowed: vec!["borger".into(), "undtagetBorger".into()]
            }
        );
        assert_eq!(
            DataError::from_serde("unknown field `foo`, there are no fields"),
            DataError::UnknownField {
                field: "foo".into(),
                allowed: vec![]
            }
        );
        assert_eq!(
            DataError::from_serde("invalid type: string \"a, expected b\", expected u16"),
            DataError::InvalidType {
                found: "string \"a, expected b\"".into(),
                expected: "u16".into()
            }
        );
        assert_eq!(
            DataError::from_serde("expected `,` or `}`"),
            DataError::ExpectedToken {
                tokens: vec![",".into(), "}".into()]
            }
        );
        assert_eq!(
            DataError::from_serde("EOF while parsing an object"),
            DataError::Eof
        );
        assert_eq!(
            DataError::from_serde("something new"),
            DataError::Other("something new".into())
        );
    }

    #[test]
    fn says_types_in_plain_words() {
        let error = DataError::InvalidType {
            found: "integer `5`".into(),
            expected: "a string".into(),
        };
        assert_eq!(
            error.message(Lang::Da),
            "Her skal stå en tekst, men der står heltallet 5."
        );
        assert_eq!(
            error.message(Lang::En),
            "This must be a text, but it is the whole number 5."
        );
        let error = DataError::InvalidType {
            found: "floating point `1.5`".into(),
            expected: "u16".into(),
        };
        assert_eq!(
            error.message(Lang::Da),
            "Her skal stå et heltal (0 eller derover), men der står tallet 1.5."
        );
        assert_eq!(
            DataError::Other("x".into()).message(Lang::Da),
            "Fejl i data: x"
        );
    }

    #[test]
    fn paths_become_pointers() {
        assert_eq!(
            path_pointer("/e/sager", "data[1].fremdrift.kode"),
            "/e/sager/data/1/fremdrift/kode"
        );
        assert_eq!(path_pointer("", "."), "");
        assert_eq!(path_pointer("", "[0][2].a~b/c"), "/0/2/a~0b~1c");
    }
}
