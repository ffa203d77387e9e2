//! The section's texts, Danish and English side by side.

use crate::i18n::Lang;

crate::texts! {
    /// Det venter vi på fra dig.
    pub enum TaskText {
        Intro => "Her kan du se, hvad myndighederne venter på fra dig i dine sager. Det med den tidligste frist står først.",
            "Here you can see what the authorities are waiting for from you in your cases. The earliest deadline comes first.";
        ListHeading => "Det skal du gøre",
            "What you need to do";
        Nothing => "Myndighederne venter ikke på noget fra dig lige nu.",
            "The authorities are not waiting for anything from you right now.";
        What => "Det venter vi på",
            "What we are waiting for";
        WhatUnknown => "Myndigheden har ikke skrevet, hvad den venter på. Se sagen, eller kontakt myndigheden.",
            "The authority has not said what it is waiting for. See the case, or contact the authority.";
        Deadline => "Frist",
            "Deadline";
        NoDeadline => "Ingen frist",
            "No deadline";
        Case => "Sag",
            "Case";
        Authority => "Myndighed",
            "Authority";
        Overdue => "Fristen er overskredet",
            "Deadline passed";
        GoToCase => "Gå til sagen",
            "Go to the case";
        SelfService => "Svar via myndighedens selvbetjening",
            "Reply through the authority's self-service";
        HowToAnswer => "Du kan svare via myndighedens selvbetjening eller i Digital Post. Har du spørgsmål, så kontakt myndigheden.",
            "You can reply through the authority's self-service or in Digital Post. If you have questions, contact the authority.";
        SeeCalendar => "Se alle datoer i kalenderen",
            "See all dates in the calendar";
        SeeTasks => "Se det, vi venter på",
            "See what we are waiting for";
        CardNone => "Der venter ikke noget på dig",
            "Nothing is waiting for you";
        FirstDeadline => "Første frist:",
            "First deadline:";
    }
}

crate::counted! {
    /// Counts of the section.
    pub enum TaskCount {
        Waiting => ["{n} ting venter på dig", "{n} ting venter på dig"],
            ["{n} thing is waiting for you", "{n} things are waiting for you"];
        Overdue => ["{n} frist er overskredet", "{n} frister er overskredet"],
            ["{n} deadline has passed", "{n} deadlines have passed"];
    }
}

/// How far off a deadline is: "I dag", "I morgen", "Om 10 dage", "1 dag over fristen".
pub fn days_left(lang: Lang, days: i64) -> String {
    match (lang, days) {
        (Lang::Da, 0) => "Fristen er i dag".to_owned(),
        (Lang::En, 0) => "Due today".to_owned(),
        (Lang::Da, 1) => "Fristen er i morgen".to_owned(),
        (Lang::En, 1) => "Due tomorrow".to_owned(),
        (Lang::Da, d) if d > 1 => format!("Om {d} dage"),
        (Lang::En, d) if d > 1 => format!("In {d} days"),
        (Lang::Da, -1) => "1 dag over fristen".to_owned(),
        (Lang::En, -1) => "1 day overdue".to_owned(),
        (Lang::Da, d) => format!("{} dage over fristen", -d),
        (Lang::En, d) => format!("{} days overdue", -d),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        crate::i18n::check_texts(TaskText::ALL, &[]);
        crate::i18n::check_counted(TaskCount::ALL);
    }

    #[test]
    fn the_time_left_reads_plainly() {
        assert_eq!(days_left(Lang::Da, 10), "Om 10 dage");
        assert_eq!(days_left(Lang::Da, 0), "Fristen er i dag");
        assert_eq!(days_left(Lang::Da, -25), "25 dage over fristen");
        assert_eq!(days_left(Lang::En, -1), "1 day overdue");
    }
}
