//! The section's texts, Danish and English side by side.

use crate::date::Date;
use crate::format::{capitalised, month_name};
use crate::i18n::Lang;

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
        ViewLabel => "Visning",
            "View";
        ViewList => "Alle måneder",
            "All months";
        ViewMonth => "Én måned ad gangen",
            "One month at a time";
        PreviousMonth => "Forrige måned",
            "Previous month";
        NextMonth => "Næste måned",
            "Next month";
        NoneInMonth => "Der er ingen datoer i denne måned.",
            "There are no dates this month.";
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

/// A month as a heading: "December 2026".
pub fn month_heading(month: Date, lang: Lang) -> String {
    format!(
        "{} {}",
        capitalised(month_name(month.month, lang)),
        month.year
    )
}

/// A weekday's name, Monday 0 to Sunday 6: "mandag" / "Monday", or short "man." / "Mon".
pub fn weekday(day: u8, short: bool, lang: Lang) -> &'static str {
    const DA: [&str; 7] = [
        "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
    ];
    const DA_SHORT: [&str; 7] = ["man.", "tirs.", "ons.", "tors.", "fre.", "lør.", "søn."];
    const EN: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    const EN_SHORT: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    let names = match (lang, short) {
        (Lang::Da, false) => DA,
        (Lang::Da, true) => DA_SHORT,
        (Lang::En, false) => EN,
        (Lang::En, true) => EN_SHORT,
    };
    names[usize::from(day.min(6))]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_headings_and_weekdays() {
        let december = Date::new(2026, 12, 1).unwrap();
        assert_eq!(month_heading(december, Lang::Da), "December 2026");
        assert_eq!(month_heading(december, Lang::En), "December 2026");
        assert_eq!(weekday(0, false, Lang::Da), "mandag");
        assert_eq!(weekday(6, true, Lang::Da), "søn.");
        assert_eq!(weekday(3, true, Lang::En), "Thu");
    }

    #[test]
    fn every_text_is_translated() {
        crate::i18n::check_texts(CalendarText::ALL, &[]);
        crate::i18n::check_counted(CalendarCount::ALL);
    }
}
