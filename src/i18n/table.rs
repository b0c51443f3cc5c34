//! The message tables: their one key list (English's, in `en.rs`), English compiled in, and
//! the other languages' files read into tables at run time, each key checked on its own.

use super::message;
use crate::domain::locale::Locale;

/// Defines the message table from one list, English's (`en.rs`): `Messages`, with a method
/// per key, `KEYS` in declaration order, and `EN`, English's table.
///
/// A table is an array of texts in key order, so a loaded language's table is built by one
/// loop over the keys, and a method reads one slot at a constant index: inlined, it compiles
/// to the same load a struct field would, with no code per key and no `unsafe`.
macro_rules! messages {
    ($($key:ident: $text:expr),* $(,)?) => {
        /// A key's position in `KEYS`.
        #[allow(non_camel_case_types, clippy::enum_variant_names)]
        enum Key {
            $($key,)*
        }

        /// Every key, in declaration order.
        pub const KEYS: &[&str] = &[$(stringify!($key)),*];

        /// One language's text for every key.
        pub struct Messages(pub(in crate::i18n) [&'static str; KEYS.len()]);

        /// English: the reference every other language is checked against, and the fallback.
        pub const EN: Messages = Messages([$($text),*]);

        impl Messages {
            $(
                #[inline(always)]
                pub fn $key(&self) -> &'static str {
                    self.0[Key::$key as usize]
                }
            )*
        }
    };
}

mod en;
pub use en::{Messages, EN, KEYS};

thread_local! {
    static LOADED: [std::cell::Cell<Option<&'static Messages>>; 6] = const {
        [const { std::cell::Cell::new(None) }; 6]
    };
}

const COUNT: usize = KEYS.len();

impl Messages {
    /// Every key with its text, in declaration order (for checks and tooling).
    pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
        KEYS.iter().copied().zip(self.0).collect()
    }
}

/// Why a translation file could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TranslationError {
    /// Not JSON, or not an object of texts.
    Malformed,
    /// Parsed, but not one key matched: the wrong file.
    NoKnownKeys,
}

/// What installing a translation file found: texts taken from it and texts that fell back
/// to English (missing, not text, empty, or with placeholders that differ from English's).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Installed {
    pub translated: usize,
    pub fallbacks: usize,
}

/// Builds a language's table from its file's JSON text. Each key is checked on its own,
/// so a host's edit that breaks one message costs that message, not the language.
#[inline(never)]
pub fn parse_translation(json: &str) -> Result<(Messages, Installed), TranslationError> {
    // Through `Value`, which the data file's reader already uses, rather than a map type of
    // its own: less code in the wasm.
    let root: serde_json::Value = serde_json::from_str(json).map_err(|_| TranslationError::Malformed)?;
    let map = root.as_object().ok_or(TranslationError::Malformed)?;
    let mut stats = Installed { translated: 0, fallbacks: 0 };
    let mut texts = EN.0;
    for (slot, key) in texts.iter_mut().zip(KEYS) {
        let english = *slot;
        match map.get(*key).and_then(|v| v.as_str()) {
            Some(text) if !text.trim().is_empty() && message::placeholders(text) == message::placeholders(english) => {
                stats.translated += 1;
                // Loaded once per language per visit, and kept for the page's life.
                *slot = Box::leak(text.to_string().into_boxed_str());
            }
            _ => stats.fallbacks += 1,
        }
    }
    if stats.translated == 0 {
        return Err(TranslationError::NoKnownKeys);
    }
    Ok((Messages(texts), stats))
}

/// Makes `locale`'s table the one `Locale::messages` returns.
pub fn install(locale: Locale, json: &str) -> Result<Installed, TranslationError> {
    if locale == Locale::En {
        return Ok(Installed { translated: COUNT, fallbacks: 0 });
    }
    let (table, stats) = parse_translation(json)?;
    let table: &'static Messages = Box::leak(Box::new(table));
    LOADED.with(|loaded| loaded[locale.index()].set(Some(table)));
    Ok(stats)
}

impl Locale {
    /// This language's table once it is loaded (English always is); English until then.
    /// Called from hundreds of views: kept out of line so each call stays a call.
    #[inline(never)]
    pub fn messages(self) -> &'static Messages {
        LOADED.with(|loaded| loaded[self.index()].get()).unwrap_or(&EN)
    }

    pub fn is_loaded(self) -> bool {
        self == Locale::En || LOADED.with(|loaded| loaded[self.index()].get().is_some())
    }
}
