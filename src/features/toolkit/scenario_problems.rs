//! The problems a scenario file can have, said in plain Danish and English. serde_json's
//! decoding messages are recognised by their form ([`DataError::from_serde`]) and retold.

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
    /// One of the 13 fixed endpoints is missing.
    MissingEndpoint { key: String },
    /// A key of `endepunkter` that is no endpoint.
    UnknownEndpoint { key: String },
    /// A case in a case list whose id is not a UUID.
    BadCaseId { id: String },
    /// A case the citizen can see has no detail endpoint (`key`).
    MissingCaseDetail { case_id: String, key: String },
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
                "neither data nor fejl" => DataError::NoDataNorFault,
                other => DataError::Other(other.to_owned()),
            }
        }
    }

    /// The message in plain language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            DataError::MissingField { field } => missing_field(lang, field),
            DataError::UnknownField { field, allowed } => unknown_field(lang, field, allowed),
            DataError::UnknownVariant { value, allowed } => {
                let value = quote(lang, value);
                let allowed = quote_all(lang, allowed);
                match lang {
                    Lang::Da => {
                        format!("Værdien {value} er ikke tilladt her. Du kan bruge: {allowed}.")
                    }
                    Lang::En => {
                        format!("The value {value} is not allowed here. You can use: {allowed}.")
                    }
                }
            }
            DataError::InvalidType { found, expected } => {
                let (found, expected) = (found_word(lang, found), expected_word(lang, expected));
                match lang {
                    Lang::Da => format!("Her skal stå {expected}, men der står {found}."),
                    Lang::En => format!("This must be {expected}, but it is {found}."),
                }
            }
            DataError::InvalidValue { found, expected } => {
                let (found, expected) = (found_word(lang, found), expected_word(lang, expected));
                match lang {
                    Lang::Da => format!("Her står {found}, men det skal være {expected}."),
                    Lang::En => format!("This is {found}, but it must be {expected}."),
                }
            }
            DataError::InvalidLength { length } => match lang {
                Lang::Da => {
                    format!("Listen har ikke det rigtige antal elementer (den har {length}).")
                }
                Lang::En => format!(
                    "The list does not have the right number of elements (it has {length})."
                ),
            },
            DataError::ExpectedToken { tokens } => {
                let tokens: Vec<String> = tokens.iter().map(|t| quote(lang, t)).collect();
                match lang {
                    Lang::Da => format!("Her skulle stå {}.", tokens.join(" eller ")),
                    Lang::En => format!("Expected {} here.", tokens.join(" or ")),
                }
            }
            DataError::ExpectedValue => lang
                .pick(
                    "Her står ikke en gyldig værdi.",
                    "There is no valid value here.",
                )
                .to_owned(),
            DataError::Eof => lang
                .pick(
                    "Filen slutter, før alle klammer og anførselstegn er lukket.",
                    "The file ends before all brackets and quotes are closed.",
                )
                .to_owned(),
            DataError::TrailingComma => lang
                .pick(
                    "Der står et komma for meget før en afsluttende klamme.",
                    "There is one comma too many before a closing bracket.",
                )
                .to_owned(),
            DataError::TrailingCharacters => lang
                .pick(
                    "Der står noget efter slutningen af JSON-objektet.",
                    "There is something after the end of the JSON object.",
                )
                .to_owned(),
            DataError::KeyMustBeString => lang
                .pick(
                    "Et feltnavn skal stå i anførselstegn.",
                    "A field name must be in quotes.",
                )
                .to_owned(),
            DataError::NoDataNorFault => lang
                .pick(
                    "Enten »data« eller »fejl« skal have en værdi – her er begge null.",
                    "Either “data” or “fejl” must have a value – here both are null.",
                )
                .to_owned(),
            DataError::Other(raw) => match lang {
                Lang::Da => format!("Fejl i data: {raw}"),
                Lang::En => format!("Invalid data: {raw}"),
            },
        }
    }
}

