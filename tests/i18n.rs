//! The completeness check: every language has exactly English's keys, no empty text,
//! and in each message the same placeholders.

use mmptf_explorer::i18n::message::placeholders;
use mmptf_explorer::i18n::Locale;

#[test]
fn every_language_matches_english() {
    let english = Locale::En.messages().entries();
    for locale in Locale::ALL {
        let entries = locale.messages().entries();
        let keys: Vec<_> = entries.iter().map(|(k, _)| *k).collect();
        let english_keys: Vec<_> = english.iter().map(|(k, _)| *k).collect();
        assert_eq!(keys, english_keys, "{locale:?} has different keys");
        for ((key, text), (_, en)) in entries.iter().zip(&english) {
            assert!(!text.trim().is_empty(), "{locale:?}.{key} is empty");
            assert_eq!(placeholders(text), placeholders(en), "{locale:?}.{key} placeholders differ from English");
        }
    }
}

#[test]
fn keys_are_unique() {
    let keys: Vec<_> = Locale::En.messages().entries().into_iter().map(|(k, _)| k).collect();
    let mut sorted = keys.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), keys.len());
}
