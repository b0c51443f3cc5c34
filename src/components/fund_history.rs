//! "How the fund has grown": the data file's dated points as an SVG chart of programme
//! counts (`role="img"`, named, described by a text summary) and a table of every figure with
//! its source and note. Points after the snapshot are drawn hollow and labelled "reported
//! since this snapshot". The geometry comes from `domain::fund::timeline`, the rules from the decoder.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::chart::coord;
use crate::domain::fund::timeline::{funded_span, timeline, Dot};
use crate::domain::fund::FundSnapshot;
use crate::domain::fund::{HistoryPoint, PointDate, Precision};
use crate::domain::locale::Locale;
use crate::domain::money::Money;
use crate::domain::progress::BasisPoints;
use crate::i18n::format;
use crate::i18n::locale::use_i18n;
use crate::i18n::{Arg, Messages};

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 240.0;
/// Room for the value labels on the start side, the year labels below, the snapshot's label
/// above, and half a marker at the end.
const START: f64 = 44.0;
const END: f64 = 16.0;
const TOP: f64 = 26.0;
const BOTTOM: f64 = 28.0;
/// Keeps the first and last markers (and their labels) off the axes.
const INSET: f64 = 18.0;

fn point_date(locale: Locale, date: PointDate) -> String {
    match date.precision {
        Precision::Day => format::date(locale, date.date),
        Precision::Month => format::month(locale, date.date),
    }
}

/// Which columns of the table some point fills: a figure no source states gets no column.
#[derive(Clone, Copy)]
struct Columns {
    funded: bool,
    pipeline: bool,
    raised: bool,
    allocated: bool,
    target: bool,
    share: bool,
}

impl Columns {
    fn of(points: &[HistoryPoint]) -> Columns {
        let any = |f: fn(&HistoryPoint) -> bool| points.iter().any(f);
        Columns {
            funded: any(|p| p.funded.is_some()),
            pipeline: any(|p| p.pipeline.is_some()),
            raised: any(|p| p.raised.is_some()),
            allocated: any(|p| p.allocated.is_some()),
            target: any(|p| p.target.is_some()),
            share: any(|p| p.share_percent.is_some()),
        }
    }
}

#[component]
pub fn FundHistory(
    snapshot: Arc<FundSnapshot>,
    /// 2 on the overview; 3 where it sits under another section's heading.
    #[prop(default = 2)]
    level: u8,
) -> impl IntoView {
    let i18n = use_i18n();
    let snapshot = StoredValue::new(snapshot);
    let columns = snapshot.with_value(|s| Columns::of(&s.history));
    let heading = move || i18n.m().history_heading();
    let summary = move || {
        let locale = i18n.locale();
        snapshot.with_value(|s| match funded_span(&s.history) {
            Some(((from_date, from), (to_date, to))) => i18n.fill(
                |m| m.history_summary(),
                &[
                    ("from", Arg::Count(from)),
                    ("from_date", Arg::Text(&point_date(locale, from_date))),
                    ("to", Arg::Count(to)),
                    ("to_date", Arg::Text(&point_date(locale, to_date))),
                ],
            ),
            None => i18n.m().history_intro().to_string(),
        })
    };

    view! {
        <section class="history" aria-labelledby="history-heading">
            {match level {
                3 => view! { <h3 id="history-heading">{heading}</h3> }.into_any(),
                _ => view! { <h2 id="history-heading">{heading}</h2> }.into_any(),
            }}
            <p class="lead">{i18n.t(|m| m.history_intro())}</p>
            <figure class="chart-figure history-figure">
                <figcaption>
                    <p class="chart-title">{i18n.t(|m| m.history_chart_name())}</p>
                    <p class="chart-summary" id="history-summary">{summary}</p>
                </figcaption>
                {move || snapshot.with_value(|s| chart(i18n.locale(), i18n.m(), s))}
                <Legend/>
            </figure>
            <Table snapshot=snapshot.get_value() columns=columns/>
        </section>
    }
}

