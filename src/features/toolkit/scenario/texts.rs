//! The validator's messages: every problem a scenario file can have, told in plain Danish and
//! English (the problems themselves are in `problems.rs`).

use super::super::texts::quoted;
use super::problems::{DataError, JsonKind, ProblemKind, MAX_TASKS};
use crate::i18n::Lang;

impl DataError {
    /// The message in plain language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            DataError::MissingField { field } => missing_field(lang, field),
            DataError::UnknownField { field, allowed } => unknown_field(lang, field, allowed),
            DataError::UnknownVariant { value, allowed } => {
                let value = quoted(lang, value);
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
                let tokens: Vec<String> = tokens.iter().map(|t| quoted(lang, t)).collect();
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
        let q = |text: &str| quoted(lang, text);
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
                    JsonKind::YesNo => ("true eller false (uden anførselstegn)", "true or false (without quotes)"),
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
            ProblemKind::BadPage => lang
                .pick(
                    "En side skal være en side i appen og begynde med »/«, fx »/oekonomi« eller »/sager/{id}« for en sag.",
                    "A page must be a page in the app and begin with “/”, e.g. “/oekonomi” or “/sager/{id}” for a case.",
                )
                .to_owned(),
            ProblemKind::EmptySuccess => lang
                .pick(
                    "Et succeskriterium skal have »sider« (sider, der når målet), »svar« (det rigtige svar) eller begge dele.",
                    "A success criterion needs “sider” (pages that reach the goal), “svar” (the right answer) or both.",
                )
                .to_owned(),
            ProblemKind::Mismatch { value, other_pointer, other_value } => {
                let place = super::pointer::readable(other_pointer, lang).unwrap_or_default();
                let (value, other_value) = (q(value), q(other_value));
                match lang {
                    Lang::Da => format!("Her står {value}, men i {place} ({other_pointer}) står {other_value}. Det skal være det samme begge steder."),
                    Lang::En => format!("This says {value}, but {place} ({other_pointer}) says {other_value}. Both places must say the same."),
                }
            }
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
        Lang::Da => format!("Feltet {} mangler.", quoted(lang, field)),
        Lang::En => format!("The field {} is missing.", quoted(lang, field)),
    }
}

/// "Feltet »x« findes ikke i formatet. Du kan bruge: »a«, »b«."
fn unknown_field(lang: Lang, field: &str, allowed: &[String]) -> String {
    let field = quoted(lang, field);
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
fn quote_all(lang: Lang, texts: &[String]) -> String {
    let quoted: Vec<String> = texts.iter().map(|text| quoted(lang, text)).collect();
    quoted.join(", ")
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
