//! The section's texts, Danish and English side by side.

crate::texts! {
    /// The economy section's texts.
    pub enum EconomyText {
        Title => "Økonomi",
            "Finances";
        Intro => "Her kan du se dine ydelser, udbetalinger, skat og eventuel gæld til det offentlige.",
            "Here you can see your benefits, payments, tax and any debt to public authorities.";
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_text_is_translated() {
        crate::i18n::check_texts(super::EconomyText::ALL, &[super::EconomyText::Title]);
    }
}
