//! Progress reports as files (and as what localStorage holds), in a versioned envelope of
//! their own, as pledges are: an old, newer or damaged file is recognised and explained
//! rather than half-read. A finished report names its pledge by official ID and by our
//! reference, and has a reference of its own, which is also the key that makes sending it
//! to an endpoint happen once.

use serde_json::{json, Value};

use crate::domain::date::parse_stored;
use crate::domain::pledge::file::DRAFT_FORMAT as PLEDGE_DRAFT_FORMAT;
use crate::domain::pledge::file::{content_reference, parse_draft_file, read_document, DraftError, PLEDGE_FORMAT};
use crate::domain::pledge::PledgeDraft;

use super::field::ReportField;
use super::ProgressReport;

pub const REPORT_DRAFT_FORMAT: &str = "mmptf-progress-draft";
pub const REPORT_FORMAT: &str = "mmptf-progress-report";
/// Bumped when a report written by an older build can no longer be read as it is.
pub const REPORT_VERSION: u64 = 1;

/// What a file opened on the first step turned out to be.
#[derive(Clone, Debug, PartialEq)]
pub enum Opened {
    /// A pledge (its finished file, or a draft of it): a first report on it.
    Pledge(Box<PledgeDraft>),
    /// A finished report: the next update starts from it.
    Report(Box<ProgressReport>),
    /// A report's draft, downloaded before it was finished: it opens as it was.
    Draft(Box<ProgressReport>),
}

impl Opened {
    /// The report a file starts: a first one on a pledge, the next after a finished one, or
    /// a draft as it was.
    pub fn into_report(self) -> ProgressReport {
        match self {
            Opened::Pledge(p) => ProgressReport::from_pledge(&p, super::Origin::PledgeFile),
            Opened::Report(r) => r.next_update(),
            Opened::Draft(r) => *r,
        }
    }
}

pub fn draft_to_json(r: &ProgressReport) -> String {
    let doc = json!({ "format": REPORT_DRAFT_FORMAT, "version": REPORT_VERSION, "draft": r.to_json() });
    serde_json::to_string(&doc).unwrap_or_default()
}

/// Reads a stored report draft, or a finished report file.
pub fn parse_report(text: &str) -> Result<ProgressReport, DraftError> {
    let doc = read_document(text)?;
    let (version, body) = match doc.get("format").and_then(Value::as_str) {
        Some(REPORT_DRAFT_FORMAT) => (doc.get("version").and_then(Value::as_u64), doc.get("draft")),
        Some(REPORT_FORMAT) => (doc.get("schema_version").and_then(Value::as_u64), doc.get("report")),
        _ => return Err(DraftError::NotADraft),
    };
    match version {
        Some(REPORT_VERSION) => body.and_then(ProgressReport::from_json).ok_or(DraftError::Invalid),
        Some(v) if v > REPORT_VERSION => Err(DraftError::NewerVersion),
        _ => Err(DraftError::OldVersion),
    }
}

/// Reads any file the first step takes: a pledge (version 1 or 2, finished or a draft) or a
/// progress report.
pub fn open_file(text: &str) -> Result<Opened, DraftError> {
    let doc = read_document(text)?;
    match doc.get("format").and_then(Value::as_str) {
        Some(PLEDGE_FORMAT | PLEDGE_DRAFT_FORMAT) => parse_draft_file(text).map(|p| Opened::Pledge(Box::new(p))),
        Some(REPORT_FORMAT) => parse_report(text).map(|r| Opened::Report(Box::new(r))),
        Some(REPORT_DRAFT_FORMAT) => parse_report(text).map(|r| Opened::Draft(Box::new(r))),
        _ => Err(DraftError::NotADraft),
    }
}

