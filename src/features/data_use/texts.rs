//! The section's texts, Danish and English side by side.

crate::texts! {
    /// The data-use section's texts.
    pub enum DataUseText {
        Title => "Dine data",
            "Your data";
        Intro => "Her kan du se, hvem der har slået dine oplysninger op, hvilke samtykker du har givet, og hvem der har fuldmagt til at hjælpe dig.",
            "Here you can see who has looked up your data, which consents you have given, and who holds a power of attorney to help you.";
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_text_is_translated() {
        crate::i18n::check_texts(super::DataUseText::ALL, &[super::DataUseText::Title]);
    }
}
