//! The section's texts, Danish and English side by side.

crate::texts! {
    /// The personal-data section's texts.
    pub enum MyDataText {
        Title => "Mine oplysninger",
            "My details";
        Intro => "Her kan du se de oplysninger, der er registreret om dig i CPR og om din bolig i BBR.",
            "Here you can see what is registered about you in the CPR register and about your home in BBR.";
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_text_is_translated() {
        crate::i18n::check_texts(super::MyDataText::ALL, &[super::MyDataText::Title]);
    }
}
