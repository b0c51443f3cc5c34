//! Folding text for search and sorting: lower case, Latin diacritics removed, so that
//! "mexico" finds "México" and "cote" finds "Côte d'Ivoire".

pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'À'..='Å' | 'à'..='å' | 'Ā' | 'ā' | 'Ă' | 'ă' | 'Ą' | 'ą' => out.push('a'),
            'Ç' | 'ç' | 'Ć' | 'ć' | 'Č' | 'č' => out.push('c'),
            'Ď' | 'ď' | 'Đ' | 'đ' => out.push('d'),
            'È'..='Ë' | 'è'..='ë' | 'Ē' | 'ē' | 'Ė' | 'ė' | 'Ę' | 'ę' | 'Ě' | 'ě' => out.push('e'),
            'Ì'..='Ï' | 'ì'..='ï' | 'Ī' | 'ī' | 'Į' | 'į' | 'İ' | 'ı' => out.push('i'),
            'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ň' | 'ň' => out.push('n'),
            'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō' | 'ō' | 'Ő' | 'ő' => out.push('o'),
            'Ŕ' | 'ŕ' | 'Ř' | 'ř' => out.push('r'),
            'Ś' | 'ś' | 'Š' | 'š' | 'Ş' | 'ş' | 'Ș' | 'ș' => out.push('s'),
            'ß' => out.push_str("ss"),
            'Ť' | 'ť' | 'Ţ' | 'ţ' | 'Ț' | 'ț' => out.push('t'),
            'Ù'..='Ü' | 'ù'..='ü' | 'Ū' | 'ū' | 'Ů' | 'ů' | 'Ű' | 'ű' | 'Ų' | 'ų' => out.push('u'),
            'Ý' | 'ý' | 'ÿ' | 'Ÿ' => out.push('y'),
            'Ź' | 'ź' | 'Ż' | 'ż' | 'Ž' | 'ž' => out.push('z'),
            'Æ' | 'æ' => out.push_str("ae"),
            'Œ' | 'œ' => out.push_str("oe"),
            '\u{2018}' | '\u{2019}' | '`' | '´' => out.push('\''),
            // Zero-width and bidi control characters never carry meaning in a search.
            '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}' => {}
            // Combining marks (e.g. from decomposed input) are dropped with the accents.
            '\u{0300}'..='\u{036f}' => {}
            c if c.is_uppercase() => out.extend(c.to_lowercase()),
            c => out.push(c),
        }
    }
    out
}

/// The words of a search, folded; every one must appear for a match.
pub fn search_terms(query: &str) -> Vec<String> {
    fold(query).split_whitespace().map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("México"), "mexico");
        assert_eq!(fold("Côte d’Ivoire"), "cote d'ivoire");
        assert_eq!(fold("ÆSIR Straße"), "aesir strasse");
        assert_eq!(fold("Mexico\u{0301}"), "mexico");
        assert_eq!(fold("IOM\u{200b}"), "iom");
        assert_eq!(fold("Тажикистан"), "тажикистан");
        assert_eq!(fold("🧭 ok"), "🧭 ok");
    }

    #[test]
    fn splits_search_words() {
        assert_eq!(search_terms("  IOM   Philippines "), vec!["iom", "philippines"]);
        assert!(search_terms("   ").is_empty());
    }
}