fn chart(locale: Locale, m: &'static Messages, s: &FundSnapshot) -> impl IntoView {
    let plot_w = WIDTH - START - END;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let layout = timeline(&s.history, s.as_of, plot_w - 2.0 * INSET, plot_h);
    // Right to left, time runs leftward, as the bar charts mirror. `x` takes a position in
    // the plot area; the markers' positions are inset from its edges.
    let rtl = locale.is_rtl();
    let x = move |v: f64| coord(if rtl { WIDTH - START - v } else { START + v });
    let dx = |v: f64| v + INSET;
    let y = |v: f64| coord(TOP + v);
    let value_ticks = layout
        .value_ticks
        .iter()
        .map(|&(value, at)| {
            view! {
                <line class="chart-grid" x1=x(0.0) x2=x(plot_w) y1=y(at) y2=y(at)/>
                <text class="chart-tick" x=x(-6.0) y=y(at + 4.0) text-anchor="end">{format::number(locale, value)}</text>
            }
        })
        .collect_view();
    let year_ticks = layout
        .year_ticks
        .iter()
        .map(|&(year, at)| {
            view! {
                <line class="chart-axis" x1=x(dx(at)) x2=x(dx(at)) y1=y(plot_h) y2=y(plot_h + 5.0)/>
                <text class="chart-tick" x=x(dx(at)) y=y(plot_h + 18.0) text-anchor="middle">{format::year(locale, year)}</text>
            }
        })
        .collect_view();
    let described = |dot: &Dot, series: fn(&Messages) -> &'static str| {
        let point = &s.history[dot.index];
        // "11 March 2024: Funded programmes, 21": a label and a value, so no language's
        // grammar has to agree a count with a noun here.
        let template = if dot.since { m.history_point_since() } else { m.history_point() };
        format::fill(
            locale,
            template,
            &[
                ("date", Arg::Text(&point_date(locale, point.date))),
                ("series", Arg::Text(series(m))),
                ("value", Arg::Text(&format::number(locale, dot.value))),
            ],
        )
    };
    let segments = |dots: &[Dot], class: &'static str| {
        dots.windows(2)
            .map(|pair| {
                let since = if pair[1].since { " since" } else { "" };
                view! {
                    <line class=format!("history-line {class}{since}") x1=x(dx(pair[0].x)) y1=y(pair[0].y) x2=x(dx(pair[1].x)) y2=y(pair[1].y)/>
                }
            })
            .collect_view()
    };
    // Funded points are circles, pipeline points squares: shape tells the series apart, not
    // colour alone.
    let markers = |dots: &[Dot], pipeline: bool| {
        dots.iter()
            .map(|dot| {
                let (series, kind): (fn(&Messages) -> &'static str, _) = if pipeline {
                    (|m| m.history_legend_pipeline(), "pipeline")
                } else {
                    (|m| m.history_legend_funded(), "funded")
                };
                let class = format!("history-dot {kind}{}", if dot.since { " since" } else { "" });
                let shape = if pipeline {
                    let left = dx(dot.x) + if rtl { 5.0 } else { -5.0 };
                    view! { <rect class=class x=x(left) y=y(dot.y - 5.0) width="10" height="10"/> }.into_any()
                } else {
                    view! { <circle class=class cx=x(dx(dot.x)) cy=y(dot.y) r="5.5"/> }.into_any()
                };
                view! {
                    <g>
                        <title>{described(dot, series)}</title>
                        {shape}
                        <text class="chart-value" x=x(dx(dot.x)) y=y(dot.y - 10.0) text-anchor="middle">{format::number(locale, dot.value)}</text>
                    </g>
                }
            })
            .collect_view()
    };
    let pipeline_dots = markers(&layout.pipeline, true);
    let funded_dots = markers(&layout.funded, false);
    view! {
        <svg
            class="chart history-chart"
            role="img"
            aria-label=m.history_chart_name()
            aria-describedby="history-summary"
            viewBox=format!("0 0 {} {}", coord(WIDTH), coord(HEIGHT))
            width="100%"
            focusable="false"
        >
            {value_ticks}
            <line class="chart-axis" x1=x(0.0) x2=x(plot_w) y1=y(plot_h) y2=y(plot_h)/>
            {year_ticks}
            <line class="history-snapshot" x1=x(dx(layout.snapshot_x)) x2=x(dx(layout.snapshot_x)) y1=y(-6.0) y2=y(plot_h)/>
            <text class="chart-tick history-snapshot-label" x=x(dx(layout.snapshot_x)) y=y(-12.0) text-anchor="middle">{m.history_snapshot_marker()}</text>
            {segments(&layout.pipeline, "pipeline")}
            {segments(&layout.funded, "funded")}
            {pipeline_dots}
            {funded_dots}
        </svg>
    }
}

