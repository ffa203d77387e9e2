//! Calendar dates without a time zone library: parsing ISO 8601 and day arithmetic. The app's
//! "today" is the scenario clock's (`state::clock`), never the browser's.

use std::fmt;

/// A calendar date (proleptic Gregorian).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// A date, if it exists.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        (1..=12).contains(&month).then_some(())?;
        (1..=days_in_month(year, month))
            .contains(&day)
            .then_some(())?;
        Some(Date { year, month, day })
    }

    /// Reads `YYYY-MM-DD`, or the date part of an ISO 8601 date-time (`YYYY-MM-DDThh:mm…`).
    pub fn parse_iso(text: &str) -> Option<Date> {
        let date = text.get(..10)?;
        let mut parts = date.split('-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        if text.len() > 10 && !text[10..].starts_with('T') {
            return None;
        }
        Date::new(year, month, day)
    }

    /// Reads exactly `YYYY-MM-DD` (a date someone typed or wrote in a file, not a date-time).
    pub fn parse_day(text: &str) -> Option<Date> {
        (text.len() == 10).then(|| Date::parse_iso(text)).flatten()
    }

    /// Days since 1970-01-01.
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The date `days` later (earlier if negative).
    pub fn add_days(self, days: i64) -> Date {
        Date::from_days(self.to_days() + days)
    }

    /// The first day of the date's month.
    pub fn first_of_month(self) -> Date {
        Date { day: 1, ..self }
    }

    /// The first day of the month before.
    pub fn previous_month(self) -> Date {
        match self.month {
            1 => Date {
                year: self.year - 1,
                month: 12,
                day: 1,
            },
            month => Date {
                month: month - 1,
                day: 1,
                ..self
            },
        }
    }

    /// The first day of the month after.
    pub fn next_month(self) -> Date {
        match self.month {
            12 => Date {
                year: self.year + 1,
                month: 1,
                day: 1,
            },
            month => Date {
                month: month + 1,
                day: 1,
                ..self
            },
        }
    }

    /// The day of the week, Monday 0 to Sunday 6 (1970-01-01 was a Thursday).
    pub fn weekday_from_monday(self) -> u8 {
        (self.to_days() + 3).rem_euclid(7) as u8
    }

    /// Days from `self` to `other` (positive if `other` is later).
    pub fn days_until(self, other: Date) -> i64 {
        other.to_days() - self.to_days()
    }
}

/// A sortable instant for an ISO date-time with offset: the UTC minute count.
pub fn instant_minutes(iso: &str) -> i64 {
    let Some(date) = Date::parse_iso(iso) else {
        return i64::MIN;
    };
    let number = |range: std::ops::Range<usize>| iso.get(range).and_then(|s| s.parse::<i64>().ok());
    let local =
        date.to_days() * 1440 + number(11..13).unwrap_or(0) * 60 + number(14..16).unwrap_or(0);
    // Offset like +01:00 at the end.
    let offset = iso
        .len()
        .checked_sub(6)
        .and_then(|start| {
            let sign = match iso.get(start..start + 1)? {
                "+" => 1,
                "-" => -1,
                _ => return None,
            };
            Some(sign * (number(start + 1..start + 3)? * 60 + number(start + 4..start + 6)?))
        })
        .unwrap_or(0);
    local - offset
}

impl fmt::Display for Date {
    /// ISO 8601: `2026-11-24`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// The day `text` (`YYYY-MM-DD`), for tests.
#[cfg(test)]
pub(crate) fn day(text: &str) -> Date {
    Date::parse_day(text).unwrap_or_else(|| panic!("not a day: {text}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_and_the_next_month() {
        // 1 December 2026 is a Tuesday, 24 December 2026 a Thursday, 1 March 2026 a Sunday.
        assert_eq!(Date::new(2026, 12, 1).unwrap().weekday_from_monday(), 1);
        assert_eq!(Date::new(2026, 12, 24).unwrap().weekday_from_monday(), 3);
        assert_eq!(Date::new(2026, 3, 1).unwrap().weekday_from_monday(), 6);
        assert_eq!(Date::new(1969, 12, 29).unwrap().weekday_from_monday(), 0);
        assert_eq!(
            Date::new(2026, 12, 24).unwrap().next_month(),
            Date::new(2027, 1, 1).unwrap()
        );
        assert_eq!(
            Date::new(2028, 1, 31).unwrap().next_month(),
            Date::new(2028, 2, 1).unwrap()
        );
    }

    #[test]
    fn month_steps() {
        let date = Date::new(2025, 1, 31).unwrap();
        assert_eq!(date.first_of_month(), Date::new(2025, 1, 1).unwrap());
        assert_eq!(date.previous_month(), Date::new(2024, 12, 1).unwrap());
        assert_eq!(
            Date::new(2026, 11, 24).unwrap().previous_month(),
            Date::new(2026, 10, 1).unwrap()
        );
    }

    #[test]
    fn parses_dates_and_date_times() {
        assert_eq!(Date::parse_iso("2025-03-14"), Date::new(2025, 3, 14));
        assert_eq!(
            Date::parse_iso("2026-11-24T07:02:13+01:00"),
            Date::new(2026, 11, 24)
        );
        assert_eq!(Date::parse_iso("2025-02-29"), None);
        assert_eq!(Date::parse_iso("2024-02-29"), Date::new(2024, 2, 29));
        assert_eq!(Date::parse_iso("14. marts 2025"), None);
        assert_eq!(Date::parse_iso("2025-03-14x"), None);
        assert_eq!(Date::parse_iso(""), None);
    }

    #[test]
    fn day_arithmetic_crosses_months_years_and_leap_days() {
        let d = Date::new(2026, 9, 2).unwrap();
        assert_eq!(d.add_days(17 * 7), Date::new(2026, 12, 30).unwrap());
        assert_eq!(
            Date::new(2024, 2, 28).unwrap().add_days(1),
            Date::new(2024, 2, 29).unwrap()
        );
        assert_eq!(
            Date::new(2026, 12, 31).unwrap().add_days(1),
            Date::new(2027, 1, 1).unwrap()
        );
        assert_eq!(Date::new(1970, 1, 1).unwrap().to_days(), 0);
        for days in [-800_000, -1, 0, 1, 20_000, 60_000] {
            assert_eq!(Date::from_days(days).to_days(), days);
        }
        assert_eq!(d.days_until(Date::new(2026, 9, 12).unwrap()), 10);
        assert_eq!(d.to_string(), "2026-09-02");
    }
}
