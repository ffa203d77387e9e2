//! The section's texts, Danish and English side by side.

crate::texts! {
    /// The Digital Post section's texts.
    pub enum DigitalPostText {
        Title => "Digital Post",
            "Digital Post";
        Intro => "Her kan du se afsender og emne på de breve, du har fået i Digital Post.",
            "Here you can see the sender and subject of the letters you have received in Digital Post.";
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_text_is_translated() {
        crate::i18n::check_texts(
            super::DigitalPostText::ALL,
            &[super::DigitalPostText::Title],
        );
    }
}