impl ProblemKind {
    /// The problem in plain language.
    pub fn message(&self, lang: Lang) -> String {
        let q = |text: &str| quote(lang, text);
        match self {
            ProblemKind::EmptyFile => lang.pick("Filen er tom.", "The file is empty.").to_owned(),
            ProblemKind::NotJson { line, column, reason } => {
                let reason = reason.message(lang);
                match lang {
                    Lang::Da => format!("Filen er ikke gyldig JSON. Fejlen er i linje {line}, kolonne {column}: {reason}"),
                    Lang::En => format!("The file is not valid JSON. The error is in line {line}, column {column}: {reason}"),
                }
            }
            ProblemKind::WrongType { expected } => {
                let (da, en) = match expected {
                    JsonKind::Object => ("et objekt ({ … })", "an object ({ … })"),
                    JsonKind::List => ("en liste ([ … ])", "a list ([ … ])"),
                    JsonKind::Text => ("en tekst i anførselstegn", "a text in quotes"),
                };
                match lang {
                    Lang::Da => format!("Her skal stå {da}."),
                    Lang::En => format!("This must be {en}."),
                }
            }
            ProblemKind::Missing { field } => missing_field(lang, field),
            ProblemKind::UnknownField { field, allowed } => unknown_field(lang, field, allowed),
            ProblemKind::Empty => lang
                .pick("Feltet må ikke være tomt.", "The field must not be empty.")
                .to_owned(),
            ProblemKind::WrongFormat => match lang {
                Lang::Da => format!("Feltet »format« skal være {}.", q("mit-overblik/scenarie")),
                Lang::En => format!("The field “format” must be {}.", q("mit-overblik/scenarie")),
            },
            ProblemKind::WrongVersion => lang
                .pick(
                    "Feltet »version« skal være 1. Appen kan kun læse version 1 af formatet.",
                    "The field “version” must be 1. The app can only read version 1 of the format.",
                )
                .to_owned(),
            ProblemKind::BadId => lang
                .pick(
                    "Et id må kun bestå af små bogstaver fra a til z, tal og bindestreger og højst være 40 tegn langt.",
                    "An id may only contain lower-case letters a to z, digits and hyphens, and be at most 40 characters long.",
                )
                .to_owned(),
            ProblemKind::BuiltinId { id } => match lang {
                Lang::Da => format!("Id'et {} bruges allerede af en indbygget persona. Vælg et andet id.", q(id)),
                Lang::En => format!("The id {} is already used by a built-in persona. Choose another id.", q(id)),
            },
            ProblemKind::UnknownPersona { id, known } => {
                let known = quote_all(lang, known);
                match lang {
                    Lang::Da => format!("Der findes ingen indbygget persona med id'et {}. Du kan vælge: {known}.", q(id)),
                    Lang::En => format!("There is no built-in persona with the id {}. You can choose: {known}.", q(id)),
                }
            }
            ProblemKind::BadDate => lang
                .pick(
                    "Datoen skal være en rigtig dato skrevet som ÅÅÅÅ-MM-DD, fx 2026-11-24.",
                    "The date must be a real date written as YYYY-MM-DD, e.g. 2026-11-24.",
                )
                .to_owned(),
            ProblemKind::BothPersonaAndEndpoints => lang
                .pick(
                    "Du kan ikke bruge både »persona« og »endepunkter«. Vælg en indbygget persona eller dine egne data.",
                    "You cannot use both “persona” and “endepunkter”. Choose a built-in persona or your own data.",
                )
                .to_owned(),
            ProblemKind::NeitherPersonaNorEndpoints => lang
                .pick(
                    "Du skal bruge enten »persona« (en indbygget persona) eller »endepunkter« (dine egne data).",
                    "You must use either “persona” (a built-in persona) or “endepunkter” (your own data).",
                )
                .to_owned(),
            ProblemKind::TooManyTasks { count } => match lang {
                Lang::Da => format!("Der må højst være {MAX_TASKS} opgaver, men der er {count}."),
                Lang::En => format!("There may be at most {MAX_TASKS} tasks, but there are {count}."),
            },
            ProblemKind::DuplicateTask { id } => match lang {
                Lang::Da => format!("Der er mere end én opgave med id'et {}. Hver opgave skal have sit eget id.", q(id)),
                Lang::En => format!("More than one task has the id {}. Each task needs its own id.", q(id)),
            },
            ProblemKind::BadStartPage => lang
                .pick(
                    "Startsiden skal være en side i appen og begynde med »/«, fx »/sager«.",
                    "The start page must be a page in the app and begin with “/”, e.g. “/sager”.",
                )
                .to_owned(),
            ProblemKind::MissingEndpoint { key } => match lang {
                Lang::Da => format!("Endepunktet {} mangler. Alle 13 faste endepunkter skal være med.", q(key)),
                Lang::En => format!("The endpoint {} is missing. All 13 fixed endpoints must be included.", q(key)),
            },
            ProblemKind::UnknownEndpoint { key } => match lang {
                Lang::Da => format!("Endepunktet {} findes ikke. Du kan bruge de 13 faste endepunkter, »sager/<sags-id>« og »paa-vegne-af/<id>/<endepunkt>«.", q(key)),
                Lang::En => format!("The endpoint {} does not exist. You can use the 13 fixed endpoints, “sager/<case id>” and “paa-vegne-af/<id>/<endpoint>”.", q(key)),
            },
            ProblemKind::BadCaseId { id } => match lang {
                Lang::Da => format!("Sagens id {} skal være et UUID, fx »6f1c2a9e-1d7b-4c55-9f4e-2b8d3a1c0e11«.", q(id)),
                Lang::En => format!("The case id {} must be a UUID, e.g. “6f1c2a9e-1d7b-4c55-9f4e-2b8d3a1c0e11”.", q(id)),
            },
            ProblemKind::MissingCaseDetail { case_id, key } => match lang {
                Lang::Da => format!("Sagen {} står i sagslisten, men endepunktet {} med sagens detaljer mangler.", q(case_id), q(key)),
                Lang::En => format!("The case {} is in the case list, but the endpoint {} with the case's details is missing.", q(case_id), q(key)),
            },
            ProblemKind::Data(error) => error.message(lang),
        }
    }
}

