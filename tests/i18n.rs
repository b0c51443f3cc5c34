//! The completeness check: every language file has exactly English's keys, no empty text,
//! and in each message the same placeholders (inside plural branches too); plus the rules
//! for reading files at run time and for carrying the language in links.

use std::collections::BTreeMap;

use mmptf_explorer::browser::links::{lang_in_query, with_lang};
use mmptf_explorer::domain::locale::{negotiate, Locale};
use mmptf_explorer::i18n::message::placeholders;
use mmptf_explorer::i18n::{install, parse_translation, TranslationError};

fn file_text(locale: Locale) -> String {
    let path = format!("{}/public/i18n/{}.json", env!("CARGO_MANIFEST_DIR"), locale.code());
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn translated() -> impl Iterator<Item = Locale> {
    Locale::ALL.into_iter().filter(|l| *l != Locale::En)
}

#[test]
fn every_language_has_exactly_englishs_keys_and_placeholders() {
    let english = Locale::En.messages().entries();
    let mut problems = Vec::new();
    for locale in translated() {
        let map: BTreeMap<String, serde_json::Value> = match serde_json::from_str(&file_text(locale)) {
            Ok(m) => m,
            Err(e) => {
                problems.push(format!("{}: not a JSON object of texts: {e}", locale.code()));
                continue;
            }
        };
        for (key, en) in &english {
            match map.get(*key) {
                None => problems.push(format!("{}: lacks {key}", locale.code())),
                Some(serde_json::Value::String(text)) => {
                    if text.trim().is_empty() {
                        problems.push(format!("{}.{key} is empty", locale.code()));
                    }
                    if placeholders(text) != placeholders(en) {
                        problems.push(format!(
                            "{}.{key}: placeholders {:?}, English has {:?}",
                            locale.code(),
                            placeholders(text),
                            placeholders(en)
                        ));
                    }
                }
                Some(_) => problems.push(format!("{}.{key} is not text", locale.code())),
            }
        }
        for key in map.keys() {
            if !english.iter().any(|(k, _)| k == key) {
                problems.push(format!("{}: has {key}, which English lacks", locale.code()));
            }
        }
    }
    assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn every_file_installs_without_falling_back_to_english() {
    let keys = Locale::En.messages().entries().len();
    for locale in translated() {
        let stats = install(locale, &file_text(locale)).expect("installs");
        assert_eq!((stats.translated, stats.fallbacks), (keys, 0), "{locale:?}");
        assert!(locale.is_loaded());
        // Really the file's text, not English under another name.
        assert_ne!(locale.messages().nav_explorer(), "", "{locale:?}");
        assert_ne!(locale.messages().home_heading(), Locale::En.messages().home_heading(), "{locale:?}");
        assert_ne!(locale.messages().objective_23(), Locale::En.messages().objective_23(), "{locale:?}");
    }
}

#[test]
fn translations_hold_no_invisible_direction_overrides_or_markup() {
    for locale in translated() {
        let text = file_text(locale);
        for c in [
            '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}',
            '\u{200B}',
        ] {
            assert!(!text.contains(c), "{locale:?} contains U+{:04X}", c as u32);
        }
        assert!(!text.contains('<'), "{locale:?} contains markup");
    }
}

#[test]
fn a_damaged_file_costs_only_the_damaged_messages() {
    let mut map: BTreeMap<String, serde_json::Value> = serde_json::from_str(&file_text(Locale::Fr)).expect("json");
    map.remove("nav_home");
    map.insert("headline_share".into(), "{part} de {target}".into()); // wrong placeholder
    map.insert("headline_funded".into(), "{count, plural, one {# financé}}".into()); // no `other`
    map.insert("nav_about".into(), serde_json::Value::from(7)); // not text
    map.insert("nav_pledge".into(), "   ".into()); // empty
    map.insert("unknown_key".into(), "ignored".into());
    let (table, stats) = parse_translation(&serde_json::to_string(&map).expect("json")).expect("usable");
    assert_eq!(stats.fallbacks, 5);
    assert_eq!(table.nav_home(), Locale::En.messages().nav_home());
    assert_eq!(table.headline_share(), Locale::En.messages().headline_share());
    assert_eq!(table.headline_funded(), Locale::En.messages().headline_funded());
    assert_eq!(table.nav_about(), Locale::En.messages().nav_about());
    assert_eq!(table.nav_explorer(), map["nav_explorer"].as_str().expect("text"));
}

#[test]
fn unusable_files_are_refused() {
    for bad in ["", "not json", "[1,2]", "\"text\"", "{\"nav_home\": ", "<!DOCTYPE html><html></html>"] {
        assert_eq!(parse_translation(bad).err(), Some(TranslationError::Malformed), "{bad:?}");
    }
    assert_eq!(parse_translation("{}").err(), Some(TranslationError::NoKnownKeys));
    assert_eq!(parse_translation("{\"something\": \"else\"}").err(), Some(TranslationError::NoKnownKeys));
}

#[test]
fn the_language_travels_in_links() {
    assert_eq!(with_lang("/explorer", Locale::Fr), "/explorer?lang=fr");
    assert_eq!(with_lang("/explorer?status=funded", Locale::Ar), "/explorer?status=funded&lang=ar");
    assert_eq!(with_lang("/explorer?lang=fr&status=funded", Locale::Ru), "/explorer?status=funded&lang=ru");
    assert_eq!(with_lang("/explorer?lang=fr", Locale::En), "/explorer");
    assert_eq!(with_lang("/explorer?q=a&lang=zh#top", Locale::En), "/explorer?q=a#top");
    assert_eq!(with_lang("/a?langue=x", Locale::Es), "/a?langue=x&lang=es");
    assert_eq!(with_lang("/", Locale::En), "/");
    // Idempotent: applying it twice changes nothing.
    let once = with_lang("/p?x=1", Locale::Zh);
    assert_eq!(with_lang(&once, Locale::Zh), once);

    assert_eq!(lang_in_query("?lang=ar"), Some(Locale::Ar));
    assert_eq!(lang_in_query("status=funded&lang=FR"), Some(Locale::Fr));
    assert_eq!(lang_in_query("?lang=de"), None);
    assert_eq!(lang_in_query("?lang="), None);
    assert_eq!(lang_in_query("?slang=fr"), None);
}

#[test]
fn browser_languages_are_matched_by_their_primary_tag() {
    assert_eq!(negotiate(["de-DE", "fr-CA", "en"]), Some(Locale::Fr));
    assert_eq!(negotiate(["zh-TW"]), Some(Locale::Zh));
    assert_eq!(negotiate(["pt-BR", "ja"]), None);
    assert_eq!(Locale::from_code("es_419"), Some(Locale::Es));
    assert_eq!(Locale::from_code(""), None);
    for locale in Locale::ALL {
        assert_eq!(Locale::from_code(locale.code()), Some(locale));
        assert_eq!(locale.is_rtl(), locale == Locale::Ar);
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

#[test]
fn the_translations_status_file_covers_every_language() {
    let path = format!("{}/public/i18n/README.md", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("public/i18n/README.md");
    for locale in translated() {
        assert!(text.contains(&format!("({})", locale.code())), "no section for {locale:?}");
    }
}
