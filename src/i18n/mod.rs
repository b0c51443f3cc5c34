//! The translation layer. Every string a user sees comes from a [`Messages`] table, one per
//! language. English is compiled in (the reference, and the fallback); the other five
//! languages are files in `public/i18n/` fetched when chosen, so a visitor downloads only
//! the language they read. `tests/i18n.rs` fails if a file lacks a key English has, has one
//! it lacks, or a placeholder differs; at run time a key missing or damaged in a file falls
//! back to English instead of showing nothing.

pub mod format;
mod labels;
mod languages;
#[cfg(feature = "app")]
pub mod locale;
pub mod message;
pub mod problem_text;
mod table;

pub use languages::{current, set_current};
pub use message::{format_message, Arg, PluralCategory};
pub use table::{install, parse_translation, Installed, Messages, TranslationError, EN, KEYS};
