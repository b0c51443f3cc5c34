//! Reads a data file into a [`FundSnapshot`], or lists every problem in it with the JSON
//! path where it sits. The app's error view and the hosts' validator share these rules,
//! so a file that passes one passes the other.

use std::collections::HashSet;

use serde_json::{Map, Value};

use super::date::Date;
use super::fund::{Counts, FundSnapshot, Programme, Source, Status, SCHEMA_VERSION};
use super::gcm::Objective;
use super::history::{disagreements, Figure};
use super::money::{Currency, Money, MoneyError, MAX_MAJOR};
use super::safe_url::SafeUrl;

/// Larger than any plausible fund file (10,000 programmes take about 5 MB), small enough
/// that a mistaken upload of something else is refused before it is parsed.
pub const MAX_BYTES: usize = 16 * 1024 * 1024;
pub const MAX_PROGRAMMES: usize = 100_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Object,
    List,
    Text,
    WholeNumber,
    Amount,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Empty,
    TooLarge {
        bytes: usize,
    },
    LooksLikeHtml,
    Syntax {
        line: usize,
        column: usize,
        truncated: bool,
    },
    Missing {
        path: String,
    },
    WrongType {
        path: String,
        expected: Expected,
    },
    EmptyText {
        path: String,
    },
    UnsupportedVersion {
        path: String,
        found: String,
    },
    BadCurrency {
        path: String,
    },
    BadAmount {
        path: String,
        error: MoneyError,
    },
    BadDate {
        path: String,
    },
    BadUrl {
        path: String,
    },
    UnknownStatus {
        path: String,
        found: String,
    },
    DuplicateId {
        path: String,
        id: String,
    },
    ObjectiveOutOfRange {
        path: String,
        found: String,
    },
    NoSources {
        path: String,
    },
    TooManyProgrammes {
        found: usize,
    },
    CountMismatch {
        status: Status,
        declared: u64,
        found: u64,
    },
    PercentMismatch {
        declared: u64,
        computed_basis_points: u64,
    },
    BudgetsExceedRaised {
        budgets: Money,
        raised: Money,
    },
    /// A history point's date is neither `YYYY-MM-DD` nor `YYYY-MM`.
    BadPointDate {
        path: String,
    },
    /// History points must be oldest first, one per date.
    HistoryOrder {
        path: String,
    },
    HistoryNoFigure {
        path: String,
    },
    /// A point on the snapshot's day states another figure than the snapshot does.
    HistoryDisagrees {
        path: String,
        snapshot: Figure,
    },
}

impl Problem {
    /// The JSON path the problem is at, if it is at one place.
    pub fn path(&self) -> Option<&str> {
        match self {
            Problem::Missing { path }
            | Problem::WrongType { path, .. }
            | Problem::EmptyText { path }
            | Problem::UnsupportedVersion { path, .. }
            | Problem::BadCurrency { path }
            | Problem::BadAmount { path, .. }
            | Problem::BadDate { path }
            | Problem::BadUrl { path }
            | Problem::UnknownStatus { path, .. }
            | Problem::DuplicateId { path, .. }
            | Problem::ObjectiveOutOfRange { path, .. }
            | Problem::NoSources { path }
            | Problem::BadPointDate { path }
            | Problem::HistoryOrder { path }
            | Problem::HistoryNoFigure { path }
            | Problem::HistoryDisagrees { path, .. } => Some(path),
            _ => None,
        }
    }
}

pub(super) fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

pub(super) fn index(path: &str, i: usize) -> String {
    format!("{path}[{i}]")
}

#[derive(Default)]
pub(super) struct Decoder {
    pub(super) problems: Vec<Problem>,
}

impl Decoder {
    pub(super) fn wrong(&mut self, path: String, expected: Expected) {
        self.problems.push(Problem::WrongType { path, expected });
    }

