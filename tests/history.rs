//! The optional `history` list: what a point may say, the rules a file must keep, how the
//! shipped points read, and where the chart puts them.

use mmptf_explorer::domain::date::Date;
use mmptf_explorer::domain::fund::decode::Figure;
use mmptf_explorer::domain::fund::decode::{decode_fund, Expected, Problem};
use mmptf_explorer::domain::fund::report::check;
use mmptf_explorer::domain::fund::timeline::{funded_span, timeline};
use mmptf_explorer::domain::fund::{PointDate, Precision};
use mmptf_explorer::domain::money::{Currency, Money};
use serde_json::{json, Value};

fn shipped() -> Value {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/fund.json"))
        .expect("public/data/fund.json is readable");
    serde_json::from_str(&text).expect("public/data/fund.json is JSON")
}

fn with_history(history: Value) -> Value {
    let mut file = shipped();
    file["history"] = history;
    file
}

fn problems(file: &Value) -> Vec<Problem> {
    decode_fund(&file.to_string()).expect_err("the file should be refused")
}

fn usd(major: i64) -> Money {
    Money::from_major(major, Currency::USD).expect("a valid amount")
}

fn source() -> Value {
    json!({ "title": "A report", "url": "https://example.org/report" })
}

#[test]
fn the_shipped_points_are_the_ones_the_sources_give() {
    let s = decode_fund(&shipped().to_string()).expect("the shipped file is valid");
    let dates: Vec<String> = s.history.iter().map(|p| p.date.date.to_string()).collect();
    assert_eq!(dates, ["2020-10-19", "2021-07-01", "2022-02-01", "2024-03-11"]);
    let precisions: Vec<Precision> = s.history.iter().map(|p| p.date.precision).collect();
    assert_eq!(precisions, [Precision::Day, Precision::Month, Precision::Day, Precision::Day]);
    let funded: Vec<Option<u64>> = s.history.iter().map(|p| p.funded).collect();
    assert_eq!(funded, [Some(6), Some(9), Some(12), Some(21)]);
    let pipeline: Vec<Option<u64>> = s.history.iter().map(|p| p.pipeline).collect();
    assert_eq!(pipeline, [None, Some(32), Some(34), None]);
    // October 2020's USD 12 million went to programmes: an allocation, not money raised.
    assert_eq!(s.history[0].allocated, Some(usd(12_000_000)));
    assert!(s.history.iter().all(|p| p.raised.is_none()), "no source states an amount raised");
    assert_eq!(s.history[2].share_percent, Some(40));
    assert!(s.history.iter().all(|p| p.note.is_some() && !p.source.title.is_empty()));
    // The 9 October report is left out: its year is only inferred.
    assert!(s.history.iter().all(|p| p.funded != Some(24)));
    // Only March 2024 comes after the snapshot.
    let since: Vec<bool> = s.history.iter().map(|p| p.date.is_after(s.as_of)).collect();
    assert_eq!(since, [false, false, false, true]);
}

#[test]
fn a_file_without_history_is_valid_and_has_none() {
    let mut file = shipped();
    file.as_object_mut().expect("an object").remove("history");
    let s = decode_fund(&file.to_string()).expect("history is optional");
    assert!(s.history.is_empty());
    file["history"] = Value::Null;
    assert!(decode_fund(&file.to_string()).expect("null is absent").history.is_empty());
}

#[test]
fn dates_are_days_or_months() {
    assert_eq!(
        PointDate::parse("2021-07"),
        Some(PointDate { date: Date { year: 2021, month: 7, day: 1 }, precision: Precision::Month })
    );
    assert_eq!(PointDate::parse("2020-10-19").map(|d| d.precision), Some(Precision::Day));
    for bad in ["2021", "2021-13", "2021-7", "2021-02-30", "July 2021", "2021-07-", ""] {
        assert_eq!(PointDate::parse(bad), None, "{bad}");
    }
    // A month counts as after the snapshot only once it has begun after it.
    let snapshot = Date { year: 2022, month: 2, day: 1 };
    assert!(!PointDate::parse("2022-02").expect("a month").is_after(snapshot));
    assert!(PointDate::parse("2022-03").expect("a month").is_after(snapshot));
    assert!(PointDate::parse("2022-02-02").expect("a day").is_after(snapshot));
}

