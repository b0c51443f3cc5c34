//! Addresses inside the app: the path it is served under (a domain's root or a sub-path),
//! and links that carry the language.

use leptos::prelude::document;

use crate::i18n::Locale;

thread_local! {
    static BASE: String = read_base();
}

/// The path the app is served under ("" at the root, "/some/path" under a sub-path), read
/// from the document once.
pub fn base() -> String {
    BASE.with(Clone::clone)
}

/// A browser path as the app sees it, without the base: "/some/path/explorer" is
/// "/explorer", and the app's root is "/".
pub fn path_in_app(pathname: &str) -> String {
    let rest = BASE.with(|base| pathname.strip_prefix(base.as_str()).unwrap_or(pathname).to_string());
    if rest.is_empty() {
        "/".to_string()
    } else {
        rest
    }
}

/// An address inside the app, under the path it is served from: `app_path("/explorer")` is
/// "/explorer" at a domain's root and "/some/path/explorer" under a sub-path. Every internal
/// link goes through here: `<A>` takes its href as given, while `navigate()` adds the
/// router's base itself and so is given the plain path.
///
/// The link carries `locale` (`?lang=fr`): views build it through `I18n::href`, or in a
/// closure that reads `i18n.locale()`, so a language switch rewrites every link.
pub fn app_path(path: &str, locale: Locale) -> String {
    let full = BASE.with(|base| format!("{base}{path}"));
    crate::i18n::with_lang(&full, locale)
}

/// A path for `navigate()` (which adds the base itself), in `locale`.
pub fn nav_path(path: &str, locale: Locale) -> String {
    crate::i18n::with_lang(path, locale)
}

/// Reads the base from `<base href>`, which Trunk writes from `--public-url`.
fn read_base() -> String {
    // Without a <base> element, baseURI is the page itself, which on a deep link is not
    // the app's root: treat that as being served at the root.
    let has_base = document().query_selector("base[href]").ok().flatten().is_some();
    if !has_base {
        return String::new();
    }
    let base = document().base_uri().ok().flatten().unwrap_or_default();
    let path = web_sys::Url::new(&base).map(|u| u.pathname()).unwrap_or_default();
    path.trim_end_matches('/').to_string()
}
