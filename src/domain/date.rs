//! Calendar dates as the data file and the pledge form write them: `YYYY-MM-DD`.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if !(1900..=2999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Strict ISO 8601 calendar date: exactly `YYYY-MM-DD`, a real day, years 1900–2999.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let digits = |range: std::ops::Range<usize>| -> Option<u16> {
            let mut n = 0u16;
            for &c in &b[range] {
                if !c.is_ascii_digit() {
                    return None;
                }
                n = n * 10 + u16::from(c - b'0');
            }
            Some(n)
        };
        let year = digits(0..4)?;
        let month = u8::try_from(digits(5..7)?).ok()?;
        let day = u8::try_from(digits(8..10)?).ok()?;
        Date::new(year, month, day)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// One box of the GOV.UK date input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatePart {
    Day,
    Month,
    Year,
}

/// What is wrong with a date typed in three boxes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateProblem {
    Missing(DatePart),
    /// The year is not four digits ("26" for 2026 is ambiguous).
    YearDigits,
    /// Not a day on the calendar (31 February, month 13, letters).
    NotReal,
}

/// A date as typed in Day, Month and Year boxes, kept exactly as typed (a half-typed date
/// is kept too). Stored in the draft as `year-month-day`, which for a complete date with
/// two-digit day and month is plain ISO 8601 (so earlier drafts read as they were).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DateParts {
    pub day: String,
    pub month: String,
    pub year: String,
}

impl DateParts {
    pub fn from_stored(text: &str) -> DateParts {
        let mut parts = text.splitn(3, '-');
        match (parts.next(), parts.next(), parts.next()) {
            (Some(year), Some(month), Some(day)) => {
                DateParts { day: day.into(), month: month.into(), year: year.into() }
            }
            _ => DateParts { year: text.into(), ..DateParts::default() },
        }
    }

    pub fn to_stored(&self) -> String {
        if [&self.day, &self.month, &self.year].iter().all(|p| p.trim().is_empty()) {
            String::new()
        } else {
            format!("{}-{}-{}", self.year, self.month, self.day)
        }
    }

    pub fn part(&self, part: DatePart) -> &str {
        match part {
            DatePart::Day => &self.day,
            DatePart::Month => &self.month,
            DatePart::Year => &self.year,
        }
    }

    /// Sets one box; a `-` typed in it is dropped, as it separates the boxes when stored.
    pub fn set_part(&mut self, part: DatePart, value: &str) {
        let value = value.replace('-', "");
        match part {
            DatePart::Day => self.day = value,
            DatePart::Month => self.month = value,
            DatePart::Year => self.year = value,
        }
    }

    /// `Ok(None)` when nothing is typed; the date when it is a real one.
    pub fn date(&self) -> Result<Option<Date>, DateProblem> {
        let (day, month, year) = (self.day.trim(), self.month.trim(), self.year.trim());
        if day.is_empty() && month.is_empty() && year.is_empty() {
            return Ok(None);
        }
        for (value, part) in [(day, DatePart::Day), (month, DatePart::Month), (year, DatePart::Year)] {
            if value.is_empty() {
                return Err(DateProblem::Missing(part));
            }
        }
        let number = |s: &str, max_len: usize| -> Option<u16> {
            (s.len() <= max_len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
        };
        let (Some(d), Some(m)) = (number(day, 2), number(month, 2)) else { return Err(DateProblem::NotReal) };
        if !year.bytes().all(|b| b.is_ascii_digit()) {
            return Err(DateProblem::NotReal);
        }
        if year.len() != 4 {
            return Err(DateProblem::YearDigits);
        }
        let y = number(year, 4).ok_or(DateProblem::NotReal)?;
        Date::new(y, u8::try_from(m).unwrap_or(0), u8::try_from(d).unwrap_or(0)).map(Some).ok_or(DateProblem::NotReal)
    }
}

/// A stored date (typed in boxes, or ISO) as a real date, if it is one.
pub fn parse_stored(text: &str) -> Option<Date> {
    DateParts::from_stored(text).date().ok().flatten()
}

/// A stored date as text to show or paste: a real date as ISO 8601 (what date fields accept
/// when pasted), anything else as typed.
pub fn stored_text(stored: &str) -> String {
    parse_stored(stored).map_or_else(|| stored.trim().to_string(), |d| d.to_string())
}

/// How old a dated figure is, in the largest whole unit a reader would use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgeUnit {
    Day,
    Month,
    Year,
}

/// The age of `then` on `today` as a signed count for `Intl.RelativeTimeFormat`: negative in
/// the past ("4 years ago" is -4 years), zero today, positive for a date still to come.
/// Whole years from a year on, whole months from a month on, days below that.
pub fn age(then: Date, today: Date) -> (i64, AgeUnit) {
    let (earlier, later, sign) = if then <= today { (then, today, -1) } else { (today, then, 1) };
    let mut months =
        (i64::from(later.year) - i64::from(earlier.year)) * 12 + i64::from(later.month) - i64::from(earlier.month);
    if later.day < earlier.day {
        months -= 1;
    }
    if months >= 12 {
        (sign * (months / 12), AgeUnit::Year)
    } else if months >= 1 {
        (sign * months, AgeUnit::Month)
    } else {
        (sign * (day_number(later) - day_number(earlier)), AgeUnit::Day)
    }
}

