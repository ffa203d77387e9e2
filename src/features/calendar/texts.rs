//! The section's texts, Danish and English side by side.

crate::texts! {
    /// Kalender.
    pub enum CalendarText {
        Intro => "Her kan du se de datoer, der kommer, hos alle myndigheder: frister, udbetalinger, syn, udløb og forventede afgørelser. Du kan hente dem til din egen kalender.",
            "Here you can see the dates ahead with every authority: deadlines, payouts, inspections, expiries and expected decisions. You can add them to your own calendar.";
        ListHeading => "Datoer måned for måned",
            "Dates month by month";
        FilterKind => "Vis",
            "Show";
        AllKinds => "Alle slags datoer",
            "All kinds of dates";
        Nothing => "Der er ingen datoer, der kommer.",
            "There are no upcoming dates.";
        NoMatch => "Der er ingen datoer af den slags.",
            "There are no dates of that kind.";
        DownloadAll => "Hent alle datoerne til din kalender (.ics)",
            "Add all dates to your calendar (.ics)";
        DownloadOne => "Hent til kalender",
            "Add to calendar";
        DownloadHint => "Filen virker i Outlook, Google Kalender, Apple Kalender og de fleste andre kalendere. Den indeholder ikke dit CPR-nummer eller navn.",
            "The file works in Outlook, Google Calendar, Apple Calendar and most other calendars. It does not contain your CPR number or name.";
        OverdueElsewhere => "Frister, der er overskredet, kan du se under Det venter vi på fra dig.",
            "Deadlines that have passed are listed under What we are waiting for from you.";
    }
}

crate::counted! {
    /// Counts of the section.
    pub enum CalendarCount {
        Dates => ["{n} dato", "{n} datoer"], ["{n} date", "{n} dates"];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        crate::i18n::check_texts(CalendarText::ALL, &[]);
        crate::i18n::check_counted(CalendarCount::ALL);
    }
}