/// Shapes as well as colours tell the series apart, and hollow markers the later points.
#[component]
fn Legend() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="history-legend">
            <li>
                <svg viewBox="0 0 14 14" width="14" height="14" aria-hidden="true" focusable="false"><circle class="history-dot funded" cx="7" cy="7" r="5.5"/></svg>
                {i18n.t(|m| m.history_legend_funded())}
            </li>
            <li>
                <svg viewBox="0 0 14 14" width="14" height="14" aria-hidden="true" focusable="false"><rect class="history-dot pipeline" x="2" y="2" width="10" height="10"/></svg>
                {i18n.t(|m| m.history_legend_pipeline())}
            </li>
            <li>
                <svg viewBox="0 0 14 14" width="14" height="14" aria-hidden="true" focusable="false"><circle class="history-dot funded since" cx="7" cy="7" r="5.5"/></svg>
                {i18n.t(|m| m.history_legend_since())}
            </li>
        </ul>
    }
}

#[component]
fn Table(snapshot: Arc<FundSnapshot>, columns: Columns) -> impl IntoView {
    let i18n = use_i18n();
    let snapshot = StoredValue::new(snapshot);
    let header = move |show: bool, pick: fn(&Messages) -> &'static str, num: bool| {
        show.then(|| view! { <th scope="col" class=if num { "num" } else { "" }>{i18n.t(pick)}</th> })
    };
    let rows = move || {
        let locale = i18n.locale();
        let m = i18n.m();
        snapshot.with_value(|s| s.history.iter().map(|p| row(locale, m, p, s.as_of, columns)).collect_view())
    };
    view! {
        // A named section is a region: focusable, so the keyboard can scroll a wide table.
        <section class="table-scroll" aria-labelledby="history-caption" tabindex="0">
            <table class="history-table">
                <caption id="history-caption">{i18n.t(|m| m.history_table_caption())}</caption>
                <thead>
                    <tr>
                        {header(true, |m| m.history_col_date(), false)}
                        {header(columns.funded, |m| m.history_col_funded(), true)}
                        {header(columns.pipeline, |m| m.history_col_pipeline(), true)}
                        {header(columns.raised, |m| m.history_col_raised(), true)}
                        {header(columns.allocated, |m| m.history_col_allocated(), true)}
                        {header(columns.target, |m| m.history_col_target(), true)}
                        {header(columns.share, |m| m.history_col_share(), true)}
                        {header(true, |m| m.history_col_source(), false)}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}

fn row(
    locale: Locale,
    m: &'static Messages,
    p: &HistoryPoint,
    as_of: crate::domain::date::Date,
    columns: Columns,
) -> impl IntoView {
    let cell = move |show: bool, value: Option<String>| {
        show.then(|| match value {
            Some(text) => view! { <td class="num">{text}</td> }.into_any(),
            None => view! { <td class="num unpublished">{m.history_not_stated()}</td> }.into_any(),
        })
    };
    let count = |n: Option<u64>| n.map(|n| format::number(locale, n));
    let money = |a: Option<Money>| a.map(|a| format::money(locale, a));
    let tag = if p.date.is_after(as_of) {
        Some(m.history_since())
    } else if p.date.precision == Precision::Day && p.date.date == as_of {
        Some(m.history_this_snapshot())
    } else {
        None
    };
    let source = p.source.clone();
    let title = source.title.clone();
    view! {
        <tr class=if p.date.is_after(as_of) { "since" } else { "" }>
            <th scope="row">
                {point_date(locale, p.date)}
                {tag.map(|t| view! { <span class="history-tag">{t}</span> })}
            </th>
            {cell(columns.funded, count(p.funded))}
            {cell(columns.pipeline, count(p.pipeline))}
            {cell(columns.raised, money(p.raised))}
            {cell(columns.allocated, money(p.allocated))}
            {cell(columns.target, money(p.target))}
            {cell(columns.share, p.share_percent.map(|n| format::percent(locale, BasisPoints(n.saturating_mul(100)))))}
            <td class="history-source">
                {match source.url {
                    Some(url) => view! { <a href=url.as_str().to_string() rel="noopener noreferrer" dir="auto">{title}</a> }.into_any(),
                    None => view! { <span dir="auto">{title}</span> }.into_any(),
                }}
                // The data file's own words, in its language: `dir="auto"` keeps their punctuation
                // in place on a right-to-left page.
                {p.note.clone().map(|note| view! { <p class="history-note" dir="auto">{note}</p> })}
            </td>
        </tr>
    }
}