/// "Feltet »x« mangler."
fn missing_field(lang: Lang, field: &str) -> String {
    match lang {
        Lang::Da => format!("Feltet {} mangler.", quote(lang, field)),
        Lang::En => format!("The field {} is missing.", quote(lang, field)),
    }
}

/// "Feltet »x« findes ikke i formatet. Du kan bruge: »a«, »b«."
fn unknown_field(lang: Lang, field: &str, allowed: &[String]) -> String {
    let field = quote(lang, field);
    let allowed = quote_all(lang, allowed);
    match (lang, allowed.is_empty()) {
        (Lang::Da, true) => format!("Feltet {field} findes ikke i formatet."),
        (Lang::Da, false) => {
            format!("Feltet {field} findes ikke i formatet. Du kan bruge: {allowed}.")
        }
        (Lang::En, true) => format!("The field {field} is not part of the format."),
        (Lang::En, false) => {
            format!("The field {field} is not part of the format. You can use: {allowed}.")
        }
    }
}

/// A name or value in the language's quotes: »x« in Danish, “x” in English.
fn quote(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Da => format!("»{text}«"),
        Lang::En => format!("“{text}”"),
    }
}

fn quote_all(lang: Lang, texts: &[String]) -> String {
    let quoted: Vec<String> = texts.iter().map(|text| quote(lang, text)).collect();
    quoted.join(", ")
}

/// The texts between pairs of backticks: ``expected one of `a`, `b` `` → `a`, `b`.
fn backticked(text: &str) -> Vec<String> {
    text.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

/// serde's name of what was expected ("a string", "u16", "struct Kle") in plain words.
fn expected_word(lang: Lang, expected: &str) -> String {
    let word = match expected {
        "a string" | "a borrowed string" | "string" => ("en tekst", "a text"),
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => {
            ("et heltal (0 eller derover)", "a whole number (0 or more)")
        }
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => ("et heltal", "a whole number"),
        "f32" | "f64" => ("et tal", "a number"),
        "a boolean" => ("en sand/falsk-værdi (true eller false)", "true or false"),
        "a map" | "map" => ("et objekt", "an object"),
        "a sequence" | "sequence" => ("en liste", "a list"),
        "unit" | "null" => ("null", "null"),
        "a character" | "a char" => ("ét tegn", "a single character"),
        other if other.starts_with("struct ") => ("et objekt", "an object"),
        other if other.starts_with("enum ") => {
            ("en af de tilladte værdier", "one of the allowed values")
        }
        other if other.starts_with("tuple") || other.starts_with("an array") => {
            ("en liste", "a list")
        }
        other => return other.to_owned(),
    };
    lang.pick(word.0, word.1).to_owned()
}

/// serde's description of what was found ("integer `5`", "string \"x\"", "map") in plain words.
fn found_word(lang: Lang, found: &str) -> String {
    let (kind, value) = found
        .strip_prefix("floating point ")
        .map(|value| ("float", value))
        .or_else(|| found.split_once(' '))
        .unwrap_or((found, ""));
    let value = value.trim_matches('`');
    match (kind, lang) {
        ("string", Lang::Da) => format!("teksten {value}"),
        ("string", Lang::En) => format!("the text {value}"),
        ("integer", Lang::Da) => format!("heltallet {value}"),
        ("integer", Lang::En) => format!("the whole number {value}"),
        ("float", Lang::Da) => format!("tallet {value}"),
        ("float", Lang::En) => format!("the number {value}"),
        ("boolean", Lang::Da) => format!("sand/falsk-værdien {value}"),
        ("boolean", Lang::En) => format!("the value {value}"),
        ("null" | "unit", _) => "null".to_owned(),
        ("map", _) => lang.pick("et objekt", "an object").to_owned(),
        ("sequence", _) => lang.pick("en liste", "a list").to_owned(),
        _ => found.to_owned(),
    }
}

/// A JSON pointer token: `~` → `~0`, `/` → `~1` (RFC 6901).
pub fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// The decoder's JSON path (`data[1].fremdrift.kode`, root `.`) as a pointer below `base`.
pub fn path_pointer(base: &str, path: &str) -> String {
    path.replace('[', ".")
        .split(['.', ']'])
        .filter(|token| !token.is_empty())
        .fold(base.to_owned(), |pointer, token| {
            format!("{pointer}/{}", escape(token))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

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