/// The report as it is handed over: surrounding spaces trimmed, blank rows dropped, dates
/// in ISO 8601, and the answers to questions that do not apply left out (they stay in the
/// draft until then).
pub fn finalised(r: &ProgressReport) -> ProgressReport {
    let mut f = r.clone();
    if !ReportField::OnBehalfOf.applies(r) {
        f.on_behalf_of.clear();
    }
    if !ReportField::AmountDelivered.applies(r) {
        f.amount_pledged.clear();
        f.amount_delivered.clear();
    }
    if !ReportField::Indicators.applies(r) {
        f.indicators.clear();
    }
    if !ReportField::Actions.applies(r) {
        f.actions.clear();
        f.objectives.clear();
    }
    if !ReportField::Evidence.applies(r) {
        f.evidence.clear();
        f.challenges.clear();
        f.support.clear();
        f.next_steps.clear();
    }
    for (_, field) in &super::TEXT_FIELDS {
        let text = field(&mut f);
        *text = text.trim().to_string();
    }
    for date in [&mut f.update_date, &mut f.period_start, &mut f.period_end, &mut f.previous_update] {
        if let Some(real) = parse_stored(date) {
            *date = real.to_string();
        }
    }
    f.indicators.retain(|i| !i.is_blank());
    for i in &mut f.indicators {
        for text in [&mut i.measure, &mut i.baseline, &mut i.current, &mut i.unit] {
            *text = text.trim().to_string();
        }
    }
    f.evidence = f.evidence.iter().map(|l| l.trim().to_string()).filter(|l| !l.is_empty()).collect();
    f.objectives = f.objective_list().iter().map(|o| o.number()).collect();
    f
}

/// The report's own reference (`UPD-…`), from its content: the same update always gets the
/// same reference (so sending it twice is recognised), and an update with another date or
/// another word in it gets another.
pub fn report_reference(r: &ProgressReport) -> String {
    content_reference("UPD", &finalised(r).to_json().to_string())
}

