//! Filtering, sorting, aggregation, what-if and exports, natively.

use std::sync::Arc;

use mmptf_explorer::domain::explorer::catalogue::Catalogue;
use mmptf_explorer::domain::explorer::export::{neutralise, quote, to_csv, to_json};
use mmptf_explorer::domain::explorer::query::{ExplorerQuery, Facet, Sort, SortKey};
use mmptf_explorer::domain::explorer::whatif::{parse_amount, slider, what_if};
use mmptf_explorer::domain::fund::decode::decode_fund;
use mmptf_explorer::domain::fund::{FundSnapshot, Status};
use mmptf_explorer::domain::gcm::Objective;
use mmptf_explorer::domain::money::{Currency, Money, MoneyError};
use mmptf_explorer::domain::progress::BasisPoints;
use serde_json::json;

fn shipped() -> Arc<FundSnapshot> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/fund.json")).unwrap();
    Arc::new(decode_fund(&text).unwrap())
}

/// A small file with budgets in the pipeline, for sorting and what-if.
fn small() -> Arc<FundSnapshot> {
    let src = json!([{ "title": "test source" }]);
    let doc = json!({
        "schema_version": 1,
        "fund": { "name": "Test fund", "currency": "USD", "target": 1000, "raised": 400 },
        "as_of": "2022-02-01",
        "source": { "title": "test" },
        "counts": { "funded": 2, "pipeline": 4 },
        "programmes": [
            { "id": "a", "status": "funded", "title": "Zeta programme", "countries": ["México"], "region": "Americas",
              "budget": 300, "un_entities": ["IOM", "ILO"], "gcm_objectives": [6, 21], "sources": src },
            { "id": "b", "status": "funded", "title": "alpha programme", "countries": ["Kenya"], "region": "Africa",
              "un_entities": ["UNHCR"], "gcm_objectives": [1], "sources": src },
            { "id": "c", "status": "pipeline", "title": "Beta", "region": "Africa", "budget": 200, "sources": src },
            { "id": "d", "status": "pipeline", "budget": 500, "sources": src },
            { "id": "e", "status": "pipeline", "title": "Gamma", "budget": 100, "thematic_area": "Data", "sources": src },
            { "id": "f", "status": "pipeline", "sources": src }
        ]
    });
    Arc::new(decode_fund(&doc.to_string()).unwrap())
}

fn ids(c: &Catalogue, q: &ExplorerQuery) -> Vec<String> {
    c.run(q).iter().map(|&i| c.programme(i).id.clone()).collect()
}

#[test]
fn filtering_to_status_gives_12_and_34() {
    let c = Catalogue::new(shipped());
    let funded = ExplorerQuery { status: Some(Status::Funded), ..Default::default() };
    let pipeline = ExplorerQuery { status: Some(Status::Pipeline), ..Default::default() };
    assert_eq!(c.run(&funded).len(), 12);
    assert_eq!(c.run(&pipeline).len(), 34);
    assert_eq!(c.run(&ExplorerQuery::default()).len(), 46);
    assert_eq!(c.tally(&c.run(&ExplorerQuery::default())).funded, 12);
}

#[test]
fn search_covers_title_countries_and_entities_ignoring_case_and_accents() {
    let c = Catalogue::new(small());
    let search = |text: &str| ids(&c, &ExplorerQuery { text: text.into(), ..Default::default() });
    assert_eq!(search("ZETA"), vec!["a"]);
    assert_eq!(search("mexico"), vec!["a"]);
    assert_eq!(search("unhcr"), vec!["b"]);
    assert_eq!(search("programme"), vec!["a", "b"]);
    assert_eq!(search("iom ilo"), vec!["a"]);
    assert_eq!(search("iom kenya"), Vec::<String>::new());
    assert_eq!(search("  "), vec!["a", "b", "c", "d", "e", "f"]);
    assert_eq!(search("<script>"), Vec::<String>::new());
}

#[test]
fn filters_combine() {
    let c = Catalogue::new(small());
    let q = ExplorerQuery {
        status: Some(Status::Pipeline),
        region: Some(Facet::Is("Africa".into())),
        ..Default::default()
    };
    assert_eq!(ids(&c, &q), vec!["c"]);
    let q = ExplorerQuery { region: Some(Facet::NotPublished), ..Default::default() };
    assert_eq!(ids(&c, &q), vec!["d", "e", "f"]);
    let q = ExplorerQuery { objective: Some(Facet::Is(Objective::new(21).unwrap())), ..Default::default() };
    assert_eq!(ids(&c, &q), vec!["a"]);
    let q = ExplorerQuery { entity: Some(Facet::Is("ILO".into())), text: "zeta".into(), ..Default::default() };
    assert_eq!(ids(&c, &q), vec!["a"]);
    let q = ExplorerQuery { area: Some(Facet::Is("Data".into())), status: Some(Status::Funded), ..Default::default() };
    assert!(ids(&c, &q).is_empty());
    let q = ExplorerQuery { objective: Some(Facet::NotPublished), ..Default::default() };
    assert_eq!(ids(&c, &q), vec!["c", "d", "e", "f"]);
}

