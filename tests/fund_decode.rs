//! The data file's rules, natively: the shipped file is valid, and every kind of broken
//! file is refused with the problem at the right JSON path.

use mmptf_explorer::domain::fund::decode::{decode_fund, Expected, Problem, MAX_BYTES};
use mmptf_explorer::domain::fund::Status;
use mmptf_explorer::domain::money::MoneyError;
use serde_json::{json, Value};

fn shipped() -> Value {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/fund.json"))
        .expect("public/data/fund.json is readable");
    serde_json::from_str(&text).expect("public/data/fund.json is JSON")
}

fn without_history(mut file: Value) -> Value {
    if let Some(root) = file.as_object_mut() {
        root.remove("history");
    }
    file
}

fn decode(value: &Value) -> Result<mmptf_explorer::domain::fund::FundSnapshot, Vec<Problem>> {
    decode_fund(&value.to_string())
}

fn problems(value: &Value) -> Vec<Problem> {
    decode(value).expect_err("the file should be refused")
}

#[test]
fn the_shipped_snapshot_is_valid_and_says_what_the_source_says() {
    let s = decode(&shipped()).expect("the shipped data file is valid");
    assert_eq!(s.target.to_decimal_string(), "70000000.00");
    assert_eq!(s.raised.to_decimal_string(), "28000000.00");
    assert_eq!(s.progress().share().map(|b| b.whole_percent()), Some(40));
    assert_eq!(s.progress().remaining().to_decimal_string(), "42000000.00");
    assert_eq!((s.counts.funded, s.counts.pipeline), (12, 34));
    assert_eq!(s.counted(), s.counts);
    assert_eq!(s.as_of.to_string(), "2022-02-01");
    // Seven funded programmes are named by sources; the rest are honest placeholders.
    let named: Vec<_> = s.programmes.iter().filter(|p| p.details_published()).collect();
    assert_eq!(named.len(), 7);
    assert!(named.iter().all(|p| p.status == Status::Funded));
    assert!(s.programmes.iter().filter(|p| p.status == Status::Pipeline).all(|p| !p.details_published()));
    assert!(s.programmes.iter().all(|p| !p.sources.is_empty()));
    // The only published budget is North Macedonia's USD 1.5 million.
    let budgets: Vec<_> =
        s.programmes.iter().filter_map(|p| p.budget.map(|b| (p.id.as_str(), b.to_decimal_string()))).collect();
    assert_eq!(budgets, vec![("north-macedonia-evidence-based-policy", "1500000.00".to_string())]);
    let bridge = s.programme("philippines-bridge").expect("BRIDGE is listed");
    assert_eq!(bridge.gcm_objectives.iter().map(|o| o.number()).collect::<Vec<_>>(), vec![6, 21]);
}

#[test]
fn empty_html_and_oversized_files_are_named_as_such() {
    assert_eq!(decode_fund(""), Err(vec![Problem::Empty]));
    assert_eq!(decode_fund("  \n\t"), Err(vec![Problem::Empty]));
    assert_eq!(decode_fund("<!DOCTYPE html><html><body>Not found</body></html>"), Err(vec![Problem::LooksLikeHtml]));
    let huge = " ".repeat(MAX_BYTES + 1);
    assert_eq!(decode_fund(&huge), Err(vec![Problem::TooLarge { bytes: MAX_BYTES + 1 }]));
}

#[test]
fn invalid_json_says_where() {
    assert_eq!(
        decode_fund("{\n  \"a\": 1,\n  oops\n}"),
        Err(vec![Problem::Syntax { line: 3, column: 3, truncated: false }])
    );
    let text = shipped().to_string();
    let result = decode_fund(&text[..text.len() / 2]);
    assert!(
        matches!(result.as_ref().map_err(Vec::as_slice), Err([Problem::Syntax { truncated: true, .. }])),
        "expected a truncation, got {result:?}"
    );
}

#[test]
fn a_byte_order_mark_is_tolerated() {
    assert!(decode_fund(&format!("\u{feff}{}", shipped())).is_ok());
}

#[test]
fn wrong_types_and_missing_fields_are_reported_with_their_paths() {
    let mut v = shipped();
    v["fund"]["target"] = json!("seventy million");
    v["counts"].as_object_mut().unwrap().remove("pipeline");
    v["programmes"][3]["countries"] = json!("North Macedonia");
    v["programmes"][0].as_object_mut().unwrap().remove("id");
    let p = problems(&v);
    assert!(p.contains(&Problem::WrongType { path: "fund.target".into(), expected: Expected::Amount }), "{p:?}");
    assert!(p.contains(&Problem::Missing { path: "counts.pipeline".into() }), "{p:?}");
    assert!(
        p.contains(&Problem::WrongType { path: "programmes[3].countries".into(), expected: Expected::List }),
        "{p:?}"
    );
    assert!(p.contains(&Problem::Missing { path: "programmes[0].id".into() }), "{p:?}");
    assert_eq!(
        problems(&json!([1, 2])),
        vec![Problem::WrongType { path: "(root)".into(), expected: Expected::Object }]
    );
    assert!(problems(&json!({})).contains(&Problem::Missing { path: "programmes".into() }));
}

