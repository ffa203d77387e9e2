//! Danish and English formats for dates, times and money: `14. marts 2025`, `12.345,50 kr.`.

use crate::api::common::Kroner;
use crate::date::Date;
use crate::i18n::{integer, Lang};

/// `text` (one of the app's own Danish or English words) with its first letter in upper case.
/// Only ASCII and æ, ø, å: the full Unicode case table would cost the first view several KiB.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let upper = match first {
        'æ' => 'Æ',
        'ø' => 'Ø',
        'å' => 'Å',
        other => other.to_ascii_uppercase(),
    };
    std::iter::once(upper).chain(chars).collect()
}

const MONTHS_DA: [&str; 12] = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A month's name: "marts" / "March" (`month` is 1–12).
pub fn month_name(month: u8, lang: Lang) -> &'static str {
    let index = usize::from(month.clamp(1, 12) - 1);
    match lang {
        Lang::Da => MONTHS_DA[index],
        Lang::En => MONTHS_EN[index],
    }
}

/// A month's short name: "okt." / "Oct" (Retskrivningsordbogen's abbreviations; "maj" stays whole).
pub fn short_month(month: u8, lang: Lang) -> &'static str {
    const DA: [&str; 12] = [
        "jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.",
        "dec.",
    ];
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let index = usize::from(month.clamp(1, 12) - 1);
    match lang {
        Lang::Da => DA[index],
        Lang::En => EN[index],
    }
}

/// A period short enough for one line: "november 2026", "okt.–dec. 2025", "dec. 2025–jan. 2026"
/// for whole months; "16.–28. februar 2026" or "16. feb. 2026–3. mar. 2026" otherwise.
pub fn period(from: Date, to: Date, lang: Lang) -> String {
    let whole_months = from.day == 1 && to.add_days(1).day == 1;
    let short = |d: Date| match lang {
        Lang::Da => format!("{}. {} {}", d.day, short_month(d.month, lang), d.year),
        Lang::En => format!("{} {} {}", d.day, short_month(d.month, lang), d.year),
    };
    let same_year = from.year == to.year;
    match (whole_months, lang) {
        _ if from == to => long_date(from, lang),
        (true, _) if same_year && from.month == to.month => {
            format!("{} {}", month_name(from.month, lang), from.year)
        }
        (true, _) if same_year => format!(
            "{}–{} {}",
            short_month(from.month, lang),
            short_month(to.month, lang),
            to.year
        ),
        (true, _) => format!(
            "{} {}–{} {}",
            short_month(from.month, lang),
            from.year,
            short_month(to.month, lang),
            to.year
        ),
        (false, Lang::Da) if same_year && from.month == to.month => {
            format!("{}.–{}", from.day, long_date(to, lang))
        }
        (false, Lang::En) if same_year && from.month == to.month => {
            format!("{}–{}", from.day, long_date(to, lang))
        }
        (false, _) => format!("{}–{}", short(from), short(to)),
    }
}

/// [`period`] of two ISO dates; both as written if either cannot be read.
pub fn period_iso(from: &str, to: &str, lang: Lang) -> String {
    match (Date::parse_iso(from), Date::parse_iso(to)) {
        (Some(from), Some(to)) => period(from, to, lang),
        _ => format!("{from} – {to}"),
    }
}

/// A date in words: "14. marts 2025" / "14 March 2025".
pub fn long_date(date: Date, lang: Lang) -> String {
    let index = usize::from(date.month - 1);
    match lang {
        Lang::Da => format!("{}. {} {}", date.day, MONTHS_DA[index], date.year),
        Lang::En => format!("{} {} {}", date.day, MONTHS_EN[index], date.year),
    }
}

/// An ISO date or date-time as a long date; the input itself if it cannot be read.
pub fn long_date_iso(iso: &str, lang: Lang) -> String {
    Date::parse_iso(iso).map_or_else(|| iso.to_owned(), |date| long_date(date, lang))
}

/// The local wall-clock time of an ISO date-time as written in it: "07.02" / "07:02".
pub fn clock_time_iso(iso: &str, lang: Lang) -> Option<String> {
    let time = iso.get(11..16)?;
    let (hours, minutes) = time.split_once(':')?;
    if hours.len() != 2
        || minutes.len() != 2
        || !time.chars().all(|c| c.is_ascii_digit() || c == ':')
    {
        return None;
    }
    Some(match lang {
        Lang::Da => format!("{hours}.{minutes}"),
        Lang::En => format!("{hours}:{minutes}"),
    })
}

/// An ISO date-time as date and time: "24. november 2026 kl. 07.02" / "24 November 2026 at 07:02".
pub fn date_time_iso(iso: &str, lang: Lang) -> String {
    let date = long_date_iso(iso, lang);
    match (clock_time_iso(iso, lang), lang) {
        (Some(time), Lang::Da) => format!("{date} kl. {time}"),
        (Some(time), Lang::En) => format!("{date} at {time}"),
        (None, _) => date,
    }
}