#[test]
fn every_broken_point_is_named_at_its_path() {
    let file = with_history(json!([
        { "date": "mid-2021", "funded": 9, "source": source() },
        { "funded": 3, "source": source() },
        { "date": "2020-01-01", "source": source() },
        { "date": "2021-01-01", "funded": "nine", "raised": -5, "source": { "url": "javascript:alert(1)" } },
        "a point",
    ]));
    let found = problems(&file);
    assert_eq!(
        found,
        vec![
            Problem::BadPointDate { path: "history[0].date".into() },
            Problem::Missing { path: "history[1].date".into() },
            Problem::HistoryNoFigure { path: "history[2]".into() },
            Problem::WrongType { path: "history[3].funded".into(), expected: Expected::WholeNumber },
            Problem::BadAmount {
                path: "history[3].raised".into(),
                error: mmptf_explorer::domain::money::MoneyError::Negative
            },
            Problem::Missing { path: "history[3].source.title".into() },
            Problem::BadUrl { path: "history[3].source.url".into() },
            Problem::WrongType { path: "history[4]".into(), expected: Expected::Object },
        ]
    );
    let not_a_list = with_history(json!({ "date": "2020-01-01" }));
    assert_eq!(problems(&not_a_list), vec![Problem::WrongType { path: "history".into(), expected: Expected::List }]);
}

#[test]
fn points_are_oldest_first_one_per_date() {
    let file = with_history(json!([
        { "date": "2021-07", "funded": 9, "source": source() },
        { "date": "2021-07-01", "funded": 9, "source": source() },
        { "date": "2020-10-19", "funded": 6, "source": source() },
        { "date": "2024-03-11", "funded": 21, "source": source() },
    ]));
    assert_eq!(
        problems(&file),
        vec![
            Problem::HistoryOrder { path: "history[1].date".into() },
            Problem::HistoryOrder { path: "history[2].date".into() },
        ]
    );
}

#[test]
fn a_point_on_the_snapshots_day_must_agree_with_it() {
    let file = with_history(json!([
        { "date": "2022-02-01", "funded": 11, "pipeline": 34, "raised": 27000000, "target": 70000000,
          "share_percent": 39, "source": source() },
    ]));
    assert_eq!(
        problems(&file),
        vec![
            Problem::HistoryDisagrees { path: "history[0].funded".into(), snapshot: Figure::Count(12) },
            Problem::HistoryDisagrees { path: "history[0].raised".into(), snapshot: Figure::Amount(usd(28_000_000)) },
            Problem::HistoryDisagrees { path: "history[0].share_percent".into(), snapshot: Figure::Percent(40) },
        ]
    );
    // The same month, or another day, may say something else: figures change.
    let other_days = with_history(json!([
        { "date": "2022-02", "funded": 11, "source": source() },
        { "date": "2022-03-01", "funded": 13, "source": source() },
    ]));
    assert!(decode_fund(&other_days.to_string()).is_ok());
}

#[test]
fn amounts_follow_the_funds_currency() {
    let mut file = with_history(json!([{ "date": "2020-10-19", "allocated": 12000000.5, "source": source() }]));
    file["fund"]["currency"] = json!("JPY");
    file["fund"]["target"] = json!(70000000);
    file["fund"]["raised"] = json!(28000000);
    assert!(problems(&file).contains(&Problem::BadAmount {
        path: "history[0].allocated".into(),
        error: mmptf_explorer::domain::money::MoneyError::TooPrecise
    }));
}

#[test]
fn unknown_fields_in_points_are_warnings_with_a_guess() {
    let text = with_history(json!([
        { "date": "2020-10-19", "funded": 6, "alocated": 12000000, "source": { "title": "A report", "ulr": "https://example.org" } },
    ]))
    .to_string();
    let report = check(&text);
    assert!(report.is_valid(), "warnings never make a file invalid");
    let found: Vec<(&str, Option<&str>)> =
        report.warnings.iter().map(|w| (w.item.path.as_str(), w.item.suggestion)).collect();
    assert_eq!(found, [("history[0].alocated", Some("allocated")), ("history[0].source.ulr", Some("url"))]);
}

