//! iCalendar (RFC 5545) for the calendar's export: whole-day events (`DTSTART;VALUE=DATE`) with
//! stable ids, the text escaped (§ 3.3.11) and lines folded at 75 octets (§ 3.1), CRLF line
//! endings. Each event carries only its id, day, one sentence and its kind: no CPR number, no
//! name. Plain Rust: no crate needed for writing this much.

use crate::date::Date;
use crate::i18n::Lang;

/// One whole-day event as the file holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IcsEvent {
    /// Stable and unique (`Event::uid`).
    pub uid: String,
    pub date: Date,
    /// What it is, in one sentence.
    pub summary: String,
    /// The kind's label.
    pub category: String,
}

/// A calendar of `events` in `lang`, stamped with the scenario's day `stamp` (so the same export
/// gives the same file).
pub fn calendar(events: &[IcsEvent], lang: Lang, stamp: Date) -> String {
    let code = lang.code();
    let mut out = String::new();
    let mut line = |text: String| fold_into(&mut out, &text);
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line(format!(
        "PRODID:-//Mit Overblik//Prototype//{}",
        code.to_uppercase()
    ));
    line("CALSCALE:GREGORIAN".into());
    line("METHOD:PUBLISH".into());
    for event in events {
        line("BEGIN:VEVENT".into());
        line(format!("UID:{}", escape(&event.uid)));
        line(format!("DTSTAMP:{}T000000Z", basic(stamp)));
        line(format!("DTSTART;VALUE=DATE:{}", basic(event.date)));
        line(format!(
            "DTEND;VALUE=DATE:{}",
            basic(event.date.add_days(1))
        ));
        line(format!(
            "SUMMARY;LANGUAGE={code}:{}",
            escape(&event.summary)
        ));
        line(format!(
            "CATEGORIES;LANGUAGE={code}:{}",
            escape(&event.category)
        ));
        line("TRANSP:TRANSPARENT".into());
        line("END:VEVENT".into());
    }
    line("END:VCALENDAR".into());
    out
}

/// A date in the basic format: `20261204`.
fn basic(date: Date) -> String {
    format!("{:04}{:02}{:02}", date.year, date.month, date.day)
}