    /// A field that must be present (and not `null`).
    pub(super) fn required<'v>(&mut self, obj: &'v Map<String, Value>, path: &str, key: &str) -> Option<&'v Value> {
        match obj.get(key) {
            None | Some(Value::Null) => {
                self.problems.push(Problem::Missing { path: join(path, key) });
                None
            }
            Some(v) => Some(v),
        }
    }

    pub(super) fn optional<'v>(obj: &'v Map<String, Value>, key: &str) -> Option<&'v Value> {
        obj.get(key).filter(|v| !v.is_null())
    }

    pub(super) fn object<'v>(&mut self, value: &'v Value, path: String) -> Option<&'v Map<String, Value>> {
        match value {
            Value::Object(map) => Some(map),
            _ => {
                self.wrong(path, Expected::Object);
                None
            }
        }
    }

    pub(super) fn text(&mut self, value: &Value, path: String) -> Option<String> {
        match value {
            Value::String(s) if s.trim().is_empty() => {
                self.problems.push(Problem::EmptyText { path });
                None
            }
            Value::String(s) => Some(s.trim().to_string()),
            _ => {
                self.wrong(path, Expected::Text);
                None
            }
        }
    }

    pub(super) fn required_text(&mut self, obj: &Map<String, Value>, path: &str, key: &str) -> Option<String> {
        let value = self.required(obj, path, key)?;
        self.text(value, join(path, key))
    }

    pub(super) fn optional_text(&mut self, obj: &Map<String, Value>, path: &str, key: &str) -> Option<String> {
        let value = Self::optional(obj, key)?;
        self.text(value, join(path, key))
    }

    fn text_list(&mut self, obj: &Map<String, Value>, path: &str, key: &str) -> Vec<String> {
        let Some(value) = Self::optional(obj, key) else { return Vec::new() };
        let path = join(path, key);
        let Value::Array(items) = value else {
            self.wrong(path, Expected::List);
            return Vec::new();
        };
        items.iter().enumerate().filter_map(|(i, item)| self.text(item, index(&path, i))).collect()
    }

    pub(super) fn whole(&mut self, value: &Value, path: String) -> Option<u64> {
        match value.as_u64() {
            Some(n) => Some(n),
            None => {
                self.wrong(path, Expected::WholeNumber);
                None
            }
        }
    }

    pub(super) fn amount(&mut self, value: &Value, path: String, currency: Currency) -> Option<Money> {
        let Value::Number(number) = value else {
            self.wrong(path, Expected::Amount);
            return None;
        };
        let parsed = if let Some(whole) = number.as_i64() {
            if whole < 0 {
                Err(MoneyError::Negative)
            } else {
                Money::from_major(whole, currency)
            }
        } else if number.is_u64() {
            Err(MoneyError::TooLarge)
        } else {
            let float = number.as_f64().unwrap_or(f64::NAN);
            if float < 0.0 {
                Err(MoneyError::Negative)
            } else if !float.is_finite() || float > MAX_MAJOR as f64 {
                Err(MoneyError::TooLarge)
            } else {
                // serde_json prints the shortest text that reads back as the same float, so
                // "1500000.5" stays "1500000.5"; more decimals than the currency has are refused.
                Money::parse_decimal(&number.to_string(), currency).map_err(|e| match e {
                    MoneyError::NotANumber => MoneyError::TooPrecise,
                    other => other,
                })
            }
        };
        parsed.map_err(|error| self.problems.push(Problem::BadAmount { path, error })).ok()
    }

    pub(super) fn source(&mut self, value: &Value, path: String) -> Option<Source> {
        let obj = self.object(value, path.clone())?;
        let title = self.required_text(obj, &path, "title");
        let url = match Self::optional(obj, "url") {
            None => None,
            Some(v) => {
                let url_path = join(&path, "url");
                let text = self.text(v, url_path.clone())?;
                match SafeUrl::parse(&text) {
                    Some(url) => Some(url),
                    None => {
                        self.problems.push(Problem::BadUrl { path: url_path });
                        return None;
                    }
                }
            }
        };
        Some(Source { title: title?, url })
    }

    fn programme(&mut self, value: &Value, path: String, currency: Currency) -> Option<Programme> {
        let obj = self.object(value, path.clone())?;
        let id = self.required_text(obj, &path, "id");
        let status = match self.required(obj, &path, "status") {
            Some(Value::String(s)) => match Status::parse(s.trim()) {
                Some(status) => Some(status),
                None => {
                    self.problems.push(Problem::UnknownStatus { path: join(&path, "status"), found: s.clone() });
                    None
                }
            },
            Some(_) => {
                self.wrong(join(&path, "status"), Expected::Text);
                None
            }
            None => None,
        };
        let title = self.optional_text(obj, &path, "title");
        let countries = self.text_list(obj, &path, "countries");
        let region = self.optional_text(obj, &path, "region");
        let thematic_area = self.optional_text(obj, &path, "thematic_area");
        let budget = Self::optional(obj, "budget").and_then(|v| self.amount(v, join(&path, "budget"), currency));
        let duration_months = Self::optional(obj, "duration_months")
            .and_then(|v| self.whole(v, join(&path, "duration_months")))
            .map(|n| u32::try_from(n).unwrap_or(u32::MAX));
        let un_entities = self.text_list(obj, &path, "un_entities");
        let gcm_objectives = self.objectives(obj, &path);
        let summary = self.optional_text(obj, &path, "summary");
        let timeline = self.optional_text(obj, &path, "timeline");
        let notes = self.optional_text(obj, &path, "notes");
        let sources = self.sources(obj, &path);
        Some(Programme {
            id: id?,
            status: status?,
            title,
            countries,
            region,
            thematic_area,
            budget,
            duration_months,
            un_entities,
            gcm_objectives,
            summary,
            timeline,
            notes,
            sources,
        })
    }

    fn objectives(&mut self, obj: &Map<String, Value>, path: &str) -> Vec<Objective> {
        let Some(value) = Self::optional(obj, "gcm_objectives") else { return Vec::new() };
        let path = join(path, "gcm_objectives");
        let Value::Array(items) = value else {
            self.wrong(path, Expected::List);
            return Vec::new();
        };
        let mut objectives = Vec::new();
        for (i, item) in items.iter().enumerate() {
            match item.as_u64().and_then(Objective::new) {
                Some(o) if !objectives.contains(&o) => objectives.push(o),
                Some(_) => {}
                None if item.is_number() => {
                    self.problems.push(Problem::ObjectiveOutOfRange { path: index(&path, i), found: item.to_string() })
                }
                None => self.wrong(index(&path, i), Expected::WholeNumber),
            }
        }
        objectives.sort();
        objectives
    }

    fn sources(&mut self, obj: &Map<String, Value>, path: &str) -> Vec<Source> {
        let Some(value) = self.required(obj, path, "sources") else { return Vec::new() };
        let path = join(path, "sources");
        let Value::Array(items) = value else {
            self.wrong(path, Expected::List);
            return Vec::new();
        };
        if items.is_empty() {
            self.problems.push(Problem::NoSources { path: path.clone() });
        }
        items.iter().enumerate().filter_map(|(i, item)| self.source(item, index(&path, i))).collect()
    }
}

/// Decodes a data file's text. On failure, every problem found is returned, in file order
/// for problems at a path, followed by the cross-checks between figures.
pub fn decode_fund(text: &str) -> Result<FundSnapshot, Vec<Problem>> {
    decode_value(&parse_root(text)?)
}

/// The file's text as JSON, or the one problem that stops it being read at all (too large,
/// empty, a web page, a syntax error). Shared with `data_report`, which reads the same tree
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

pub fn decode_value(root: &Value) -> Result<FundSnapshot, Vec<Problem>> {
    let mut d = Decoder::default();
    let Some(obj) = d.object(root, "(root)".into()) else { return Err(d.problems) };

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
            Decoder::optional(fund, "reported_percent").and_then(|v| d.whole(v, "fund.reported_percent".into()));
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
        return Err(d.problems);
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