#[test]
fn the_report_gives_each_problem_its_line() {
    let shipped = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/fund.json"))
        .expect("public/data/fund.json is readable");
    let broken = shipped.replacen("\"date\": \"2021-07\"", "\"date\": \"July 2021\"", 1).replacen(
        "\"budget\":",
        "\"budjet\":",
        1,
    );
    let report = check(&broken);
    assert!(!report.is_valid());
    let line = |needle: &str| broken.lines().position(|l| l.contains(needle)).map(|i| i + 1);
    assert_eq!(report.problems.len(), 1);
    assert_eq!(report.problems[0].line, line("\"date\": \"July 2021\""));
    assert_eq!(report.problems[0].item, Problem::BadPointDate { path: "history[1].date".into() });
    assert_eq!(report.warnings.len(), 1);
    assert_eq!(report.warnings[0].line, line("budjet"));
    // Text that is not JSON: one problem with its own line, and no warnings.
    let report = check("{\n  \"fund\": oops\n}");
    assert_eq!(report.problems.len(), 1);
    assert_eq!(report.problems[0].line, Some(2));
    assert!(report.warnings.is_empty());
}

#[test]
fn the_chart_puts_time_to_scale_and_marks_what_came_later() {
    let s = decode_fund(&shipped().to_string()).expect("the shipped file is valid");
    let layout = timeline(&s.history, s.as_of, 600.0, 200.0);
    let xs: Vec<f64> = layout.funded.iter().map(|d| d.x).collect();
    assert_eq!(xs.first().copied(), Some(0.0));
    assert_eq!(xs.last().copied(), Some(600.0));
    assert!(xs.windows(2).all(|w| w[0] < w[1]), "oldest on the left: {xs:?}");
    // 19 Oct 2020 to 11 Mar 2024 is 1,239 days; the snapshot is 470 days in.
    let expected = 470.0 / 1239.0 * 600.0;
    assert!((layout.snapshot_x - expected).abs() < 0.01, "{}", layout.snapshot_x);
    // Counts up to 34 share an axis up to 50, ticks every 10.
    let ticks: Vec<u64> = layout.value_ticks.iter().map(|t| t.0).collect();
    assert_eq!(ticks, [0, 10, 20, 30, 40, 50]);
    assert_eq!(layout.funded[0].y, 200.0 - 6.0 / 50.0 * 200.0);
    assert_eq!(layout.pipeline.iter().map(|d| d.value).collect::<Vec<_>>(), [32, 34]);
    assert_eq!(layout.funded.iter().map(|d| d.since).collect::<Vec<_>>(), [false, false, false, true]);
    assert_eq!(layout.year_ticks.iter().map(|t| t.0).collect::<Vec<_>>(), [2021, 2022, 2023, 2024]);
    // A July 2021 point sits in the middle of July.
    let july = layout.funded[1].x;
    let mid_july = (day(2021, 7, 16) - day(2020, 10, 19)) as f64 / 1239.0 * 600.0;
    assert!((july - mid_july).abs() < 0.01, "{july} vs {mid_july}");
    assert_eq!(funded_span(&s.history).map(|((_, a), (_, b))| (a, b)), Some((6, 21)));
}

#[test]
fn a_single_point_is_drawn_in_the_middle() {
    let file = with_history(json!([{ "date": "2022-02-01", "funded": 12, "source": source() }]));
    let s = decode_fund(&file.to_string()).expect("valid");
    let layout = timeline(&s.history, s.as_of, 600.0, 200.0);
    assert_eq!(layout.funded[0].x, 300.0);
    assert_eq!(layout.snapshot_x, 300.0);
    assert!(funded_span(&s.history).is_none(), "one point is no span");
}

fn day(year: u16, month: u8, d: u8) -> i64 {
    mmptf_explorer::domain::date::day_number(Date::new(year, month, d).expect("a real day"))
}
