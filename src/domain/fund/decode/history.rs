//! Reading the optional `history`: figures reported at other dates than the snapshot, and
//! the one cross-check between them and the snapshot.

use serde_json::{Map, Value};

use super::problem::{Expected, Figure, Problem};
use super::reader::{index, join, Decoder};
use crate::domain::date::Date;
use crate::domain::fund::{FundSnapshot, HistoryPoint, PointDate, Precision};
use crate::domain::money::Currency;

/// The figures a point may state, as the data file names them.
pub const FIGURES: &[&str] = &["funded", "pipeline", "raised", "allocated", "target", "share_percent"];

impl Decoder {
    /// Reads `history`: a list of dated points, oldest first, one per date, each with a
    /// source and at least one figure. Amounts are in the fund's currency.
    pub(super) fn history(&mut self, root: &Map<String, Value>, currency: Currency) -> Vec<HistoryPoint> {
        let Some(value) = self.optional(root, "", "history") else {
            return Vec::new();
        };
        let Value::Array(items) = value else {
            self.wrong("history".into(), Expected::List);
            return Vec::new();
        };
        let mut points = Vec::new();
        let mut previous: Option<Date> = None;
        for (i, item) in items.iter().enumerate() {
            let path = index("history", i);
            let Some(obj) = self.object(item, path.clone()) else {
                continue;
            };
            let date = self.required_text(obj, &path, "date").and_then(|text| {
                let parsed = PointDate::parse(&text);
                if parsed.is_none() {
                    self.problems.push(Problem::BadPointDate { path: join(&path, "date") });
                }
                parsed
            });
            if let Some(d) = date {
                if previous.is_some_and(|p| d.date <= p) {
                    self.problems.push(Problem::HistoryOrder { path: join(&path, "date") });
                }
                previous = Some(d.date);
            }
            let count = |d: &mut Decoder, key: &'static str| {
                d.optional(obj, &path, key).and_then(|v| d.whole(v, join(&path, key)))
            };
            let funded = count(self, "funded");
            let pipeline = count(self, "pipeline");
            let share_percent = count(self, "share_percent");
            let amount = |d: &mut Decoder, key: &'static str| {
                d.optional(obj, &path, key).and_then(|v| d.amount(v, join(&path, key), currency))
            };
            let raised = amount(self, "raised");
            let allocated = amount(self, "allocated");
            let target = amount(self, "target");
            let note = self.optional_text(obj, &path, "note");
            let source = self.required(obj, &path, "source").and_then(|v| self.source(v, join(&path, "source")));
            if !FIGURES.iter().any(|key| obj.get(*key).is_some_and(|v| !v.is_null())) {
                self.problems.push(Problem::HistoryNoFigure { path: path.clone() });
            }
            if let (Some(date), Some(source)) = (date, source) {
                points.push(HistoryPoint {
                    date,
                    funded,
                    pipeline,
                    raised,
                    allocated,
                    target,
                    share_percent,
                    note,
                    source,
                });
            }
        }
        points
    }
}

/// A point dated the snapshot's own day must state the snapshot's figures: two different
/// numbers for the same day would leave a visitor to guess which is right.
pub fn disagreements(snapshot: &FundSnapshot) -> Vec<Problem> {
    let mut problems = Vec::new();
    let share = snapshot.progress().share().map(|s| s.whole_percent());
    for (i, point) in snapshot.history.iter().enumerate() {
        if point.date.precision != Precision::Day || point.date.date != snapshot.as_of {
            continue;
        }
        let path = index("history", i);
        let mut check = |key: &str, stated: Option<Figure>, own: Option<Figure>| {
            if let (Some(stated), Some(own)) = (stated, own) {
                if stated != own {
                    problems.push(Problem::HistoryDisagrees { path: join(&path, key), snapshot: own });
                }
            }
        };
        check("funded", point.funded.map(Figure::Count), Some(Figure::Count(snapshot.counts.funded)));
        check("pipeline", point.pipeline.map(Figure::Count), Some(Figure::Count(snapshot.counts.pipeline)));
        check("raised", point.raised.map(Figure::Amount), Some(Figure::Amount(snapshot.raised)));
        check("target", point.target.map(Figure::Amount), Some(Figure::Amount(snapshot.target)));
        check("share_percent", point.share_percent.map(Figure::Percent), share.map(Figure::Percent));
    }
    problems
}
