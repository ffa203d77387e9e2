//! Addresses inside the app: queries percent-encoded, and the typed links one section gives
//! another (a benefit's case), so no feature builds another's address by hand.

use super::routes::Page;
use crate::api::access_log::DataItem;
use crate::state::events::Target;

/// An address with a query: `path?name=value&…`, values percent-encoded; no `?` without values.
pub fn with_query(path: &str, params: &[(&str, String)]) -> String {
    if params.is_empty() {
        return path.to_owned();
    }
    let encoded: Vec<String> = params
        .iter()
        .map(|(name, value)| format!("{name}={}", percent_encode(value)))
        .collect();
    format!("{path}?{}", encoded.join("&"))
}

/// Percent-encodes everything but unreserved characters (RFC 3986), UTF-8 byte by byte.
pub fn percent_encode(value: &str) -> String {
    value
        .bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (byte as char).to_string()
            }
            other => format!("%{other:02X}"),
        })
        .collect()
}

/// The address of one case.
pub fn case_href(id: &str) -> String {
    format!("{}/{}", Page::Cases.path(), percent_encode(id))
}

/// The address parameter of a paged list's page (`?side=2`).
pub const PAGE_PARAM: &str = "side";

/// A list's page as the address gives it: 1 for anything that is not a whole number from 1 up.
pub fn page_number(value: Option<String>) -> usize {
    value
        .and_then(|p| p.trim().parse().ok())
        .filter(|p| *p >= 1)
        .unwrap_or(1)
}

/// The address parameter of Dine data's filter by kind of data (`?data=cpr.adresse`).
pub const DATA_ITEM_PARAM: &str = "data";

/// Dine data's access log showing the look-ups of one kind of data.
pub fn data_item_href(item: DataItem) -> String {
    with_query(
        Page::DataUse.path(),
        &[(DATA_ITEM_PARAM, item.code().to_owned())],
    )
}

/// The address where the app shows an event's item: a case's page, or the section that holds it
/// (a letter: Digital Post, which lists it by subject).
pub fn target_href(target: &Target) -> String {
    match target {
        Target::Case(id) => case_href(id),
        Target::Letter(_) => Page::DigitalPost.path().to_owned(),
        Target::Economy => Page::Economy.path().to_owned(),
        Target::MyData => Page::MyData.path().to_owned(),
        Target::DataUse => Page::DataUse.path().to_owned(),
    }
}

/// `target` if it is a path of this app, for the login's return address; `None` for anything a
/// browser could read as another site. A path starts with one `/` and has no backslash (browsers
/// read `/\` as `//`) and no control character (browsers drop a tab or newline, so `/<tab>/`
/// becomes `//`); it is read already percent-decoded.
pub fn app_path(target: &str) -> Option<&str> {
    let rest = target.strip_prefix('/')?;
    let foreign = rest.starts_with('/')
        || target.contains('\\')
        || target
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() && c != ' ');
    (!foreign).then_some(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_are_percent_encoded() {
        assert_eq!(with_query("/sager", &[]), "/sager");
        assert_eq!(
            with_query("/sager", &[("soeg", "børn & unge".to_owned())]),
            "/sager?soeg=b%C3%B8rn%20%26%20unge"
        );
        assert_eq!(
            case_href("6f1c2a9e-1d7b-4c55-9f4e-2b8d3a1c0e11"),
            "/sager/6f1c2a9e-1d7b-4c55-9f4e-2b8d3a1c0e11"
        );
    }

    #[test]
    fn an_event_target_becomes_the_address_that_shows_it() {
        assert_eq!(target_href(&Target::Case("a b".into())), "/sager/a%20b");
        assert_eq!(target_href(&Target::Letter("x".into())), "/digital-post");
        assert_eq!(target_href(&Target::Economy), "/oekonomi");
        assert_eq!(target_href(&Target::MyData), "/mine-oplysninger");
        assert_eq!(target_href(&Target::DataUse), "/dine-data");
    }

    #[test]
    fn only_a_path_of_this_app_is_a_return_address() {
        for good in [
            "/",
            "/sager",
            "/sager?fane=afsluttede&side=2",
            "/oekonomi#udbetalinger",
            "/a b",
        ] {
            assert_eq!(app_path(good), Some(good), "{good}");
        }
        // The known bypasses: another site written as a path, a scheme, backslashes and control
        // characters that browsers drop or turn into a slash.
        for bad in [
            "",
            "sager",
            "//evil.example/",
            "/\\evil.example/",
            "/\\/evil.example/",
            "\\\\evil.example",
            "/\t/evil.example/",
            "/\n/evil.example",
            "/\r//evil.example",
            "/\u{0}/evil.example",
            "/\u{a0}/evil.example",
            "https://evil.example/",
            "javascript:alert(1)",
            " /sager",
        ] {
            assert_eq!(app_path(bad), None, "{bad:?}");
        }
    }
}
