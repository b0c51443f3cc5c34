//! State the whole app shares, as Leptos context: the fund data. (The language is
//! `i18n::locale`'s, the pledge wizard's draft `pages::pledge::state`'s.) Pages and
//! components read it; `app` provides it.

pub mod fund;