/// Days since a fixed origin (for differences only).
pub fn day_number(d: Date) -> i64 {
    let (y, m) = if d.month <= 2 {
        (i64::from(d.year) - 1, i64::from(d.month) + 9)
    } else {
        (i64::from(d.year), i64::from(d.month) - 3)
    };
    365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + i64::from(d.day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_real_dates() {
        assert_eq!(Date::parse_iso("2022-02-01"), Some(Date { year: 2022, month: 2, day: 1 }));
        assert_eq!(Date::parse_iso("2024-02-29").map(|d| d.to_string()), Some("2024-02-29".into()));
        assert!(Date::parse_iso("2000-02-29").is_some());
    }

    #[test]
    fn refuses_impossible_or_malformed_dates() {
        for bad in [
            "2023-02-29",
            "1900-02-29",
            "2022-13-01",
            "2022-00-10",
            "2022-04-31",
            "2022-1-01",
            "22-02-01",
            "2022/02/01",
            "",
            "2022-02-01T00:00",
            "０２２-02-01",
            "1899-12-31",
            "+022-02-01",
        ] {
            assert_eq!(Date::parse_iso(bad), None, "{bad}");
        }
    }

    #[test]
    fn orders_chronologically() {
        assert!(Date::parse_iso("2022-02-01") < Date::parse_iso("2022-11-30"));
        assert!(Date::parse_iso("2021-12-31") < Date::parse_iso("2022-01-01"));
    }

    #[test]
    fn date_boxes_keep_what_is_typed_and_say_what_is_wrong() {
        let typed = |d: &str, m: &str, y: &str| DateParts { day: d.into(), month: m.into(), year: y.into() };
        assert_eq!(typed("5", "3", "2026").date(), Ok(Date::new(2026, 3, 5)));
        assert_eq!(typed("5", "3", "2026").to_stored(), "2026-3-5");
        assert_eq!(DateParts::from_stored("2026-3-5"), typed("5", "3", "2026"));
        assert_eq!(DateParts::from_stored("2022-05-17"), typed("17", "05", "2022"));
        assert_eq!(DateParts::from_stored("2026--"), typed("", "", "2026"));
        assert_eq!(typed("", "", "").to_stored(), "");
        assert_eq!(typed("", "", "").date(), Ok(None));
        assert_eq!(typed("", "3", "2026").date(), Err(DateProblem::Missing(DatePart::Day)));
        assert_eq!(typed("5", " ", "2026").date(), Err(DateProblem::Missing(DatePart::Month)));
        assert_eq!(typed("5", "3", "").date(), Err(DateProblem::Missing(DatePart::Year)));
        assert_eq!(typed("31", "2", "2026").date(), Err(DateProblem::NotReal));
        assert_eq!(typed("1", "13", "2026").date(), Err(DateProblem::NotReal));
        assert_eq!(typed("x", "1", "2026").date(), Err(DateProblem::NotReal));
        assert_eq!(typed("1", "1", "26").date(), Err(DateProblem::YearDigits));
        assert_eq!(typed("1", "1", "２０２６").date(), Err(DateProblem::NotReal));
        assert_eq!(typed("001", "1", "2026").date(), Err(DateProblem::NotReal));
        let mut p = DateParts::default();
        p.set_part(DatePart::Month, "1-2");
        assert_eq!(p.month, "12");
        assert_eq!(parse_stored("2024-2-29").map(|d| d.to_string()), Some("2024-02-29".into()));
    }

    #[test]
    fn the_age_of_a_snapshot_in_the_unit_a_reader_uses() {
        let d = |y, m, day| Date::new(y, m, day).unwrap_or(Date { year: 2000, month: 1, day: 1 });
        assert_eq!(age(d(2022, 2, 1), d(2026, 12, 2)), (-4, AgeUnit::Year));
        assert_eq!(age(d(2022, 2, 1), d(2023, 1, 31)), (-11, AgeUnit::Month));
        assert_eq!(age(d(2022, 2, 1), d(2023, 2, 1)), (-1, AgeUnit::Year));
        assert_eq!(age(d(2022, 2, 1), d(2022, 3, 1)), (-1, AgeUnit::Month));
        assert_eq!(age(d(2022, 2, 1), d(2022, 2, 28)), (-27, AgeUnit::Day));
        assert_eq!(age(d(2024, 2, 28), d(2024, 3, 1)), (-2, AgeUnit::Day));
        assert_eq!(age(d(2022, 2, 1), d(2022, 2, 1)), (0, AgeUnit::Day));
        assert_eq!(age(d(2026, 12, 3), d(2026, 12, 2)), (1, AgeUnit::Day));
        assert_eq!(age(d(2028, 1, 1), d(2026, 12, 2)), (1, AgeUnit::Year));
    }
}
