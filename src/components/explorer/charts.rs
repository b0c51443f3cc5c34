//! Four charts of the programmes the filters leave: by status, thematic area, region and
//! GCM objective (grouped by IMRF roundtable). Each has a summary and a data table.

use leptos::prelude::*;

use crate::components::bar_chart::{BarChart, ChartRow};
use crate::domain::explorer::catalogue::objective_at;
use crate::domain::fund::Programme;
use crate::domain::gcm::{Objective, Roundtable};
use crate::i18n::locale::{use_i18n, I18n};
use crate::i18n::{Arg, Messages};

use super::ExplorerState;

fn rows_by(
    i18n: I18n,
    state: ExplorerState,
    field: fn(&Programme) -> Option<&String>,
    term: fn(&Messages, &str) -> String,
) -> Vec<ChartRow> {
    let m = i18n.m();
    state.catalogue.with_value(|c| {
        state.settled.with(|r| {
            c.count_by(r, field)
                .into_iter()
                .map(|(value, count)| {
                    let label = value.map(|v| term(m, &v)).unwrap_or_else(|| m.filter_not_published().to_string());
                    ChartRow { label: label.clone(), long_label: label, group: None, value: Some(count), tone: 0 }
                })
                .collect()
        })
    })
}

/// "Africa has the most programmes shown: 3 of 7. 4 programmes shown do not publish this."
fn summary_of(i18n: I18n, rows: &[ChartRow], total: u64, not_published: &str) -> String {
    if total == 0 {
        return i18n.m().chart_summary_empty().to_string();
    }
    let mut parts = Vec::new();
    if let Some(top) = rows.iter().filter(|r| r.label != not_published).max_by_key(|r| r.value) {
        parts.push(i18n.fill(
            |m| m.chart_summary_top(),
            &[
                ("label", Arg::Text(&top.long_label)),
                ("count", Arg::Count(top.value.unwrap_or(0))),
                ("total", Arg::Count(total)),
            ],
        ));
    }
    if let Some(none) = rows.iter().find(|r| r.label == not_published).and_then(|r| r.value) {
        parts.push(i18n.fill(|m| m.chart_summary_none(), &[("count", Arg::Count(none))]));
    }
    parts.join(" ")
}

#[component]
pub fn Charts() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<ExplorerState>();
    let settled_tally = Memo::new(move |_| state.catalogue.with_value(|c| state.settled.with(|r| c.tally(r))));
    let total = move || settled_tally.get().total();

    let status_rows = Signal::derive(move || {
        let t = settled_tally.get();
        let m = i18n.m();
        vec![
            ChartRow {
                label: m.status_funded().into(),
                long_label: m.status_funded().into(),
                group: None,
                value: Some(t.funded),
                tone: 1,
            },
            ChartRow {
                label: m.status_pipeline().into(),
                long_label: m.status_pipeline().into(),
                group: None,
                value: Some(t.pipeline),
                tone: 2,
            },
        ]
    });
    let status_summary = Signal::derive(move || {
        let t = settled_tally.get();
        i18n.fill(
            |m| m.chart_status_summary(),
            &[("funded", Arg::Count(t.funded)), ("pipeline", Arg::Count(t.pipeline)), ("total", Arg::Count(t.total()))],
        )
    });

    let area_rows = Signal::derive(move || rows_by(i18n, state, |p| p.thematic_area.as_ref(), |_, v| v.to_string()));
    let area_summary =
        Signal::derive(move || summary_of(i18n, &area_rows.get(), total(), i18n.m().filter_not_published()));
    let region_rows = Signal::derive(move || rows_by(i18n, state, |p| p.region.as_ref(), Messages::region));
    let region_summary =
        Signal::derive(move || summary_of(i18n, &region_rows.get(), total(), i18n.m().filter_not_published()));

    let coverage = Memo::new(move |_| state.catalogue.with_value(|c| state.settled.with(|r| c.objective_coverage(r))));
    let objective_rows = Signal::derive(move || {
        let m: &Messages = i18n.m();
        let (per, _) = coverage.get();
        let mut rows = Vec::new();
        for rt in Roundtable::ALL {
            let group = i18n.fill(|m| m.roundtable_name(), &[("number", Arg::Count(u64::from(rt.number())))]);
            rows.push(ChartRow { label: group.clone(), long_label: group.clone(), group: None, value: None, tone: 0 });
            for &n in rt.objectives() {
                let Some(o) = Objective::new(u64::from(n)) else { continue };
                rows.push(ChartRow {
                    label: i18n.fill(|m| m.objective_short(), &[("number", Arg::Count(u64::from(n)))]),
                    long_label: format!("{n}. {}", m.objective(o)),
                    group: Some(group.clone()),
                    value: Some(per[usize::from(n - 1)]),
                    tone: 0,
                });
            }
        }
        rows
    });
    let objective_summary = Signal::derive(move || {
        let (per, none) = coverage.get();
        let covered = per.iter().filter(|&&n| n > 0).count() as u64;
        let mut text = i18n.fill(|m| m.chart_objectives_summary(), &[("covered", Arg::Count(covered))]);
        if let Some((i, &most)) = per.iter().enumerate().max_by_key(|(i, n)| (**n, std::cmp::Reverse(*i))) {
            if most > 0 {
                if let Some(o) = objective_at(i) {
                    text.push(' ');
                    text.push_str(&i18n.fill(
                        |m| m.chart_summary_top(),
                        &[
                            ("label", Arg::Text(&format!("{}. {}", o.number(), i18n.m().objective(o)))),
                            ("count", Arg::Count(most)),
                            ("total", Arg::Count(total())),
                        ],
                    ));
                }
            }
        }
        if none > 0 {
            text.push(' ');
            text.push_str(&i18n.fill(|m| m.chart_objectives_none(), &[("count", Arg::Count(none))]));
        }
        text
    });

    view! {
        <section class="charts">
            <h2 id="charts-heading">{i18n.t(|m| m.charts_heading())}</h2>
            <p>{i18n.t(|m| m.charts_note())}</p>
            <div class="chart-grid-layout">
                <BarChart
                    id="chart-status"
                    name=Signal::derive(move || i18n.m().chart_status_name().to_string())
                    title=Signal::derive(move || i18n.m().chart_status_title().to_string())
                    summary=status_summary
                    rows=status_rows
                    category_header=Signal::derive(move || i18n.m().col_status().to_string())
                />
                <BarChart
                    id="chart-area"
                    name=Signal::derive(move || i18n.m().chart_area_name().to_string())
                    title=Signal::derive(move || i18n.m().chart_area_title().to_string())
                    summary=area_summary
                    rows=area_rows
                    category_header=Signal::derive(move || i18n.m().filter_area().to_string())
                />
                <BarChart
                    id="chart-region"
                    name=Signal::derive(move || i18n.m().chart_region_name().to_string())
                    title=Signal::derive(move || i18n.m().chart_region_title().to_string())
                    summary=region_summary
                    rows=region_rows
                    category_header=Signal::derive(move || i18n.m().filter_region().to_string())
                />
                <BarChart
                    id="chart-objectives"
                    name=Signal::derive(move || i18n.m().chart_objectives_name().to_string())
                    title=Signal::derive(move || i18n.m().chart_objectives_title().to_string())
                    summary=objective_summary
                    rows=objective_rows
                    category_header=Signal::derive(move || i18n.m().chart_col_objective().to_string())
                    group_header=Signal::derive(move || i18n.m().chart_col_roundtable().to_string())
                />
            </div>
        </section>
    }
}
