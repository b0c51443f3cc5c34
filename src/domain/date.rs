//! Calendar dates as the data file and the pledge form write them: `YYYY-MM-DD`.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

fn is_leap(year: u16) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
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
        for bad in ["2023-02-29", "1900-02-29", "2022-13-01", "2022-00-10", "2022-04-31", "2022-1-01",
                    "22-02-01", "2022/02/01", "", "2022-02-01T00:00", "０２２-02-01", "1899-12-31", "+022-02-01"] {
            assert_eq!(Date::parse_iso(bad), None, "{bad}");
        }
    }

    #[test]
    fn orders_chronologically() {
        assert!(Date::parse_iso("2022-02-01") < Date::parse_iso("2022-11-30"));
        assert!(Date::parse_iso("2021-12-31") < Date::parse_iso("2022-01-01"));
    }
}
