//! The geometry of the history chart: programme counts over time, to scale.

use crate::domain::chart::nice_max;
use crate::domain::date::{day_number, days_in_month, Date};
use crate::domain::fund::{HistoryPoint, PointDate, Precision};

/// Where a point sits on a time axis, in days: a month at its middle.
fn plot_day(date: &PointDate) -> i64 {
    match date.precision {
        Precision::Day => day_number(date.date),
        Precision::Month => day_number(date.date) + i64::from(days_in_month(date.date.year, date.date.month)) / 2,
    }
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
    let days: Vec<i64> = points.iter().map(|p| plot_day(&p.date)).chain([day_number(snapshot)]).collect();
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
                    x: x_of(plot_day(&p.date)),
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
