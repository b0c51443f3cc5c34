//! How the fund has grown: figures reported at other dates than the snapshot, each from its
//! own source. Optional in the data file (`history`); every rule about it lives here, with
//! the geometry of its chart.
//!
//! Sources state different things at different dates (a count of funded programmes here, an
//! amount allocated there), so every figure is optional and none is derived from another:
//! a point shows exactly what its source says, and its note says what the figure counts.

use serde_json::{Map, Value};

use super::chart::nice_max;
use super::date::{day_number, days_in_month, Date};
use super::fund::{FundSnapshot, Source};
use super::fund_decode::{index, join, Decoder, Expected, Problem};
use super::money::{Currency, Money};

/// The figures a point may state, as the data file names them.
pub const FIGURES: &[&str] = &["funded", "pipeline", "raised", "allocated", "target", "share_percent"];

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Day,
    /// The source dates the figure only to a month ("mid-July 2021").
    Month,
}

/// A point's date: a day (`2022-02-01`), or a month (`2021-07`) when the source gives no
/// closer date. A month is held as its first day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct PointDate {
    pub date: Date,
    pub precision: Precision,
}

impl PointDate {
    pub fn parse(text: &str) -> Option<PointDate> {
        if let Some(date) = Date::parse_iso(text) {
            return Some(PointDate { date, precision: Precision::Day });
        }
        if text.len() == 7 {
            return Date::parse_iso(&format!("{text}-01")).map(|date| PointDate { date, precision: Precision::Month });
        }
        None
    }

    /// Reported after the snapshot: a month counts as after only when it starts after it.
    pub fn is_after(&self, snapshot: Date) -> bool {
        self.date > snapshot
    }

    /// Where the point sits on a time axis, in days: a month at its middle.
    fn plot_day(&self) -> i64 {
        match self.precision {
            Precision::Day => day_number(self.date),
            Precision::Month => day_number(self.date) + i64::from(days_in_month(self.date.year, self.date.month)) / 2,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryPoint {
    pub date: PointDate,
    pub funded: Option<u64>,
    pub pipeline: Option<u64>,
    /// Money paid into the fund (its capitalisation).
    pub raised: Option<Money>,
    /// Money allocated to programmes, which is not what the fund raised.
    pub allocated: Option<Money>,
    pub target: Option<Money>,
    /// The share of the target raised, as the source states it (whole percent).
    pub share_percent: Option<u64>,
    /// What the figures count, or how the date is known.
    pub note: Option<String>,
    pub source: Source,
}

/// A figure as the snapshot states it, for a point that disagrees with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    Count(u64),
    Amount(Money),
    Percent(u64),
}

impl Decoder {
    /// Reads `history`: a list of dated points, oldest first, one per date, each with a
    /// source and at least one figure. Amounts are in the fund's currency.
    pub(super) fn history(&mut self, root: &Map<String, Value>, currency: Currency) -> Vec<HistoryPoint> {
        let Some(value) = Self::optional(root, "history") else {
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
            let count =
                |d: &mut Decoder, key: &str| Self::optional(obj, key).and_then(|v| d.whole(v, join(&path, key)));
            let funded = count(self, "funded");
            let pipeline = count(self, "pipeline");
            let share_percent = count(self, "share_percent");
            let amount = |d: &mut Decoder, key: &str| {
                Self::optional(obj, key).and_then(|v| d.amount(v, join(&path, key), currency))
            };
            let raised = amount(self, "raised");
            let allocated = amount(self, "allocated");
            let target = amount(self, "target");
            let note = self.optional_text(obj, &path, "note");
            let source = self.required(obj, &path, "source").and_then(|v| self.source(v, join(&path, "source")));
            if !FIGURES.iter().any(|key| Self::optional(obj, key).is_some()) {
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

/// The first and the last reported count of funded programmes, for the chart's summary.
pub fn funded_span(points: &[HistoryPoint]) -> Option<((PointDate, u64), (PointDate, u64))> {
    let mut funded = points.iter().filter_map(|p| p.funded.map(|n| (p.date, n)));
    let first = funded.next()?;
    let last = funded.next_back()?;
    Some((first, last))
}

/// One marker of the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Dot {
    /// The point's place in `history`.
    pub index: usize,
    pub value: u64,
    pub x: f64,
    pub y: f64,
    /// Reported after the snapshot: drawn hollow.
    pub since: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TimelineLayout {
    pub funded: Vec<Dot>,
    pub pipeline: Vec<Dot>,
    /// Value and height of each horizontal grid line, from 0 up.
    pub value_ticks: Vec<(u64, f64)>,
    /// 1 January of each year inside the range, and where it falls.
    pub year_ticks: Vec<(u16, f64)>,
    /// Where the snapshot's date falls.
    pub snapshot_x: f64,
}

/// Programme counts over time in a `width` × `height` plot area (y grows downwards). Time
/// is to scale, so a gap of three years looks like one; the snapshot's date is always in
/// range, so "since this snapshot" has a place to start.
pub fn timeline(points: &[HistoryPoint], snapshot: Date, width: f64, height: f64) -> TimelineLayout {
    let days: Vec<i64> = points.iter().map(|p| p.date.plot_day()).chain([day_number(snapshot)]).collect();
    let (first, last) = (days.iter().copied().min().unwrap_or(0), days.iter().copied().max().unwrap_or(0));
    let span = (last - first).max(1) as f64;
    let x_of = |day: i64| {
        if last == first {
            width / 2.0
        } else {
            (day - first) as f64 / span * width
        }
    };

    let top = points.iter().flat_map(|p| [p.funded, p.pipeline]).flatten().max().unwrap_or(0);
    let axis_max = nice_max(top);
    let y_of = |v: u64| height - v as f64 / axis_max as f64 * height;
    let step = if axis_max >= 10 { axis_max / 5 } else { 1 };
    let value_ticks = (0..=axis_max / step).map(|k| (k * step, y_of(k * step))).collect();

    let dots = |pick: fn(&HistoryPoint) -> Option<u64>| -> Vec<Dot> {
        points
            .iter()
            .enumerate()
            .filter_map(|(index, p)| {
                pick(p).map(|value| Dot {
                    index,
                    value,
                    x: x_of(p.date.plot_day()),
                    y: y_of(value),
                    since: p.date.is_after(snapshot),
                })
            })
            .collect()
    };

    let mut year_ticks = Vec::new();
    let first_year = points.iter().map(|p| p.date.date.year).chain([snapshot.year]).min().unwrap_or(snapshot.year);
    let last_year = points.iter().map(|p| p.date.date.year).chain([snapshot.year]).max().unwrap_or(snapshot.year);
    for year in first_year..=last_year {
        if let Some(jan1) = Date::new(year, 1, 1) {
            let day = day_number(jan1);
            if day > first && day <= last {
                year_ticks.push((year, x_of(day)));
            }
        }
    }

    TimelineLayout {
        funded: dots(|p| p.funded),
        pipeline: dots(|p| p.pipeline),
        value_ticks,
        year_ticks,
        snapshot_x: x_of(day_number(snapshot)),
    }
}