/// An amount of money: "12.345,50 kr." / "DKK 12,345.50". Whole amounts keep ",00".
pub fn kroner(amount: Kroner, lang: Lang) -> String {
    let decimal = match lang {
        Lang::Da => ',',
        Lang::En => '.',
    };
    let sign = if amount.oere < 0 { "-" } else { "" };
    let oere = amount.oere.unsigned_abs();
    let whole = integer((oere / 100) as i64, lang);
    let number = format!("{sign}{whole}{decimal}{:02}", oere % 100);
    match lang {
        Lang::Da => format!("{number} kr."),
        Lang::En => format!("DKK {number}"),
    }
}

/// Whole kroner without øre, for axes: "40.000 kr." / "DKK 40,000".
pub fn whole_kroner(kroner: i64, lang: Lang) -> String {
    match lang {
        Lang::Da => format!("{} kr.", integer(kroner, lang)),
        Lang::En => format!("DKK {}", integer(kroner, lang)),
    }
}

/// A CPR number with the last four digits hidden: "150385-••••".
pub fn masked_cpr(cpr: &str) -> String {
    match cpr.split_once('-') {
        Some((birth, _)) => format!("{birth}-••••"),
        None => "••••••-••••".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_noun_becomes_a_heading() {
        assert_eq!(capitalised("sager"), "Sager");
        assert_eq!(capitalised("æbler"), "Æbler");
        assert_eq!(capitalised(""), "");
    }

    #[test]
    fn danish_and_english_long_dates() {
        let date = Date::new(2025, 3, 14).unwrap();
        assert_eq!(long_date(date, Lang::Da), "14. marts 2025");
        assert_eq!(long_date(date, Lang::En), "14 March 2025");
        assert_eq!(
            long_date_iso("2026-11-24T07:02:13+01:00", Lang::Da),
            "24. november 2026"
        );
        assert_eq!(long_date_iso("ikke en dato", Lang::Da), "ikke en dato");
    }

    #[test]
    fn periods_fit_one_line() {
        let d = |y, m, day| Date::new(y, m, day).unwrap();
        let da = |f, t| period(f, t, Lang::Da);
        assert_eq!(da(d(2025, 10, 1), d(2025, 12, 31)), "okt.–dec. 2025");
        assert_eq!(da(d(2026, 11, 1), d(2026, 11, 30)), "november 2026");
        assert_eq!(da(d(2025, 12, 1), d(2026, 1, 31)), "dec. 2025–jan. 2026");
        assert_eq!(da(d(2024, 2, 1), d(2024, 2, 29)), "februar 2024");
        assert_eq!(da(d(2026, 2, 16), d(2026, 2, 16)), "16. februar 2026");
        assert_eq!(da(d(2026, 2, 16), d(2026, 2, 28)), "16.–28. februar 2026");
        assert_eq!(
            da(d(2026, 2, 16), d(2026, 3, 3)),
            "16. feb. 2026–3. mar. 2026"
        );
        assert_eq!(da(d(2026, 5, 1), d(2026, 7, 31)), "maj–jul. 2026");
        let en = |f, t| period(f, t, Lang::En);
        assert_eq!(en(d(2025, 10, 1), d(2025, 12, 31)), "Oct–Dec 2025");
        assert_eq!(en(d(2026, 2, 16), d(2026, 2, 28)), "16–28 February 2026");
        assert_eq!(period_iso("2025-10-01", "x", Lang::Da), "2025-10-01 – x");
    }

    #[test]
    fn date_times_keep_the_local_wall_clock() {
        assert_eq!(
            date_time_iso("2026-11-24T07:02:13+01:00", Lang::Da),
            "24. november 2026 kl. 07.02"
        );
        assert_eq!(
            date_time_iso("2026-11-24T07:02:13+01:00", Lang::En),
            "24 November 2026 at 07:02"
        );
        assert_eq!(date_time_iso("2026-11-24", Lang::Da), "24. november 2026");
    }

    #[test]
    fn whole_kroner_for_axes() {
        assert_eq!(whole_kroner(40_000, Lang::Da), "40.000 kr.");
        assert_eq!(whole_kroner(40_000, Lang::En), "DKK 40,000");
        assert_eq!(whole_kroner(0, Lang::Da), "0 kr.");
    }

    #[test]
    fn money_in_danish_and_english() {
        assert_eq!(
            kroner(Kroner::from_oere(1_234_550), Lang::Da),
            "12.345,50 kr."
        );
        assert_eq!(
            kroner(Kroner::from_oere(1_234_550), Lang::En),
            "DKK 12,345.50"
        );
        assert_eq!(kroner(Kroner::from_oere(0), Lang::Da), "0,00 kr.");
        assert_eq!(kroner(Kroner::from_oere(-99), Lang::Da), "-0,99 kr.");
        assert_eq!(
            kroner(Kroner::from_oere(12_345_678_900), Lang::Da),
            "123.456.789,00 kr."
        );
        assert_eq!(kroner(Kroner::from_oere(100_000), Lang::Da), "1.000,00 kr.");
    }

    #[test]
    fn cpr_numbers_are_masked() {
        assert_eq!(masked_cpr("150385-1004"), "150385-••••");
        assert_eq!(masked_cpr("garbage"), "••••••-••••");
    }
}
