//! The gallery's texts, Danish and English side by side.

crate::texts! {
    /// The component gallery's texts.
    pub enum GalleryText {
        Intro => "Alle generiske komponenter i Mit Overblik med deres navngivne eksempler – de samme eksempler, som komponenttestene afprøver. Skift sprog øverst på siden for at se dem på engelsk. Links i eksemplerne fører ingen steder hen.",
            "Every generic component in Mit Overblik with its named examples – the same examples the component tests try. Switch the language at the top of the page to see them in Danish. Links in the examples lead nowhere.";
        Contents => "Komponenter på siden",
            "Components on this page";
        Examples => "Eksempler",
            "Examples";
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        crate::i18n::check_texts(GalleryText::ALL, &[]);
    }
}