#[test]
fn negative_imprecise_and_huge_amounts_are_refused() {
    for (amount, error) in [
        (json!(-1), MoneyError::Negative),
        (json!(-0.5), MoneyError::Negative),
        (json!(10.001), MoneyError::TooPrecise),
        (json!(1e16), MoneyError::TooLarge),
        (json!(u64::MAX), MoneyError::TooLarge),
        (json!(1e300), MoneyError::TooLarge),
    ] {
        let mut v = shipped();
        v["programmes"][3]["budget"] = amount.clone();
        assert!(
            problems(&v).contains(&Problem::BadAmount { path: "programmes[3].budget".into(), error }),
            "{amount} should give {error:?}"
        );
    }
    let mut v = shipped();
    v["programmes"][3]["budget"] = json!(1500000.25);
    assert_eq!(decode(&v).unwrap().programmes[3].budget.unwrap().minor(), 150_000_025);
}

#[test]
fn duplicate_ids_and_unknown_statuses_are_refused() {
    let mut v = shipped();
    v["programmes"][5]["id"] = v["programmes"][2]["id"].clone();
    v["programmes"][10]["status"] = json!("approved");
    let p = problems(&v);
    assert!(
        p.contains(&Problem::DuplicateId {
            path: "programmes[5].id".into(),
            id: "south-africa-social-cohesion".into()
        }),
        "{p:?}"
    );
    assert!(
        p.contains(&Problem::UnknownStatus { path: "programmes[10].status".into(), found: "approved".into() }),
        "{p:?}"
    );
}

#[test]
fn counts_that_do_not_add_up_are_refused() {
    // Without history: a point on the snapshot's day would also disagree (tests/history.rs).
    let shipped = || without_history(shipped());
    let mut v = shipped();
    v["counts"]["pipeline"] = json!(35);
    assert_eq!(problems(&v), vec![Problem::CountMismatch { status: Status::Pipeline, declared: 35, found: 34 }]);
    let mut v = shipped();
    v["programmes"][0]["status"] = json!("pipeline");
    assert_eq!(
        problems(&v),
        vec![
            Problem::CountMismatch { status: Status::Funded, declared: 12, found: 11 },
            Problem::CountMismatch { status: Status::Pipeline, declared: 34, found: 35 },
        ]
    );
}

#[test]
fn inconsistent_amounts_are_refused() {
    let shipped = || without_history(shipped());
    let mut v = shipped();
    v["fund"]["raised"] = json!(35000000);
    assert_eq!(problems(&v), vec![Problem::PercentMismatch { declared: 40, computed_basis_points: 5000 }]);
    let mut v = shipped();
    v["programmes"][3]["budget"] = json!(30000000);
    assert!(matches!(problems(&v).as_slice(), [Problem::BudgetsExceedRaised { .. }]));
}

#[test]
fn dates_urls_objectives_and_versions_are_checked() {
    let mut v = shipped();
    v["as_of"] = json!("2022-02-30");
    v["programmes"][0]["sources"][0]["url"] = json!("javascript:alert(1)");
    v["programmes"][1]["gcm_objectives"] = json!([6, 24]);
    v["schema_version"] = json!(2);
    v["programmes"][2]["sources"] = json!([]);
    v["fund"]["currency"] = json!("usd");
    let p = problems(&v);
    for expected in [
        Problem::BadDate { path: "as_of".into() },
        Problem::BadUrl { path: "programmes[0].sources[0].url".into() },
        Problem::ObjectiveOutOfRange { path: "programmes[1].gcm_objectives[1]".into(), found: "24".into() },
        Problem::UnsupportedVersion { path: "schema_version".into(), found: "2".into() },
        Problem::NoSources { path: "programmes[2].sources".into() },
        Problem::BadCurrency { path: "fund.currency".into() },
    ] {
        assert!(p.contains(&expected), "missing {expected:?} in {p:?}");
    }
}

#[test]
fn hostile_text_is_kept_as_plain_text() {
    let mut v = shipped();
    let hostile = "<img src=x onerror=alert(1)> \u{202e}evil\u{202c} 🧭";
    v["programmes"][0]["title"] = json!(hostile);
    let s = decode(&v).expect("hostile text is still text");
    assert_eq!(s.programmes[0].title.as_deref(), Some(hostile));
}

#[test]
fn unknown_fields_are_found_at_every_level_and_never_make_a_file_invalid() {
    use mmptf_explorer::domain::fund::decode::unknown_fields;
    use mmptf_explorer::domain::fund::fields::UnknownField;
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/fund.json")).expect("shipped file");
    let mut root: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(unknown_fields(&root), vec![], "the shipped file uses only known fields");
    root["Notes"] = "top".into();
    root["source"]["titel"] = "x".into();
    root["counts"]["pipline"] = 3.into();
    root["programmes"][2]["thematic-area"] = "x".into();
    root["programmes"][2]["sources"][0]["link"] = "https://example.org".into();
    root["programmes"][5] = "not an object".into();
    let found = unknown_fields(&root);
    let named: Vec<(&str, Option<&str>)> =
        found.iter().map(|u: &UnknownField| (u.path.as_str(), u.suggestion)).collect();
    assert_eq!(
        named,
        vec![
            ("Notes", None),
            ("source.titel", Some("title")),
            ("counts.pipline", Some("pipeline")),
            ("programmes[2].thematic-area", Some("thematic_area")),
            ("programmes[2].sources[0].link", None),
        ]
    );
    // Ignored by the decoder: the file's other problems are its own (programme 5 here).
    let decoded = mmptf_explorer::domain::fund::decode::decode_value(&root);
    let problems = decoded.err().unwrap_or_default();
    assert!(
        problems.iter().all(|p| p.path().is_some_and(|path| path.starts_with("programmes[5]")) || p.path().is_none()),
        "{problems:?}"
    );
}