/// The finished report file.
pub fn export_report(r: &ProgressReport) -> String {
    let report = finalised(r);
    let doc = json!({
        "format": REPORT_FORMAT,
        "schema_version": REPORT_VERSION,
        "reference": content_reference("UPD", &report.to_json().to_string()),
        "pledge": {
            "official_id": report.official_id,
            "reference": report.pledge_reference,
            "title": report.title,
        },
        "update_date": report.update_date,
        "report": report.to_json(),
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

/// A name for the downloaded file: the pledge and the date, so that several updates to one
/// pledge sit side by side in a folder, in order.
pub fn file_name(r: &ProgressReport) -> String {
    let f = finalised(r);
    let who: String = if f.official_id.is_empty() { f.pledge_reference.clone() } else { f.official_id.clone() };
    let safe: String = who
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '-' })
        .collect::<String>()
        .trim_matches('-')
        .to_string();
    let date = parse_stored(&f.update_date).map(|d| d.to_string()).unwrap_or_default();
    let parts: Vec<&str> =
        ["progress-report", safe.as_str(), date.as_str()].into_iter().filter(|p| !p.is_empty()).collect();
    format!("{}.json", parts.join("-"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pledge::file::{draft_to_json as pledge_draft_json, export_pledge, MAX_FILE_BYTES};
    use crate::domain::pledge::progress::{Indicator, Origin, Stage};
    use crate::domain::pledge::{Nature, PledgeType};
    use proptest::prelude::*;

    fn report() -> ProgressReport {
        ProgressReport {
            origin: Some(Origin::PledgeFile),
            official_id: " P-2022-104 ".into(),
            pledge_reference: "IMRF-1234-5678-9ABC".into(),
            title: "Skills partnership".into(),
            entity: "Ministry of Labour".into(),
            pledge_type: Some(PledgeType::Individual),
            natures: vec![Nature::Financial, Nature::Process],
            amount_pledged: "1000000".into(),
            currency: "EUR".into(),
            pledge_objectives: vec![5, 18],
            focal_name: "Ana".into(),
            focal_email: "ana@example.org".into(),
            on_behalf_of: "kept in the draft, not in the file: the pledge is not joint".into(),
            stage: Some(Stage::InProgress),
            update_date: "2026-11-3".into(),
            actions: "Trained officials.".into(),
            amount_delivered: "250000".into(),
            indicators: vec![
                Indicator { measure: "Officials trained".into(), current: "120".into(), ..Indicator::default() },
                Indicator::default(),
            ],
            objectives: vec![18, 5, 18],
            evidence: vec!["https://example.org/a".into(), "  ".into()],
            ..ProgressReport::default()
        }
    }

    #[test]
    fn a_draft_round_trips_exactly() {
        let r = report();
        assert_eq!(parse_report(&draft_to_json(&r)), Ok(r));
    }

    #[test]
    fn the_file_links_its_pledge_and_reads_back_finalised() {
        let r = report();
        let text = export_report(&r);
        let doc: Value = serde_json::from_str(&text).unwrap_or_default();
        assert_eq!(doc["format"], REPORT_FORMAT);
        assert_eq!(doc["schema_version"], 1);
        assert_eq!(doc["pledge"]["official_id"], "P-2022-104");
        assert_eq!(doc["pledge"]["reference"], "IMRF-1234-5678-9ABC");
        assert_eq!(doc["update_date"], "2026-11-03");
        assert_eq!(doc["reference"], report_reference(&r).as_str());
        let back = parse_report(&text);
        assert_eq!(back, Ok(finalised(&r)));
        let back = back.unwrap_or_default();
        assert_eq!(back.on_behalf_of, "");
        assert_eq!(back.indicators.len(), 1);
        assert_eq!(back.evidence, vec!["https://example.org/a".to_string()]);
        assert_eq!(back.objectives, vec![5, 18]);
    }

    #[test]
    fn each_update_has_a_reference_of_its_own() {
        let r = report();
        let mut later = r.next_update();
        later.update_date = "2027-05-01".into();
        later.actions = "Trained officials.".into();
        assert_ne!(report_reference(&r), report_reference(&later));
        // Spaces around an answer and a date's way of typing do not make another update.
        let mut same = r.clone();
        same.actions = "  Trained officials.  ".into();
        same.update_date = "2026-11-03".into();
        assert_eq!(report_reference(&r), report_reference(&same));
        assert!(report_reference(&r).starts_with("UPD-"));
    }

    #[test]
    fn the_next_update_starts_from_a_reopened_file() {
        let first = report();
        let opened = open_file(&export_report(&first));
        let Ok(Opened::Report(earlier)) = opened else { panic!("a report file opens as a report: {opened:?}") };
        let next = earlier.next_update();
        assert_eq!(next.origin, Some(Origin::EarlierReport));
        assert_eq!(next.official_id, "P-2022-104");
        assert_eq!(next.previous_update, "2026-11-03");
        assert_eq!(next.amount_delivered, "250000");
        assert_eq!(next.stage, Some(Stage::InProgress));
        assert_eq!(next.indicators.len(), 1);
        assert!(next.update_date.is_empty() && next.actions.is_empty() && next.evidence.is_empty());
    }

    #[test]
    fn a_draft_file_opens_as_it_was_and_a_pledge_starts_a_first_report() {
        let r = report();
        assert_eq!(open_file(&draft_to_json(&r)).map(Opened::into_report), Ok(r));
        let p = PledgeDraft { title: "Skills".into(), contact_name: "Ana".into(), ..PledgeDraft::default() };
        let first = open_file(&export_pledge(&p)).map(Opened::into_report).unwrap_or_default();
        assert_eq!((first.title.as_str(), first.focal_name.as_str()), ("Skills", "Ana"));
        assert_eq!(first.origin, Some(Origin::PledgeFile));
        assert!(first.pledge_reference.starts_with("IMRF-"));
    }

    #[test]
    fn a_pledge_file_of_either_version_opens_as_a_pledge() {
        let mut p = PledgeDraft { title: "Skills".into(), natures: vec![Nature::Policy], ..PledgeDraft::default() };
        p.official_id = "P-7".into();
        for text in [export_pledge(&p), pledge_draft_json(&p)] {
            match open_file(&text) {
                Ok(Opened::Pledge(found)) => {
                    assert_eq!(found.title, "Skills");
                    assert_eq!(found.official_id, "P-7");
                }
                other => panic!("{other:?}"),
            }
        }
        let v1 =
            r#"{"format":"mmptf-pledge","schema_version":1,"pledge":{"title":"Old","kind":"policy","entity":"City"}}"#;
        match open_file(v1) {
            Ok(Opened::Pledge(found)) => {
                assert_eq!(found.title, "Old");
                assert_eq!(found.natures, vec![Nature::Policy]);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn damaged_and_foreign_files_are_named_not_half_read() {
        assert_eq!(open_file(""), Err(DraftError::Empty));
        assert_eq!(open_file("{not json"), Err(DraftError::NotJson));
        assert_eq!(open_file(r#"{"format":"something-else"}"#), Err(DraftError::NotADraft));
        assert_eq!(open_file("[1,2]"), Err(DraftError::NotADraft));
        assert_eq!(
            parse_report(r#"{"format":"mmptf-progress-report","schema_version":9,"report":{}}"#),
            Err(DraftError::NewerVersion)
        );
        assert_eq!(
            parse_report(r#"{"format":"mmptf-progress-report","schema_version":0,"report":{}}"#),
            Err(DraftError::OldVersion)
        );
        assert_eq!(parse_report(r#"{"format":"mmptf-progress-report","schema_version":1}"#), Err(DraftError::Invalid));
        assert_eq!(
            parse_report(r#"{"format":"mmptf-progress-draft","version":1,"draft":{"title":7}}"#),
            Err(DraftError::Invalid)
        );
        assert_eq!(
            parse_report(r#"{"format":"mmptf-progress-draft","version":1,"draft":{"indicators":[{"measure":[]}]}}"#),
            Err(DraftError::Invalid)
        );
        assert_eq!(open_file(&" ".repeat(MAX_FILE_BYTES + 1)), Err(DraftError::TooLarge));
        // An unknown stage is asked again, not an error; a byte-order mark is no problem.
        let odd = "\u{feff}{\"format\":\"mmptf-progress-draft\",\"version\":1,\"draft\":{\"stage\":\"abandoned\",\"title\":\"T\"}}";
        assert_eq!(parse_report(odd).map(|r| (r.stage, r.title)), Ok((None, "T".to_string())));
    }

    #[test]
    fn file_names_carry_the_pledge_and_the_date() {
        assert_eq!(file_name(&report()), "progress-report-P-2022-104-2026-11-03.json");
        assert_eq!(file_name(&ProgressReport::default()), "progress-report.json");
        let hostile = ProgressReport { official_id: "../../etc/passwd".into(), ..ProgressReport::default() };
        assert_eq!(file_name(&hostile), "progress-report-etc-passwd.json");
    }

    fn text() -> impl Strategy<Value = String> {
        prop_oneof![Just(String::new()), "[ a-zA-Z0-9éع\\-\\n\"\\\\{}]{0,40}"]
    }

    proptest! {
        #[test]
        fn any_report_round_trips(
            title in text(), actions in text(), delivered in text(), date in text(),
            measure in text(), link in text(), stage in 0usize..8, no_change in any::<bool>(),
            objectives in proptest::collection::vec(0u8..30, 0..5),
        ) {
            let r = ProgressReport {
                title, actions, amount_delivered: delivered, update_date: date, no_change,
                stage: <Stage as crate::domain::pledge::Choice>::ALL.get(stage).copied(),
                indicators: vec![Indicator { measure, ..Indicator::default() }],
                evidence: vec![link],
                objectives,
                ..report()
            };
            prop_assert_eq!(parse_report(&draft_to_json(&r)), Ok(r.clone()));
            // A finished file always reads back, and finalising twice changes nothing more.
            let f = finalised(&r);
            prop_assert_eq!(parse_report(&export_report(&r)), Ok(f.clone()));
            prop_assert_eq!(finalised(&f), f);
        }

        #[test]
        fn no_text_makes_the_reader_panic(text in "\\PC{0,200}") {
            let _ = open_file(&text);
            let _ = parse_report(&text);
        }
    }
}
