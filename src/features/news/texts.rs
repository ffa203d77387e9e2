//! The section's texts, Danish and English side by side.

use crate::format::date_time_iso;
use crate::i18n::{integer, Lang};

crate::texts! {
    /// Nyt siden sidst.
    pub enum NewsText {
        ListHeading => "Det er sket",
            "What happened";
        FirstTime => "Vi kan ikke se, hvornår du sidst var logget på. Næste gang viser vi her, hvad der er sket siden.",
            "We cannot see when you last logged in. Next time, this page shows what has happened since.";
        Nothing => "Der er ikke sket noget nyt, siden du sidst var logget på.",
            "Nothing new has happened since you last logged in.";
        NoMatch => "Der er ikke noget nyt, der passer på dine valg.",
            "Nothing new matches your choices.";
        FilterKind => "Hvad skete der",
            "What happened";
        FilterAuthority => "Myndighed",
            "Authority";
        FiltersLabel => "Vælg, hvad du vil se",
            "Choose what to see";
        SeeNews => "Se hvad der er nyt",
            "See what is new";
        Newest => "Senest:",
            "Latest:";
        NotAll => "Nogle oplysninger kunne ikke hentes, så der kan mangle noget her.",
            "Some information could not be loaded, so something may be missing here.";
        SeeCalendar => "Se datoer, der kommer, i kalenderen",
            "See upcoming dates in the calendar";
    }
}

crate::counted! {
    /// Counts of the section.
    pub enum NewsCount {
        New => ["{n} ny hændelse", "{n} nye hændelser"], ["{n} new event", "{n} new events"];
    }
}

/// The count above the list: "Viser 3 hændelser", or "Viser 51–100 af 120 hændelser" when paged.
pub fn showing(lang: Lang, first: usize, last: usize, total: usize) -> String {
    let count = last + 1 - first;
    let [first, last, total_text] = [first, last, total].map(|n| integer(n as i64, lang));
    match (lang, total, count == total) {
        (Lang::Da, 1, _) => "Viser 1 hændelse".to_owned(),
        (Lang::En, 1, _) => "Showing 1 event".to_owned(),
        (Lang::Da, _, true) => format!("Viser {total_text} hændelser"),
        (Lang::En, _, true) => format!("Showing {total_text} events"),
        (Lang::Da, _, false) => format!("Viser {first}–{last} af {total_text} hændelser"),
        (Lang::En, _, false) => format!("Showing {first}–{last} of {total_text} events"),
    }
}

/// "Her er det, der er sket, siden du sidst var logget på 4. november 2026 kl. 21.04."
pub fn since_intro(lang: Lang, last_login: &str) -> String {
    let when = date_time_iso(last_login, lang);
    match lang {
        Lang::Da => format!(
            "Her er det, der er sket, siden du sidst var logget på {when}. Det nyeste står først."
        ),
        Lang::En => format!(
            "Here is what has happened since you last logged in on {when}. The newest comes first."
        ),
    }
}

/// The card's line: "Siden 4. november 2026 kl. 21.04".
pub fn since_short(lang: Lang, last_login: &str) -> String {
    let when = date_time_iso(last_login, lang);
    match lang {
        Lang::Da => format!("Siden du sidst var logget på {when}"),
        Lang::En => format!("Since you last logged in on {when}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        crate::i18n::check_texts(NewsText::ALL, &[]);
        crate::i18n::check_counted(NewsCount::ALL);
    }

    #[test]
    fn the_count_says_which_part_of_the_list_is_shown() {
        assert_eq!(showing(Lang::Da, 1, 1, 1), "Viser 1 hændelse");
        assert_eq!(showing(Lang::Da, 1, 12, 12), "Viser 12 hændelser");
        assert_eq!(
            showing(Lang::Da, 51, 100, 1234),
            "Viser 51–100 af 1.234 hændelser"
        );
        assert_eq!(
            showing(Lang::En, 51, 100, 1234),
            "Showing 51–100 of 1,234 events"
        );
    }

    #[test]
    fn the_intro_names_the_last_login() {
        let text = since_intro(Lang::Da, "2026-11-04T21:04:12+01:00");
        assert!(text.contains("4. november 2026"), "{text}");
    }
}
