//! Reads a data file into a [`FundSnapshot`], or lists every problem in it with the JSON
//! path where it sits. The app's error view and the hosts' validator share these rules,
//! so a file that passes one passes the other.

use std::collections::HashSet;

use serde_json::Value;

use crate::domain::date::Date;
use crate::domain::fund::fields::UnknownField;
use crate::domain::fund::{Counts, FundSnapshot, Status, SCHEMA_VERSION};
use crate::domain::money::{Currency, Money};
use history::disagreements;
use reader::{index, join, Decoder};

mod history;
mod problem;
mod reader;
mod records;
mod unknown;

pub use history::FIGURES;
pub use problem::{Expected, Figure, Problem};

/// Larger than any plausible fund file (10,000 programmes take about 5 MB), small enough
/// that a mistaken upload of something else is refused before it is parsed. Decimal
/// megabytes, as the messages word the limit ("16 MB").
pub const MAX_BYTES: usize = 16_000_000;
pub const MAX_PROGRAMMES: usize = 100_000;

/// Decodes a data file's text. On failure, every problem found is returned, in file order
/// for problems at a path, followed by the cross-checks between figures.
pub fn decode_fund(text: &str) -> Result<FundSnapshot, Vec<Problem>> {
    decode_value(&parse_root(text)?)
}

/// The file's text as JSON, or the one problem that stops it being read at all (too large,
/// empty, a web page, a syntax error). Shared with `report`, which reads the same tree
/// for unknown fields rather than parsing the file twice.
pub fn parse_root(text: &str) -> Result<Value, Vec<Problem>> {
    if text.len() > MAX_BYTES {
        return Err(vec![Problem::TooLarge { bytes: text.len() }]);
    }
    let trimmed = text.trim_start_matches('\u{feff}').trim();
    if trimmed.is_empty() {
        return Err(vec![Problem::Empty]);
    }
    if trimmed.starts_with('<') {
        return Err(vec![Problem::LooksLikeHtml]);
    }
    serde_json::from_str(trimmed).map_err(|e| {
        vec![Problem::Syntax {
            line: e.line(),
            column: e.column(),
            truncated: e.classify() == serde_json::error::Category::Eof,
        }]
    })
}

/// Decodes a parsed data file (see `decode_fund`).
pub fn decode_value(root: &Value) -> Result<FundSnapshot, Vec<Problem>> {
    read(&mut Decoder::default(), root)
}

/// Decodes a parsed data file, and lists every field in it that the app does not read: the
/// fields of the objects the rules read that the rules never asked for.
pub fn decode_with_unknown(root: &Value) -> (Result<FundSnapshot, Vec<Problem>>, Vec<UnknownField>) {
    let mut d = Decoder::default();
    let decoded = read(&mut d, root);
    (decoded, d.unknown_fields(root))
}

/// The fields a parsed data file holds that the app does not read.
pub fn unknown_fields(root: &Value) -> Vec<UnknownField> {
    decode_with_unknown(root).1
}

