//! The section's texts, Danish and English side by side.

use crate::i18n::{integer, Lang};

crate::texts! {
    /// Søg.
    pub enum SearchText {
        Intro => "Søg på tværs af dine sager, breve, udbetalinger, de oplysninger, myndighederne har slået op, køretøjer og siderne i Mit Overblik.",
            "Search across your cases, letters, payments, the data authorities have looked up, vehicles and the pages of Mit Overblik.";
        Label => "Søg i Mit Overblik",
            "Search Mit Overblik";
        Hint => "Resultaterne følger med, mens du skriver. Du kan skrive æ, ø og å som ae, oe og aa.",
            "The results follow as you type. You can write æ, ø and å as ae, oe and aa.";
        Button => "Søg",
            "Search";
        Empty => "Skriv det, du leder efter.",
            "Type what you are looking for.";
        NoMatch => "Vi fandt ikke noget, der passer på din søgning. Prøv med et andet ord.",
            "We found nothing that matches your search. Try another word.";
        Pages => "Sider",
            "Pages";
        Cases => "Sager",
            "Cases";
        Letters => "Breve",
            "Letters";
        Payouts => "Udbetalinger",
            "Payments";
        DataItems => "Oplysninger, myndighederne har slået op",
            "Data the authorities have looked up";
        LookUps => "Opslag i dine data",
            "Look-ups of your data";
        Vehicles => "Køretøjer",
            "Vehicles";
    }
}

crate::counted! {
    /// Counts in a result.
    pub enum SearchCount {
        LookUps => ["{n} opslag", "{n} opslag"], ["{n} look-up", "{n} look-ups"];
    }
}

/// "12 resultater" / "12 results".
pub fn result_count(lang: Lang, n: usize) -> String {
    let number = integer(n as i64, lang);
    match (lang, n) {
        (Lang::Da, 1) => "1 resultat".to_owned(),
        (Lang::En, 1) => "1 result".to_owned(),
        (Lang::Da, _) => format!("{number} resultater"),
        (Lang::En, _) => format!("{number} results"),
    }
}

/// "Viser 20 af 143" / "Showing 20 of 143".
pub fn showing_first(lang: Lang, shown: usize, total: usize) -> String {
    let [shown, total] = [shown, total].map(|n| integer(n as i64, lang));
    match lang {
        Lang::Da => format!("Viser de første {shown} af {total}."),
        Lang::En => format!("Showing the first {shown} of {total}."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        crate::i18n::check_texts(SearchText::ALL, &[]);
        crate::i18n::check_counted(SearchCount::ALL);
        assert_eq!(result_count(Lang::Da, 1234), "1.234 resultater");
        assert_eq!(
            showing_first(Lang::En, 20, 1500),
            "Showing the first 20 of 1,500."
        );
    }
}
