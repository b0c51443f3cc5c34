//! State the whole app shares, as Leptos context: the fund data, and the drafts of the two
//! wizards (the pledge, and a progress report on one). (The language is `i18n::locale`'s.)
//! Pages and components read it; `app` provides it.

pub mod config;
pub mod draft;
pub mod fund;
