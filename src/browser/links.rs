//! Addresses inside the app: the path it is served under (a domain's root or a sub-path),
//! and links that carry the language (`?lang=fr`, absent for English).

use super::document;
use crate::domain::locale::Locale;

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
    with_lang(&full, locale)
}

/// A path for `navigate()` (which adds the base itself), in `locale`.
pub fn nav_path(path: &str, locale: Locale) -> String {
    with_lang(path, locale)
}

/// Reads the base from `<base href>`, which Trunk writes from `--public-url`.
fn read_base() -> String {
    // Without a <base> element, baseURI is the page itself, which on a deep link is not
    // the app's root: treat that as being served at the root.
    let Some(document) = document() else { return String::new() };
    let has_base = document.query_selector("base[href]").ok().flatten().is_some();
    if !has_base {
        return String::new();
    }
    let base = document.base_uri().ok().flatten().unwrap_or_default();
    let path = web_sys::Url::new(&base).map(|u| u.pathname()).unwrap_or_default();
    path.trim_end_matches('/').to_string()
}

/// `url` with its `lang` query parameter set for `locale`, or removed for English (the
/// default, so English addresses stay as they always were). Any fragment is kept.
pub fn with_lang(url: &str, locale: Locale) -> String {
    let (before_hash, hash) = match url.find('#') {
        Some(i) => url.split_at(i),
        None => (url, ""),
    };
    let (path, query) = match before_hash.find('?') {
        Some(i) => (&before_hash[..i], &before_hash[i + 1..]),
        None => (before_hash, ""),
    };
    let mut pairs: Vec<&str> =
        query.split('&').filter(|p| !p.is_empty() && *p != "lang" && !p.starts_with("lang=")).collect();
    let lang = format!("lang={}", locale.code());
    if locale != Locale::En {
        pairs.push(&lang);
    }
    if pairs.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{}{hash}", pairs.join("&"))
    }
}

/// The language a query string asks for (`?lang=fr`), if any it names is one we speak.
pub fn lang_in_query(query: &str) -> Option<Locale> {
    query.trim_start_matches('?').split('&').filter_map(|pair| pair.strip_prefix("lang=")).find_map(Locale::from_code)
}
