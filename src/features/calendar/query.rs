//! The calendar's kind filter as it lives in the address (`/kalender?slags=afdrag`).

use crate::page::{hrefs::with_query, routes::Page};
use crate::state::events::Kind;

/// The kind chosen, if any; an unknown code is no filter.
pub fn kind_from_params(get: impl Fn(&str) -> Option<String>) -> Option<Kind> {
    let code = get("slags")?;
    Kind::ALL.into_iter().find(|kind| kind.code() == code)
}

/// The calendar's address showing `kind`.
pub fn calendar_href(kind: Option<Kind>) -> String {
    let params: Vec<(&str, String)> = kind
        .map(|k| ("slags", k.code().to_owned()))
        .into_iter()
        .collect();
    with_query(Page::Calendar.path(), &params)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kind_round_trips_through_the_address() {
        assert_eq!(calendar_href(None), "/kalender");
        assert_eq!(
            calendar_href(Some(Kind::InspectionDue)),
            "/kalender?slags=syn"
        );
        let get = |v: &'static str| move |name: &str| (name == "slags").then(|| v.to_owned());
        assert_eq!(kind_from_params(get("syn")), Some(Kind::InspectionDue));
        assert_eq!(kind_from_params(get("nope")), None);
    }
}
