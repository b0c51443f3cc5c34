//! Exports of exactly the rows on screen: CSV that Excel opens correctly and cannot be
//! turned into formulas, and JSON in the data file's own shape.

use serde_json::{json, Value};

use crate::domain::explorer::query::ExplorerQuery;
use crate::domain::fund::{FundSnapshot, Programme};

pub const CSV_COLUMNS: [&str; 15] = [
    "id",
    "status",
    "title",
    "countries",
    "region",
    "thematic_area",
    "budget",
    "currency",
    "duration_months",
    "un_entities",
    "gcm_objectives",
    "summary",
    "timeline",
    "notes",
    "sources",
];

/// A cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a leading tab
/// or carriage return) gets a leading apostrophe, which spreadsheets show as text.
pub fn neutralise(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

/// RFC 4180: quote a field holding a comma, quote, CR or LF; double inner quotes.
pub fn quote(cell: &str) -> String {
    if cell.contains([',', '"', '\r', '\n']) || cell.starts_with(' ') || cell.ends_with(' ') {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

fn or_unpublished(value: Option<String>, not_published: &str) -> String {
    value.filter(|v| !v.is_empty()).unwrap_or_else(|| not_published.to_string())
}

fn row(p: &Programme, s: &FundSnapshot, not_published: &str) -> [String; 15] {
    let list = |items: &[String]| (!items.is_empty()).then(|| items.join("; "));
    [
        p.id.clone(),
        p.status.as_str().to_string(),
        or_unpublished(p.title.clone(), not_published),
        or_unpublished(list(&p.countries), not_published),
        or_unpublished(p.region.clone(), not_published),
        or_unpublished(p.thematic_area.clone(), not_published),
        or_unpublished(p.budget.map(|b| b.to_decimal_string()), not_published),
        s.currency.code().to_string(),
        or_unpublished(p.duration_months.map(|d| d.to_string()), not_published),
        or_unpublished(list(&p.un_entities), not_published),
        or_unpublished(
            (!p.gcm_objectives.is_empty())
                .then(|| p.gcm_objectives.iter().map(|o| o.number().to_string()).collect::<Vec<_>>().join("; ")),
            not_published,
        ),
        or_unpublished(p.summary.clone(), not_published),
        or_unpublished(p.timeline.clone(), not_published),
        p.notes.clone().unwrap_or_default(),
        p.sources
            .iter()
            .map(|src| match &src.url {
                Some(u) => format!("{} <{}>", src.title, u.as_str()),
                None => src.title.clone(),
            })
            .collect::<Vec<_>>()
            .join("; "),
    ]
}

/// UTF-8 with a byte-order mark (so Excel detects the encoding), CRLF line ends.
pub fn to_csv<'a>(rows: impl IntoIterator<Item = &'a Programme>, s: &FundSnapshot, not_published: &str) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&CSV_COLUMNS.join(","));
    out.push_str("\r\n");
    for p in rows {
        let cells: Vec<String> = row(p, s, not_published).iter().map(|c| quote(&neutralise(c))).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

fn programme_json(p: &Programme) -> Value {
    let mut obj = serde_json::Map::new();
    obj.insert("id".into(), json!(p.id));
    obj.insert("status".into(), json!(p.status.as_str()));
    let mut opt = |key: &str, value: Option<Value>| {
        if let Some(v) = value {
            obj.insert(key.into(), v);
        }
    };
    opt("title", p.title.as_ref().map(|t| json!(t)));
    opt("countries", (!p.countries.is_empty()).then(|| json!(p.countries)));
    opt("region", p.region.as_ref().map(|t| json!(t)));
    opt("thematic_area", p.thematic_area.as_ref().map(|t| json!(t)));
    // Amounts as exact decimal strings: a JSON number could be read back as a float.
    opt("budget", p.budget.map(|b| json!(b.to_decimal_string())));
    opt("duration_months", p.duration_months.map(|d| json!(d)));
    opt("un_entities", (!p.un_entities.is_empty()).then(|| json!(p.un_entities)));
    opt(
        "gcm_objectives",
        (!p.gcm_objectives.is_empty()).then(|| json!(p.gcm_objectives.iter().map(|o| o.number()).collect::<Vec<_>>())),
    );
    opt("summary", p.summary.as_ref().map(|t| json!(t)));
    opt("timeline", p.timeline.as_ref().map(|t| json!(t)));
    opt("notes", p.notes.as_ref().map(|t| json!(t)));
    opt(
        "sources",
        Some(json!(p
            .sources
            .iter()
            .map(|s| match &s.url {
                Some(u) => json!({ "title": s.title, "url": u.as_str() }),
                None => json!({ "title": s.title }),
            })
            .collect::<Vec<_>>())),
    );
    Value::Object(obj)
}

pub fn to_json<'a>(rows: impl IntoIterator<Item = &'a Programme>, s: &FundSnapshot, query: &ExplorerQuery) -> String {
    let programmes: Vec<Value> = rows.into_iter().map(programme_json).collect();
    let doc = json!({
        "fund": s.fund_name,
        "currency": s.currency.code(),
        "as_of": s.as_of.to_string(),
        "source": s.source.title,
        "view": query.to_query_string(),
        "count": programmes.len(),
        "programmes": programmes,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

/// `mmptf-programmes-2022-02-01.csv`: the as-of date, so two exports never get confused.
pub fn file_name(s: &FundSnapshot, extension: &str) -> String {
    format!("mmptf-programmes-{}.{extension}", s.as_of)
}
