//! The section's texts, Danish and English side by side.

use crate::i18n::Lang;

crate::texts! {
    /// The data-use section's texts.
    pub enum DataUseText {
        Title => "Dine data",
            "Your data";
        Intro => "Her kan du se, hvem der har slået dine oplysninger op, hvilke samtykker du har givet, og hvem der har fuldmagt til at hjælpe dig.",
            "Here you can see who has looked up your data, which consents you have given, and who holds a power of attorney to help you.";
        CardHeading => "Opslag i dine data",
            "Look-ups of your data";
        SeeDataUse => "Se, hvem der har brugt dine data",
            "See who has used your data";
    }
}

crate::counted! {
    /// Counted texts of the section.
    pub enum DataUseCount {
        Recent => ["{n} opslag de seneste 30 dage", "{n} opslag de seneste 30 dage"],
            ["{n} look-up in the last 30 days", "{n} look-ups in the last 30 days"];
    }
}

/// "Senest: Udbetaling Danmark, 3. marts 2026" / "Latest: …".
pub fn latest_lookup(lang: Lang, authority: &str, date: &str) -> String {
    match lang {
        Lang::Da => format!("Senest: {authority}, {date}"),
        Lang::En => format!("Latest: {authority}, {date}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        crate::i18n::check_texts(DataUseText::ALL, &[]);
        crate::i18n::check_counted(DataUseCount::ALL);
    }
}
