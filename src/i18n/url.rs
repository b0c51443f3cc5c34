//! The language in an address: `?lang=fr`, absent for English.

use super::Locale;

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