#[test]
fn sorting_keeps_unpublished_values_last_both_ways() {
    let c = Catalogue::new(small());
    let sorted = |key, descending| ids(&c, &ExplorerQuery { sort: Sort { key, descending }, ..Default::default() });
    assert_eq!(sorted(SortKey::File, false), vec!["a", "b", "c", "d", "e", "f"]);
    assert_eq!(sorted(SortKey::Title, false), vec!["b", "c", "e", "a", "d", "f"]);
    assert_eq!(sorted(SortKey::Title, true), vec!["a", "e", "c", "b", "d", "f"]);
    assert_eq!(sorted(SortKey::Budget, false), vec!["e", "c", "a", "d", "b", "f"]);
    assert_eq!(sorted(SortKey::Budget, true), vec!["d", "a", "c", "e", "b", "f"]);
    assert_eq!(sorted(SortKey::Status, false), vec!["a", "b", "c", "d", "e", "f"]);
    assert_eq!(sorted(SortKey::Status, true), vec!["f", "e", "d", "c", "b", "a"]);
}

#[test]
fn facet_choices_come_from_the_data_and_unknown_link_values_are_dropped() {
    let c = Catalogue::new(small());
    assert_eq!(c.regions, vec!["Africa", "Americas"]);
    assert_eq!(c.entities, vec!["ILO", "IOM", "UNHCR"]);
    assert_eq!(c.areas, vec!["Data"]);
    let (mut q, notes) = ExplorerQuery::from_pairs([("region", "Atlantis"), ("entity", "IOM")]);
    assert!(notes.is_empty());
    let notes = c.sanitize(&mut q);
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].key, "region");
    assert_eq!(q.region, None);
    assert_eq!(q.entity, Some(Facet::Is("IOM".into())));
}

#[test]
fn aggregations_for_the_charts() {
    let c = Catalogue::new(small());
    let all = c.run(&ExplorerQuery::default());
    let regions = c.count_by(&all, |p| p.region.as_ref());
    assert_eq!(regions, vec![(Some("Africa".into()), 2), (Some("Americas".into()), 1), (None, 3)]);
    let (per, none) = c.objective_coverage(&all);
    assert_eq!(per[0], 1);
    assert_eq!(per[5], 1);
    assert_eq!(per[20], 1);
    assert_eq!(per.iter().sum::<u64>(), 3);
    assert_eq!(none, 4);
    let shipped = Catalogue::new(shipped());
    let everything = shipped.run(&ExplorerQuery::default());
    let areas = shipped.count_by(&everything, |p| p.thematic_area.as_ref());
    assert_eq!(areas, vec![(None, 46)], "no source states a thematic area");
}

#[test]
fn what_if_moves_the_share_and_funds_pipeline_in_file_order() {
    let s = small();
    let usd = |n| Money::from_major(n, Currency::USD).unwrap();
    let w = what_if(&s, usd(100)).unwrap();
    assert_eq!(w.share_before, Some(BasisPoints(4000)));
    assert_eq!(w.share_after, Some(BasisPoints(5000)));
    assert_eq!(w.remaining, usd(500));
    // Pipeline budgets in file order: 200, 500, 100. 100 covers none (the queue stops at 200).
    assert_eq!((w.fundable, w.pipeline_with_budget, w.pipeline_total), (0, 3, 4));
    let w = what_if(&s, usd(750)).unwrap();
    assert_eq!((w.fundable, w.fundable_total), (2, usd(700)));
    let w = what_if(&s, usd(800)).unwrap();
    assert_eq!((w.fundable, w.fundable_total), (3, usd(800)));
    assert_eq!(w.over_target, usd(200));
    assert_eq!(w.remaining, usd(0));

    let real = shipped();
    let w = what_if(&real, usd(2_000_000)).unwrap();
    assert_eq!(w.share_after, Some(BasisPoints(4286)));
    assert_eq!(w.remaining, usd(40_000_000));
    assert_eq!((w.fundable, w.pipeline_with_budget, w.pipeline_total), (0, 0, 34));
}

#[test]
fn what_if_refuses_absurd_amounts() {
    let s = shipped();
    assert_eq!(parse_amount("", &s), Ok(None));
    assert_eq!(parse_amount("-5", &s), Err(MoneyError::Negative));
    assert_eq!(parse_amount("abc", &s), Err(MoneyError::NotANumber));
    assert_eq!(parse_amount("NaN", &s), Err(MoneyError::NotANumber));
    assert_eq!(parse_amount("1e309", &s), Err(MoneyError::NotANumber));
    assert_eq!(parse_amount("1000000000000001", &s), Err(MoneyError::TooLarge));
    assert!(parse_amount("1000000000000000", &s).unwrap().is_some());
}

