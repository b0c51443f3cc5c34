//! A horizontal bar chart as SVG (`role="img"` with a title and description), a text
//! summary, and the same numbers as a data table behind a disclosure. The geometry comes
//! from `domain::chart`; this only draws it.

use leptos::prelude::*;

use crate::domain::chart::{coord, horizontal_bars};
use crate::i18n::format;
use crate::i18n::locale::use_i18n;

/// One row of a chart: a bar, or a group heading (drawn as a label without a bar).
#[derive(Clone, Debug, PartialEq)]
pub struct ChartRow {
    /// Short label drawn in the chart.
    pub label: String,
    /// Full label for the table (and the bar's tooltip).
    pub long_label: String,
    /// Group (first table column) when the chart is grouped.
    pub group: Option<String>,
    pub value: Option<u64>,
    /// Colour class: `bar-0`, `bar-1`... all at least 3:1 against the background.
    pub tone: u8,
}

const WIDTH: f64 = 640.0;
const LABEL_WIDTH: f64 = 190.0;
const VALUE_ROOM: f64 = 48.0;
const ROW: f64 = 26.0;
const BAR: f64 = 18.0;
const AXIS: f64 = 22.0;

fn shorten(label: &str, max: usize) -> String {
    if label.chars().count() <= max {
        label.to_string()
    } else {
        let mut s: String = label.chars().take(max - 1).collect();
        s.push('…');
        s
    }
}

#[component]
pub fn BarChart(
    /// Unique id prefix for the SVG's title and description.
    id: &'static str,
    #[prop(into)] title: Signal<String>,
    /// The chart's accessible name. Worded apart from the filter labels on purpose: a
    /// chart named "…by region" would also answer to the label "Region".
    #[prop(into)]
    name: Signal<String>,
    #[prop(into)] summary: Signal<String>,
    #[prop(into)] rows: Signal<Vec<ChartRow>>,
    /// Header of the table's category column.
    #[prop(into)]
    category_header: Signal<String>,
    /// Header of the table's group column, for grouped charts.
    #[prop(optional, into)]
    group_header: Option<Signal<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    // Described by the visible summary, so screen readers hear the same text.
    let summary_id = format!("{id}-summary");
    let plot = WIDTH - LABEL_WIDTH - VALUE_ROOM;
    let described_by = summary_id.clone();

    let drawing = move || {
        let rows = rows.get();
        let values: Vec<u64> = rows.iter().map(|r| r.value.unwrap_or(0)).collect();
        let layout = horizontal_bars(&values, plot, ROW, BAR);
        let height = layout.height + AXIS;
        let locale = i18n.locale();
        // Right to left, the chart is mirrored: labels on the right, bars growing leftward.
        // Only x positions change: text anchors are relative to the writing direction, which
        // the SVG inherits from the page, so "end" is the label's near edge either way.
        let rtl = locale.is_rtl();
        let mx = move |x: f64| if rtl { WIDTH - x } else { x };
        let ticks = layout
            .ticks
            .iter()
            .map(|t| {
                let x = coord(mx(LABEL_WIDTH + t.x));
                view! {
                    <line class="chart-grid" x1=x.clone() x2=x.clone() y1="0" y2=coord(layout.height)/>
                    <text class="chart-tick" x=x y=coord(layout.height + 16.0) text-anchor="middle">{format::number(locale, t.value)}</text>
                }
            })
            .collect_view();
        let bars = rows
            .iter()
            .zip(&layout.bars)
            .map(|(row, bar)| {
                let label_y = coord(bar.y + bar.height / 2.0 + 5.0);
                let label = shorten(&row.label, 26);
                match row.value {
                    None => view! {
                        <text class="chart-group" x=coord(mx(0.0)) y=label_y>{label}</text>
                    }
                    .into_any(),
                    Some(value) => view! {
                        <g>
                            <title>{format!("{}: {}", row.long_label, format::number(locale, value))}</title>
                            <text class="chart-label" x=coord(mx(LABEL_WIDTH - 8.0)) y=label_y.clone() text-anchor="end">{label}</text>
                            <rect class=format!("chart-bar bar-{}", row.tone) x=coord(if rtl { WIDTH - LABEL_WIDTH - bar.width } else { LABEL_WIDTH }) y=coord(bar.y) width=coord(bar.width) height=coord(bar.height)/>
                            <text class="chart-value" x=coord(mx(LABEL_WIDTH + bar.label_x)) y=label_y>{format::number(locale, value)}</text>
                        </g>
                    }
                    .into_any(),
                }
            })
            .collect_view();
        view! {
            <svg
                class="chart"
                role="img"
                aria-label=move || name.get()
                aria-describedby=described_by.clone()
                viewBox=format!("0 0 {} {}", coord(WIDTH), coord(height))
                width="100%"
                focusable="false"
            >
                {ticks}
                {bars}
            </svg>
        }
    };

    let table_rows = move || {
        let locale = i18n.locale();
        rows.get()
            .into_iter()
            .filter_map(|r| {
                let value = r.value?;
                let group = r.group.clone();
                Some(view! {
                    <tr>
                        {group_header.map(|_| view! { <td>{group.clone().unwrap_or_default()}</td> })}
                        <th scope="row">{r.long_label.clone()}</th>
                        <td class="num">{format::number(locale, value)}</td>
                    </tr>
                })
            })
            .collect_view()
    };

    view! {
        <figure class="chart-figure">
            <figcaption>
                <h3>{move || title.get()}</h3>
                <p class="chart-summary" id=summary_id>{move || summary.get()}</p>
            </figcaption>
            {drawing}
            <details class="chart-table">
                <summary>{i18n.t(|m| m.chart_show_table())}</summary>
                <table>
                    <caption>{move || title.get()}</caption>
                    <thead>
                        <tr>
                            {group_header.map(|h| view! { <th scope="col">{move || h.get()}</th> })}
                            <th scope="col">{move || category_header.get()}</th>
                            <th scope="col" class="num">{i18n.t(|m| m.chart_col_programmes())}</th>
                        </tr>
                    </thead>
                    <tbody>{table_rows}</tbody>
                </table>
            </details>
        </figure>
    }
}
