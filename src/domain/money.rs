//! Money as integer minor units. Floating point never holds an amount: a sum of
//! budgets must add up to the cent, and `0.1 + 0.2` must not show up in a total.

use std::fmt;

/// An ISO 4217 currency code with its number of minor-unit digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Currency {
    code: [u8; 3],
}

impl Currency {
    pub const USD: Currency = Currency { code: *b"USD" };

    /// Accepts exactly three ASCII capital letters. Whether the code is assigned by
    /// ISO is not checked here: the browser's `Intl` formats any well-formed code.
    pub fn parse(text: &str) -> Option<Currency> {
        let bytes = text.as_bytes();
        if bytes.len() == 3 && bytes.iter().all(u8::is_ascii_uppercase) {
            Some(Currency { code: [bytes[0], bytes[1], bytes[2]] })
        } else {
            None
        }
    }

    pub fn code(&self) -> &str {
        // Only ASCII capitals are ever stored, so this cannot fail.
        std::str::from_utf8(&self.code).unwrap_or("XXX")
    }

    /// Minor-unit digits (ISO 4217). Most currencies use two; these are the common exceptions.
    pub fn exponent(&self) -> u32 {
        match self.code() {
            "BIF" | "CLP" | "DJF" | "GNF" | "ISK" | "JPY" | "KMF" | "KRW" | "PYG" | "RWF" | "UGX" | "UYI" | "VND"
            | "VUV" | "XAF" | "XOF" | "XPF" => 0,
            "BHD" | "IQD" | "JOD" | "KWD" | "LYD" | "OMR" | "TND" => 3,
            _ => 2,
        }
    }

    fn scale(&self) -> i64 {
        10_i64.pow(self.exponent())
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The largest amount we accept anywhere, in major units: 10^15 (a quadrillion).
/// Far above any real fund, far below where i64 minor units overflow.
pub const MAX_MAJOR: i64 = 1_000_000_000_000_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Money {
    minor: i64,
    currency: Currency,
}

/// Why an amount was refused; the views word each (`i18n`), in the visitor's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyError {
    NotANumber,
    Negative,
    /// More decimal places than the currency has.
    TooPrecise,
    TooLarge,
}

impl Money {
    pub fn zero(currency: Currency) -> Money {
        Money { minor: 0, currency }
    }

    pub fn from_minor(minor: i64, currency: Currency) -> Money {
        Money { minor, currency }
    }

    /// Whole major units (dollars), checked against [`MAX_MAJOR`].
    pub fn from_major(major: i64, currency: Currency) -> Result<Money, MoneyError> {
        if major.unsigned_abs() > MAX_MAJOR as u64 {
            return Err(MoneyError::TooLarge);
        }
        Ok(Money { minor: major * currency.scale(), currency })
    }

    pub fn minor(&self) -> i64 {
        self.minor
    }

    /// Whole units of the currency, the fraction dropped: 1,500.75 dollars is 1,500.
    pub fn whole_units(&self) -> i64 {
        self.minor / self.currency.scale()
    }

    pub fn currency(&self) -> Currency {
        self.currency
    }

    pub fn is_negative(&self) -> bool {
        self.minor < 0
    }

