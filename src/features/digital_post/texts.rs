//! The section's texts, Danish and English side by side.

use crate::i18n::{integer, Lang};

crate::texts! {
    /// The section's texts the first view needs (its card on the overview).
    /// Kept small: a text enum ships whole wherever one of its texts is used.
    pub enum DigitalPostText {
        SeePost => "Se dine breve",
            "See your letters";
        NewestUnread => "Nyeste ulæste:",
            "Newest unread:";
    }
}

crate::texts! {
    /// The section pages' texts (they load with the section).
    pub enum DigitalPostPageText {
        Intro => "Her kan du se afsender og emne på de breve, du har fået i Digital Post.",
            "Here you can see the sender and subject of the letters you have received in Digital Post.";
        ListHeading => "Dine breve",
            "Your letters";
        WhereToRead => "Mit Overblik viser aldrig, hvad der står i dine breve. Du læser dem i Digital Post på borger.dk, i appen Digital Post, i e-Boks eller på mit.dk.",
            "Mit Overblik never shows what your letters say. You read them in Digital Post on borger.dk, in the Digital Post app, in e-Boks or on mit.dk.";
        FilterSender => "Afsender",
            "Sender";
        SortLabel => "Sortér",
            "Sort";
        SortNewest => "Nyeste først",
            "Newest first";
        SortOldest => "Ældste først",
            "Oldest first";
        SortSender => "Afsender (A–Å)",
            "Sender (A–Z)";
        SortSubject => "Emne (A–Å)",
            "Subject (A–Z)";
        Caption => "Breve i Digital Post",
            "Letters in Digital Post";
        ColStatus => "Status",
            "Status";
        ColSubject => "Emne",
            "Subject";
        ColReceived => "Modtaget",
            "Received";
        ColAttachments => "Bilag",
            "Attachments";
        ColActions => "Handlinger",
            "Actions";
        Unread => "Ulæst",
            "Unread";
        Read => "Læst",
            "Read";
        MarkRead => "Markér som læst",
            "Mark as read";
        MarkUnread => "Markér som ulæst",
            "Mark as unread";
        ReadLetter => "Læs brevet",
            "Read the letter";
        NoLetters => "Du har ingen breve i Digital Post.",
            "You have no letters in Digital Post.";
        NoMatch => "Ingen breve passer på din søgning.",
            "No letters match your search.";
        SearchLabel => "Søg i dine breve",
            "Search your letters";
        SearchHint => "Søg på emne eller afsender. Listen følger med, mens du skriver.",
            "Search by subject or sender. The list follows as you type.";
        SearchButton => "Søg",
            "Search";
        MarksKept => "Det, du markerer som læst eller ulæst, huskes, til du lukker browservinduet.",
            "What you mark as read or unread is remembered until you close the browser window.";
    }
}

crate::counted! {
    /// Counted texts of the section.
    pub enum PostCount {
        Unread => ["Du har {n} ulæst brev", "Du har {n} ulæste breve"],
            ["You have {n} unread letter", "You have {n} unread letters"];
        UnreadShort => ["{n} ulæst", "{n} ulæste"], ["{n} unread", "{n} unread"];
        Attachments => ["{n} bilag", "{n} bilag"], ["{n} attachment", "{n} attachments"];
    }
}

/// "Viser 26–50 af 5.000 breve" / "Showing 26–50 of 5,000 letters".
pub fn showing(lang: Lang, from: usize, to: usize, total: usize) -> String {
    let one = total == 1;
    let [from, to, total] = [from, to, total].map(|n| integer(n as i64, lang));
    match (lang, one) {
        (Lang::Da, true) => "Viser 1 brev".to_owned(),
        (Lang::En, true) => "Showing 1 letter".to_owned(),
        (Lang::Da, false) => format!("Viser {from}–{to} af {total} breve"),
        (Lang::En, false) => format!("Showing {from}–{to} of {total} letters"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        crate::i18n::check_texts(DigitalPostText::ALL, &[]);
        crate::i18n::check_texts(DigitalPostPageText::ALL, &[DigitalPostPageText::ColStatus]);
        crate::i18n::check_counted(PostCount::ALL);
    }

    #[test]
    fn the_count_says_which_letters_are_shown() {
        assert_eq!(
            showing(Lang::Da, 26, 50, 5000),
            "Viser 26–50 af 5.000 breve"
        );
        assert_eq!(
            showing(Lang::En, 1, 25, 5000),
            "Showing 1–25 of 5,000 letters"
        );
        assert_eq!(showing(Lang::Da, 1, 1, 1), "Viser 1 brev");
    }
}
