//! Which language is on screen, for code outside the reactive views.

use crate::domain::locale::Locale;

thread_local! {
    static CURRENT: std::cell::Cell<Locale> = const { std::cell::Cell::new(Locale::En) };
}

/// The language on screen, for the one reader outside the reactive graph: the panic
/// message (links read the language reactively, through `I18n`).
pub fn current() -> Locale {
    CURRENT.with(std::cell::Cell::get)
}

pub fn set_current(locale: Locale) {
    CURRENT.with(|c| c.set(locale));
}