/// The same fund in another currency: only the code changes.
fn in_currency(code: &str) -> FundSnapshot {
    let mut text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/fund.json")).unwrap();
    text = text.replacen("\"currency\": \"USD\"", &format!("\"currency\": \"{code}\""), 1);
    decode_fund(&text).unwrap()
}

#[test]
fn the_slider_moves_in_whole_units_of_any_currency() {
    // A target of 70 million is 70 million on the slider, whatever the currency's decimals:
    // yen have none, dollars two, dinars three. (It once assumed two: 700,000 yen, 700 million dinars.)
    for code in ["USD", "JPY", "KWD"] {
        let s = in_currency(code);
        let range = slider(&s);
        assert_eq!((range.max, range.step), (70_000_000, 100_000), "{code}");
        let amount = parse_amount("2000000", &s).unwrap().unwrap();
        assert_eq!(range.position(amount), 2_000_000, "{code}");
        // Beyond the end, the thumb stays at the end; the amount field keeps the figure.
        let huge = parse_amount("90000000", &s).unwrap().unwrap();
        assert_eq!(range.position(huge), 70_000_000, "{code}");
    }
    // A small fund still gets a usable slider, in steps of one.
    let small = small();
    let range = slider(&small);
    assert_eq!((range.max, range.step), (1000, 1));
}

#[test]
fn csv_cells_are_quoted_and_neutralised() {
    assert_eq!(neutralise("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
    for danger in ["+1", "-1", "@SUM(A1)", "\tcmd", "\rcmd"] {
        assert!(neutralise(danger).starts_with('\''), "{danger:?}");
    }
    assert_eq!(neutralise("IOM"), "IOM");
    assert_eq!(quote("a,b"), "\"a,b\"");
    assert_eq!(quote("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(quote("line\nbreak"), "\"line\nbreak\"");
    assert_eq!(quote("plain"), "plain");
}

#[test]
fn csv_export_has_a_bom_a_header_and_exactly_the_rows_given() {
    let s = small();
    let c = Catalogue::new(s.clone());
    let rows = c.run(&ExplorerQuery { status: Some(Status::Pipeline), ..Default::default() });
    let csv = to_csv(rows.iter().map(|&i| c.programme(i)), &s, "not published");
    assert!(csv.starts_with("\u{feff}id,status,title,"));
    let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 5);
    assert!(lines[1].starts_with("c,pipeline,Beta,not published,Africa,not published,200.00,USD,"));
    assert!(lines[2].starts_with("d,pipeline,not published,"));
}

#[test]
fn hostile_titles_cannot_become_formulas_or_break_rows() {
    let mut s = (*small()).clone();
    s.programmes[0].title = Some("=cmd|' /C calc'!A0".into());
    s.programmes[1].title = Some("a,\"b\"\r\nc".into());
    let csv = to_csv(s.programmes.iter().take(2), &s, "not published");
    assert!(csv.contains(",'=cmd|' /C calc'!A0,"));
    assert!(csv.contains(",\"a,\"\"b\"\"\r\nc\","));
}

#[test]
fn json_export_lists_the_view_and_round_trips_amounts_exactly() {
    let s = small();
    let q = ExplorerQuery { status: Some(Status::Funded), ..Default::default() };
    let c = Catalogue::new(s.clone());
    let rows = c.run(&q);
    let text = to_json(rows.iter().map(|&i| c.programme(i)), &s, &q);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["count"], 2);
    assert_eq!(v["view"], "?status=funded");
    assert_eq!(v["as_of"], "2022-02-01");
    assert_eq!(v["programmes"][0]["budget"], "300.00");
    assert_eq!(v["programmes"][0]["gcm_objectives"], json!([6, 21]));
    assert!(v["programmes"][1].get("budget").is_none());
}

#[test]
fn refining_a_search_gives_the_same_result_as_running_it_afresh() {
    let c = Catalogue::new(shipped());
    let mut previous: Option<(ExplorerQuery, Vec<u32>)> = None;
    let sequences: [&[&str]; 3] = [
        &["m", "mi", "mig", "migr", "migration", "migration i", "migration io", "migration iom"],
        &["iom", "io", "i", ""],
        &["un women", "un wom", "unicef", "unicef tajik"],
    ];
    for seq in sequences {
        for text in seq {
            for status in [None, Some(Status::Funded)] {
                let q = ExplorerQuery {
                    text: text.to_string(),
                    status,
                    sort: Sort { key: SortKey::Title, descending: false },
                    ..Default::default()
                };
                let refined = c.refine(&q, previous.as_ref().map(|(pq, pr)| (pq, pr.as_slice())));
                assert_eq!(refined, c.run(&q), "text {text:?}, status {status:?}");
                previous = Some((q, refined));
            }
        }
    }
}
