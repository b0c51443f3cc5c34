//! The visitor's calendar date, from the browser's clock in their time zone: an update dated
//! "today" in Manila is not refused because it is still yesterday in New York.

use crate::domain::date::Date;

/// Today where the visitor is; `None` only if the browser's clock gives no real date.
pub fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    let year = u16::try_from(now.get_full_year()).ok()?;
    let month = u8::try_from(now.get_month() + 1).ok()?;
    let day = u8::try_from(now.get_date()).ok()?;
    Date::new(year, month, day)
}