/// TEXT escaping (§ 3.3.11): backslash, semicolon, comma, and line breaks as `\n`.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded (§ 3.1): at most 75 octets per line, never inside a UTF-8 character,
/// each continuation starting with one space; every line ends with CRLF.
fn fold_into(out: &mut String, line: &str) {
    let mut rest = line;
    let mut limit = 75;
    loop {
        if rest.len() <= limit {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        // The continuation's leading space counts towards its 75 octets.
        limit = 74;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::day;

    /// A minimal reader for the tests: unfolds (§ 3.1), splits name;params:value, unescapes.
    fn read(text: &str) -> Vec<(String, String, String)> {
        let unfolded = text.replace("\r\n ", "").replace("\r\n\t", "");
        unfolded
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(|l| {
                let (head, value) = l.split_once(':').unwrap();
                let (name, params) = head.split_once(';').unwrap_or((head, ""));
                (name.to_owned(), params.to_owned(), unescape(value))
            })
            .collect()
    }

    fn unescape(value: &str) -> String {
        let mut out = String::new();
        let mut chars = value.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') | Some('N') => out.push('\n'),
                    Some(other) => out.push(other),
                    None => {}
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    fn sample() -> Vec<IcsEvent> {
        vec![
            IcsEvent {
                uid: "sager.afventer-borger.c1.20261204@mit-overblik".into(),
                date: day("2026-12-04"),
                summary:
                    "Aarhus Kommune venter på en lægeattest om din sygdom, senest 4. december 2026."
                        .into(),
                category: "Venter på dig".into(),
            },
            IcsEvent {
                uid: "skat.skat-frist.2025.20261231@mit-overblik".into(),
                date: day("2026-12-31"),
                summary: "Back\\slash; semi, comma\nand a new line — æøå ".repeat(3),
                category: "Frist for restskat".into(),
            },
        ]
    }

    #[test]
    fn what_is_written_reads_back_the_same() {
        let events = sample();
        let text = calendar(&events, Lang::Da, day("2026-11-24"));
        let props = read(&text);
        let get = |name: &str| -> Vec<&(String, String, String)> {
            props.iter().filter(|(n, _, _)| n == name).collect()
        };
        assert_eq!(props.first().unwrap().2, "VCALENDAR");
        assert_eq!(props.last().unwrap().2, "VCALENDAR");
        assert_eq!(get("VERSION")[0].2, "2.0");
        assert_eq!(get("PRODID")[0].2, "-//Mit Overblik//Prototype//DA");
        let uids: Vec<&str> = get("UID").iter().map(|p| p.2.as_str()).collect();
        assert_eq!(uids, [events[0].uid.as_str(), events[1].uid.as_str()]);
        let summaries: Vec<&str> = get("SUMMARY").iter().map(|p| p.2.as_str()).collect();
        assert_eq!(
            summaries,
            [events[0].summary.as_str(), events[1].summary.as_str()]
        );
        assert!(get("SUMMARY").iter().all(|p| p.1 == "LANGUAGE=da"));
        let starts: Vec<(&str, &str)> = get("DTSTART")
            .iter()
            .map(|p| (p.1.as_str(), p.2.as_str()))
            .collect();
        assert_eq!(
            starts,
            [("VALUE=DATE", "20261204"), ("VALUE=DATE", "20261231")]
        );
        assert_eq!(
            get("DTEND")[1].2,
            "20270101",
            "a whole day ends the next day"
        );
        assert!(get("DTSTAMP").iter().all(|p| p.2 == "20261124T000000Z"));
        assert_eq!(get("BEGIN").len(), 3);
    }

    #[test]
    fn lines_end_in_crlf_and_fold_at_75_octets_without_splitting_a_character() {
        let text = calendar(&sample(), Lang::En, day("2026-11-24"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(
            !text.replace("\r\n", "").contains('\n'),
            "no bare line feed"
        );
        assert!(
            !text.replace("\r\n", "").contains('\r'),
            "no bare carriage return"
        );
        let lines: Vec<&str> = text.split("\r\n").collect();
        assert!(
            lines.iter().all(|l| l.len() <= 75),
            "every line at most 75 octets"
        );
        assert!(
            lines.iter().any(|l| l.starts_with(' ')),
            "the long summary is folded"
        );
        assert!(
            lines
                .iter()
                .filter(|l| l.len() == 75 || l.starts_with(' '))
                .count()
                > 2
        );
        assert!(text.contains("PRODID:-//Mit Overblik//Prototype//EN"));
        assert!(text.contains("SUMMARY;LANGUAGE=en:"));
    }

    #[test]
    fn text_is_escaped_as_rfc_5545_says() {
        assert_eq!(escape("a,b;c\\d\ne\r\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
        // § 3.3.11's example, read back.
        let example = "Project XYZ Final Review\\nConference Room - 3B\\nCome Prepared.";
        assert_eq!(
            unescape(example),
            "Project XYZ Final Review\nConference Room - 3B\nCome Prepared."
        );
        assert_eq!(escape(&unescape(example)), example);
    }

    #[test]
    fn the_rfc_folding_example_unfolds() {
        // § 3.1: "DESCRIPTION:This is a lo" CRLF " ng description" CRLF " of the event."
        let folded = "DESCRIPTION:This is a lo\r\n ng description\r\n  of the event.\r\n";
        assert_eq!(
            read(folded)[0].2,
            "This is a long description of the event."
        );
        let mut out = String::new();
        let long = format!("DESCRIPTION:{}", "ø".repeat(60));
        fold_into(&mut out, &long);
        assert_eq!(read(&out)[0].2, "ø".repeat(60));
        assert!(out.split("\r\n").all(|l| l.len() <= 75));
    }
}
