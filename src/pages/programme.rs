//! `/programmes/{id}`: one programme, every field, each record's sources.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_params_map};

use crate::components::fund_gate::FundGate;
use crate::domain::fund::{FundSnapshot, Programme};
use crate::domain::locale::Locale;
use crate::i18n::format;
use crate::i18n::locale::use_i18n;
use crate::i18n::{Arg, Messages};

#[component]
pub fn ProgrammePage() -> impl IntoView {
    view! { <FundGate children=|snapshot| view! { <Detail snapshot=snapshot/> }/> }
}

#[component]
fn Detail(snapshot: Arc<FundSnapshot>) -> impl IntoView {
    let params = use_params_map();
    let snap = StoredValue::new(snapshot);
    move || {
        let id = params.with(|p| p.get("id").unwrap_or_default());
        match snap.with_value(|s| s.programme(&id).cloned()) {
            Some(p) => view! { <Found programme=p/> }.into_any(),
            None => view! { <Missing id=id/> }.into_any(),
        }
    }
}

/// The list this page was opened from: the same filters, search and sort.
fn back_href() -> impl Fn() -> String + Copy {
    let search = use_location().search;
    let i18n = use_i18n();
    move || {
        let s = search.get();
        let path =
            if s.is_empty() { "/explorer".to_string() } else { format!("/explorer?{}", s.trim_start_matches('?')) };
        crate::browser::links::app_path(&path, i18n.locale())
    }
}

#[component]
fn Missing(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let back = back_href();
    let body = move || i18n.fill(|m| m.programme_not_found_body(), &[("id", Arg::Text(&id))]);
    view! {
        <Title text=i18n.t(|m| m.programme_not_found_title())/>
        <h1>{i18n.t(|m| m.programme_not_found_title())}</h1>
        <p>{body}</p>
        <p><A href=back>{i18n.t(|m| m.detail_back())}</A></p>
    }
}

#[component]
fn Found(programme: Programme) -> impl IntoView {
    let i18n = use_i18n();
    let m = move || i18n.m();
    let back = back_href();
    let p = StoredValue::new(programme);
    let title = move || format::programme_title(i18n.locale(), &p.read_value());
    let unpublished = move || view! { <span class="unpublished">{i18n.t(|m| m.not_published())}</span> };
    // The data file's own text (English as published) is isolated with <bdi>, so on a
    // right-to-left page its punctuation stays at its end.
    let text_or = move |value: Option<String>| match value {
        Some(v) => view! { <bdi>{v}</bdi> }.into_any(),
        None => unpublished().into_any(),
    };
    let list_or = move |items: Vec<String>| {
        if items.is_empty() {
            unpublished().into_any()
        } else {
            view! { <bdi>{items.join(", ")}</bdi> }.into_any()
        }
    };
    // Figures worded by the language (a region's name, money, "30 months") follow a switch.
    let worded = move |render: fn(Locale, &Programme) -> Option<String>| {
        view! {
            {move || match render(i18n.locale(), &p.read_value()) {
                Some(v) => view! { <span>{v}</span> }.into_any(),
                None => unpublished().into_any(),
            }}
        }
        .into_any()
    };
    let row = move |label: fn(&Messages) -> &'static str, value: AnyView| {
        view! {
            <div class="detail-row">
                <dt>{move || label(m())}</dt>
                <dd>{value}</dd>
            </div>
        }
    };
    let pv = p.get_value();
    let objectives = if pv.gcm_objectives.is_empty() {
        unpublished().into_any()
    } else {
        let items = pv
            .gcm_objectives
            .iter()
            .map(|&o| view! { <li>{move || format!("{}. {}", o.number(), m().objective(o))}</li> })
            .collect_view();
        view! { <ul class="plain">{items}</ul> }.into_any()
    };
    let sources = pv
        .sources
        .iter()
        .map(|s| {
            let title = s.title.clone();
            match &s.url {
                Some(u) => {
                    view! { <li><a href=u.as_str().to_string() rel="noopener noreferrer"><bdi>{title}</bdi></a></li> }
                        .into_any()
                }
                None => view! { <li><bdi>{title}</bdi></li> }.into_any(),
            }
        })
        .collect_view();
    let status = pv.status;
    view! {
        <Title text=title/>
        <p class="breadcrumb"><A href=back>{i18n.t(|m| m.detail_back())}</A></p>
        <h1><bdi>{title}</bdi></h1>
        {(!pv.details_published()).then(|| view! { <p class="notice">{i18n.t(|m| m.detail_unpublished_intro())}</p> })}
        <dl class="detail">
            {row(|m| m.detail_status(), view! { <span class=format!("status status-{}", status.as_str())>{move || m().status(status)}</span> }.into_any())}
            {row(|m| m.detail_countries(), list_or(pv.countries.clone()))}
            {row(|m| m.detail_region(), worded(|l, p| p.region.as_deref().map(|r| l.messages().region(r))))}
            {row(|m| m.detail_area(), text_or(pv.thematic_area.clone()))}
            {row(|m| m.detail_budget(), worded(|l, p| p.budget.map(|b| format::money(l, b))))}
            {row(|m| m.detail_duration(), worded(|l, p| p.duration_months.map(|d| format::fill(l, l.messages().detail_duration_months(), &[("count", Arg::Count(u64::from(d)))]))))}
            {row(|m| m.detail_entities(), list_or(pv.un_entities.clone()))}
            {row(|m| m.detail_objectives(), objectives)}
            {row(|m| m.detail_summary(), text_or(pv.summary.clone()))}
            {row(|m| m.detail_timeline(), text_or(pv.timeline.clone()))}
            {pv.notes.clone().map(|n| row(|m| m.detail_notes(), view! { <bdi>{n}</bdi> }.into_any()))}
        </dl>
        <h2>{i18n.t(|m| m.detail_sources())}</h2>
        <ul>{sources}</ul>
    }
}
