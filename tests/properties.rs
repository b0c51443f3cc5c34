//! Property tests: no parser panics, whatever it is given, and what is written reads back.

use mmptf_explorer::domain::date::Date;
use mmptf_explorer::domain::explorer::query::ExplorerQuery;
use mmptf_explorer::domain::fund::decode::decode_fund;
use mmptf_explorer::domain::money::{Currency, Money};
use mmptf_explorer::domain::safe_url::SafeUrl;
use mmptf_explorer::domain::text_fold::fold;
use mmptf_explorer::i18n::message::{format_message, Arg, PluralCategory};
use proptest::prelude::*;

const CASES: u32 = 10_000;

proptest! {
    #![proptest_config(ProptestConfig { cases: CASES, ..ProptestConfig::default() })]

    #[test]
    fn money_parsing_never_panics_and_round_trips(text in "\\PC{0,40}") {
        if let Ok(m) = Money::parse_decimal(&text, Currency::USD) {
            prop_assert!(m.minor() >= 0);
            prop_assert_eq!(Money::parse_decimal(&m.to_decimal_string(), Currency::USD), Ok(m));
        }
    }

    #[test]
    fn whole_amounts_round_trip(major in 0i64..=1_000_000_000_000_000) {
        let m = Money::from_major(major, Currency::USD).unwrap();
        prop_assert_eq!(Money::parse_decimal(&m.to_decimal_string(), Currency::USD), Ok(m));
    }

    #[test]
    fn dates_never_panic_and_round_trip(text in "[0-9-]{0,12}|\\PC{0,12}") {
        if let Some(d) = Date::parse_iso(&text) {
            prop_assert_eq!(Date::parse_iso(&d.to_string()), Some(d));
        }
    }

    #[test]
    fn urls_never_panic(text in "\\PC{0,60}") {
        if let Some(u) = SafeUrl::parse(&text) {
            let lower = u.as_str().to_ascii_lowercase();
            prop_assert!(lower.starts_with("http://") || lower.starts_with("https://"));
        }
    }

    #[test]
    fn link_queries_never_panic_and_round_trip(pairs in proptest::collection::vec(("[a-z]{1,8}|status|q|sort|page|objective|region|whatif", "\\PC{0,30}"), 0..8)) {
        let (q, _) = ExplorerQuery::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let written = q.to_pairs();
        let (back, notes) = ExplorerQuery::from_pairs(written.iter().map(|(k, v)| (*k, v.as_str())));
        // The canonical form is what a link carries: it must survive a round trip.
        prop_assert_eq!(back.to_query_string(), q.to_query_string());
        prop_assert_eq!(back.page(), q.page());
        prop_assert!(notes.is_empty());
    }

    #[test]
    fn data_files_never_panic(text in "\\PC{0,300}") {
        let _ = decode_fund(&text);
    }

    #[test]
    fn json_shaped_data_files_never_panic(text in "[\\[\\]{}\":,0-9a-z .\\-]{0,200}") {
        let _ = decode_fund(&text);
    }

    #[test]
    fn folding_and_messages_never_panic(text in "\\PC{0,80}", arg in "\\PC{0,20}", n in any::<u64>()) {
        let _ = fold(&text);
        let _ = format_message(&text, &[("a", Arg::Text(&arg)), ("n", Arg::Count(n))], &|n| n.to_string(), &|_| PluralCategory::Other);
    }
}