fn read(d: &mut Decoder, root: &Value) -> Result<FundSnapshot, Vec<Problem>> {
    let Some(obj) = d.object(root, reader::ROOT.into()) else { return Err(std::mem::take(&mut d.problems)) };

    if let Some(v) = d.required(obj, "", "schema_version") {
        if v.as_u64() != Some(SCHEMA_VERSION) {
            d.problems.push(Problem::UnsupportedVersion { path: "schema_version".into(), found: v.to_string() });
        }
    }

    let mut fund_name = None;
    let mut currency = None;
    let mut target = None;
    let mut raised = None;
    let mut reported_percent = None;
    if let Some(fund) = d.required(obj, "", "fund").and_then(|v| d.object(v, "fund".into())) {
        fund_name = d.required_text(fund, "fund", "name");
        currency = d.required_text(fund, "fund", "currency").and_then(|code| {
            let parsed = Currency::parse(&code);
            if parsed.is_none() {
                d.problems.push(Problem::BadCurrency { path: "fund.currency".into() });
            }
            parsed
        });
        let c = currency.unwrap_or(Currency::USD);
        target = d.required(fund, "fund", "target").and_then(|v| d.amount(v, "fund.target".into(), c));
        raised = d.required(fund, "fund", "raised").and_then(|v| d.amount(v, "fund.raised".into(), c));
        reported_percent =
            d.optional(fund, "fund", "reported_percent").and_then(|v| d.whole(v, "fund.reported_percent".into()));
    }

    let as_of = d.required_text(obj, "", "as_of").and_then(|text| {
        let date = Date::parse_iso(&text);
        if date.is_none() {
            d.problems.push(Problem::BadDate { path: "as_of".into() });
        }
        date
    });
    let source = d.required(obj, "", "source").and_then(|v| d.source(v, "source".into()));

    let mut counts = None;
    if let Some(c) = d.required(obj, "", "counts").and_then(|v| d.object(v, "counts".into())) {
        let funded = d.required(c, "counts", "funded").and_then(|v| d.whole(v, "counts.funded".into()));
        let pipeline = d.required(c, "counts", "pipeline").and_then(|v| d.whole(v, "counts.pipeline".into()));
        if let (Some(funded), Some(pipeline)) = (funded, pipeline) {
            counts = Some(Counts { funded, pipeline });
        }
    }

    let mut programmes = Vec::new();
    match d.required(obj, "", "programmes") {
        Some(Value::Array(items)) if items.len() > MAX_PROGRAMMES => {
            d.problems.push(Problem::TooManyProgrammes { found: items.len() });
        }
        Some(Value::Array(items)) => {
            let c = currency.unwrap_or(Currency::USD);
            let mut seen = HashSet::new();
            for (i, item) in items.iter().enumerate() {
                let path = index("programmes", i);
                if let Some(p) = d.programme(item, path.clone(), c) {
                    if !seen.insert(p.id.clone()) {
                        d.problems.push(Problem::DuplicateId { path: join(&path, "id"), id: p.id.clone() });
                    }
                    programmes.push(p);
                }
            }
        }
        Some(_) => d.wrong("programmes".into(), Expected::List),
        None => {}
    }

    let history = d.history(obj, currency.unwrap_or(Currency::USD));

    if !d.problems.is_empty() {
        return Err(std::mem::take(&mut d.problems));
    }
    let (Some(fund_name), Some(currency), Some(target), Some(raised), Some(as_of), Some(source), Some(counts)) =
        (fund_name, currency, target, raised, as_of, source, counts)
    else {
        // Every None above pushed a problem, so this is unreachable; stay safe regardless.
        return Err(vec![Problem::Missing { path: "(root)".into() }]);
    };

    let snapshot = FundSnapshot { fund_name, currency, target, raised, as_of, source, counts, programmes, history };
    cross_check(&snapshot, reported_percent)?;
    Ok(snapshot)
}

/// Checks between figures that are each valid on their own.
fn cross_check(s: &FundSnapshot, reported_percent: Option<u64>) -> Result<(), Vec<Problem>> {
    let mut problems = Vec::new();
    let found = s.counted();
    for (status, declared, found) in
        [(Status::Funded, s.counts.funded, found.funded), (Status::Pipeline, s.counts.pipeline, found.pipeline)]
    {
        if declared != found {
            problems.push(Problem::CountMismatch { status, declared, found });
        }
    }
    if let (Some(declared), Some(share)) = (reported_percent, s.progress().share()) {
        // A reported whole percent must be the computed share rounded: 28/70 is 40 %.
        if share.whole_percent() != declared {
            problems.push(Problem::PercentMismatch { declared, computed_basis_points: share.0 });
        }
    }
    let mut budgets = Money::zero(s.currency);
    for p in s.programmes.iter().filter(|p| p.status == Status::Funded) {
        if let Some(b) = p.budget {
            budgets = budgets.checked_add(b).unwrap_or(Money::from_minor(i64::MAX, s.currency));
        }
    }
    // Funded programmes are paid from what was raised; more allocated than raised is a typo.
    if budgets.minor() > s.raised.minor() {
        problems.push(Problem::BudgetsExceedRaised { budgets, raised: s.raised });
    }
    problems.extend(disagreements(s));
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}
