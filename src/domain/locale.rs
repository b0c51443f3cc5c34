//! The languages the app speaks, their codes and tags, and how a browser's preferences
//! and an address name one. Plain values: the translation tables are `i18n`'s.

/// The languages the app speaks: the six official languages of the United Nations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Locale {
    Ar,
    Zh,
    En,
    Fr,
    Ru,
    Es,
}

impl Locale {
    /// In the UN's order (English alphabetical), as the switcher lists them.
    pub const ALL: [Locale; 6] = [Locale::Ar, Locale::Zh, Locale::En, Locale::Fr, Locale::Ru, Locale::Es];

    /// The language code for `<html lang>`, the URL and the translation file's name.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Ar => "ar",
            Locale::Zh => "zh",
            Locale::En => "en",
            Locale::Fr => "fr",
            Locale::Ru => "ru",
            Locale::Es => "es",
        }
    }

    /// The tag handed to `Intl`. English is British English, as the UN writes it
    /// ("1 February 2022"); Chinese is simplified.
    pub fn intl_tag(self) -> &'static str {
        match self {
            Locale::Ar => "ar",
            Locale::Zh => "zh-Hans-CN",
            Locale::En => "en-GB",
            Locale::Fr => "fr-FR",
            Locale::Ru => "ru-RU",
            Locale::Es => "es-ES",
        }
    }

    /// The language's own name. A switcher lists each language in itself, whatever the
    /// page's language, so these are the same in every table and live here.
    pub fn autonym(self) -> &'static str {
        match self {
            Locale::Ar => "العربية",
            Locale::Zh => "中文",
            Locale::En => "English",
            Locale::Fr => "Français",
            Locale::Ru => "Русский",
            Locale::Es => "Español",
        }
    }

    pub fn is_rtl(self) -> bool {
        self == Locale::Ar
    }

    /// Its place in [`Locale::ALL`], for tables kept per language.
    pub fn index(self) -> usize {
        match self {
            Locale::Ar => 0,
            Locale::Zh => 1,
            Locale::En => 2,
            Locale::Fr => 3,
            Locale::Ru => 4,
            Locale::Es => 5,
        }
    }

    /// The translation file, relative to the document's base like the data file.
    pub fn file_url(self) -> String {
        format!("i18n/{}.json", self.code())
    }

    /// "fr", "FR", "fr-CA", "fr_FR" all mean French.
    pub fn from_code(code: &str) -> Option<Locale> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or_default();
        Locale::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(primary))
    }
}

/// The first of the browser's preferred languages that we speak.
pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Option<Locale> {
    preferred.into_iter().find_map(Locale::from_code)
}