    /// Parses a non-negative decimal amount as a person types it: digits, at most one
    /// decimal point, optional thousands separators (`,`, `_`, spaces, thin and
    /// non-breaking spaces) between digits. Exponents, signs other than a leading `-`
    /// (reported as negative), NaN and infinity are refused.
    pub fn parse_decimal(text: &str, currency: Currency) -> Result<Money, MoneyError> {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(MoneyError::NotANumber);
        }
        let (negative, body) = match trimmed.strip_prefix('-') {
            Some(rest) => (true, rest.trim_start()),
            None => (false, trimmed.strip_prefix('+').unwrap_or(trimmed)),
        };
        let mut whole: i128 = 0;
        let mut frac: i128 = 0;
        let mut frac_digits = 0u32;
        let mut seen_point = false;
        let mut seen_digit = false;
        let mut last_was_digit = false;
        let max_minor = MAX_MAJOR as i128 * currency.scale() as i128;
        for ch in body.chars() {
            match ch {
                '0'..='9' => {
                    let d = ch as i128 - '0' as i128;
                    if seen_point {
                        frac_digits += 1;
                        if frac_digits > currency.exponent() {
                            if d != 0 {
                                return Err(MoneyError::TooPrecise);
                            }
                            // Trailing zeros beyond the exponent ("1.500") carry no value.
                            continue;
                        }
                        frac = frac * 10 + d;
                    } else {
                        whole = whole * 10 + d;
                        if whole > MAX_MAJOR as i128 {
                            return Err(MoneyError::TooLarge);
                        }
                    }
                    seen_digit = true;
                    last_was_digit = true;
                }
                '.' if !seen_point => {
                    seen_point = true;
                    last_was_digit = false;
                }
                ',' | '_' | ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' if !seen_point && last_was_digit => {
                    last_was_digit = false;
                }
                _ => return Err(MoneyError::NotANumber),
            }
        }
        if !seen_digit || (!last_was_digit && !seen_point) {
            return Err(MoneyError::NotANumber);
        }
        let used = frac_digits.min(currency.exponent());
        let frac_scaled = frac * 10_i128.pow(currency.exponent() - used);
        let minor = whole * currency.scale() as i128 + frac_scaled;
        if minor > max_minor {
            return Err(MoneyError::TooLarge);
        }
        if negative && minor != 0 {
            return Err(MoneyError::Negative);
        }
        Ok(Money { minor: minor as i64, currency })
    }

    pub fn checked_add(self, other: Money) -> Option<Money> {
        if self.currency != other.currency {
            return None;
        }
        Some(Money { minor: self.minor.checked_add(other.minor)?, currency: self.currency })
    }

    pub fn saturating_sub(self, other: Money) -> Money {
        Money { minor: self.minor.saturating_sub(other.minor), currency: self.currency }
    }

    /// The amount as a plain decimal string ("28000000.00"), exact, for `Intl.NumberFormat`
    /// (which formats decimal strings without going through a float) and for exports.
    pub fn to_decimal_string(&self) -> String {
        let exp = self.currency.exponent();
        let sign = if self.minor < 0 { "-" } else { "" };
        let abs = self.minor.unsigned_abs();
        if exp == 0 {
            return format!("{sign}{abs}");
        }
        let scale = 10_u64.pow(exp);
        format!("{sign}{}.{:0width$}", abs / scale, abs % scale, width = exp as usize)
    }

    /// True when the amount has no minor part (so "USD 28,000,000" needs no ".00").
    pub fn is_whole(&self) -> bool {
        self.minor % self.currency.scale() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn usd(text: &str) -> Result<Money, MoneyError> {
        Money::parse_decimal(text, Currency::USD)
    }

    #[test]
    fn parses_plain_and_grouped_amounts() {
        assert_eq!(usd("28000000").map(|m| m.minor()), Ok(2_800_000_000));
        assert_eq!(usd("28,000,000").map(|m| m.minor()), Ok(2_800_000_000));
        assert_eq!(usd("2 000 000.5").map(|m| m.minor()), Ok(200_000_050));
        assert_eq!(usd("0.07").map(|m| m.minor()), Ok(7));
        assert_eq!(usd(" 12.30 ").map(|m| m.minor()), Ok(1230));
        assert_eq!(usd("1.500").map(|m| m.minor()), Ok(150));
        assert_eq!(usd(".5").map(|m| m.minor()), Ok(50));
        assert_eq!(usd("5.").map(|m| m.minor()), Ok(500));
    }

    #[test]
    fn refuses_what_is_not_an_amount() {
        for bad in ["", " ", "abc", "1e6", "NaN", "inf", "∞", "1..2", "1.2.3", ",100", "100,", "1,,000", "0x10", "١٢"]
        {
            assert_eq!(usd(bad), Err(MoneyError::NotANumber), "{bad:?}");
        }
        assert_eq!(usd("-5"), Err(MoneyError::Negative));
        assert_eq!(usd("-0"), Ok(Money::zero(Currency::USD)));
        assert_eq!(usd("1.005"), Err(MoneyError::TooPrecise));
    }

    #[test]
    fn refuses_amounts_beyond_a_quadrillion_without_overflow() {
        assert!(usd("1000000000000000").is_ok());
        assert_eq!(usd("1000000000000000.01"), Err(MoneyError::TooLarge));
        assert_eq!(usd("99999999999999999999999999999999999999"), Err(MoneyError::TooLarge));
        assert_eq!(Money::from_major(MAX_MAJOR + 1, Currency::USD), Err(MoneyError::TooLarge));
    }

    #[test]
    fn respects_currency_exponents() {
        let jpy = Currency::parse("JPY").unwrap();
        assert_eq!(Money::parse_decimal("1500", jpy).map(|m| m.minor()), Ok(1500));
        assert_eq!(Money::parse_decimal("1500.5", jpy), Err(MoneyError::TooPrecise));
        let kwd = Currency::parse("KWD").unwrap();
        assert_eq!(Money::parse_decimal("1.234", kwd).map(|m| m.to_decimal_string()), Ok("1.234".into()));
    }

    #[test]
    fn currency_codes_are_three_capitals() {
        assert!(Currency::parse("USD").is_some());
        for bad in ["usd", "US", "USDD", "U$D", "", "ÜSD"] {
            assert!(Currency::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn decimal_strings_are_exact() {
        assert_eq!(Money::from_minor(2_800_000_000, Currency::USD).to_decimal_string(), "28000000.00");
        assert_eq!(Money::from_minor(5, Currency::USD).to_decimal_string(), "0.05");
        assert_eq!(Money::from_minor(-105, Currency::USD).to_decimal_string(), "-1.05");
        assert!(Money::from_minor(2_800_000_000, Currency::USD).is_whole());
        assert!(!Money::from_minor(2_800_000_001, Currency::USD).is_whole());
    }

    #[test]
    fn arithmetic_is_checked() {
        let a = Money::from_minor(i64::MAX, Currency::USD);
        assert_eq!(a.checked_add(Money::from_minor(1, Currency::USD)), None);
        let eur = Currency::parse("EUR").unwrap();
        assert_eq!(Money::zero(Currency::USD).checked_add(Money::zero(eur)), None);
        assert_eq!(Money::from_minor(5, Currency::USD).saturating_sub(Money::from_minor(7, Currency::USD)).minor(), -2);
    }
}
