//! `/explorer`: every programme in the snapshot, with what is and is not published.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::fund_gate::FundGate;
use crate::domain::fund::{FundSnapshot, Programme, Status};
use crate::format;
use crate::i18n::Arg;
use crate::locale::use_i18n;

#[component]
pub fn ExplorerPage() -> impl IntoView {
    let i18n = use_i18n();
    let m = move || i18n.m();
    view! {
        <Title text=move || m().explorer_title/>
        <h1>{move || m().explorer_heading}</h1>
        <p class="lead">{move || m().explorer_intro}</p>
        <FundGate children=|snapshot| view! { <ProgrammeTable snapshot=snapshot/> }/>
    }
}

#[component]
fn ProgrammeTable(snapshot: Arc<FundSnapshot>) -> impl IntoView {
    let i18n = use_i18n();
    let m = move || i18n.m();
    let count = snapshot.programmes.len() as u64;
    let caption = move || i18n.fill(|m| m.programmes_caption, &[("count", Arg::Count(count))]);
    let rows = snapshot.programmes.iter().cloned().map(|p| view! { <ProgrammeRow programme=p/> }).collect_view();
    view! {
        <div class="table-scroll" role="region" aria-label=caption tabindex="0">
            <table class="programmes">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || m().col_title}</th>
                        <th scope="col">{move || m().col_status}</th>
                        <th scope="col">{move || m().col_countries}</th>
                        <th scope="col">{move || m().col_un_entities}</th>
                        <th scope="col">{move || m().col_budget}</th>
                        <th scope="col">{move || m().col_objectives}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

#[component]
fn ProgrammeRow(programme: Programme) -> impl IntoView {
    let i18n = use_i18n();
    let m = move || i18n.m();
    let p = StoredValue::new(programme);
    let title = move || {
        let p = p.read_value();
        match &p.title {
            Some(t) => t.clone(),
            None => i18n.fill(|m| m.unnamed_programme, &[("id", Arg::Text(&p.id))]),
        }
    };
    let status = move || match p.read_value().status {
        Status::Funded => m().status_funded,
        Status::Pipeline => m().status_pipeline,
    };
    let list_or_unpublished = move |items: &[String]| {
        if items.is_empty() {
            m().not_published.to_string()
        } else {
            items.join(", ")
        }
    };
    let countries = move || list_or_unpublished(&p.read_value().countries);
    let entities = move || list_or_unpublished(&p.read_value().un_entities);
    let budget = move || match p.read_value().budget {
        Some(b) => format::money(i18n.locale(), b),
        None => m().not_published.to_string(),
    };
    let objectives = move || {
        let p = p.read_value();
        if p.gcm_objectives.is_empty() {
            m().not_published.to_string()
        } else {
            p.gcm_objectives.iter().map(|o| format::number(i18n.locale(), u64::from(o.number()))).collect::<Vec<_>>().join(", ")
        }
    };
    let unpublished = move |empty: bool| if empty { "unpublished" } else { "" };
    let pv = p.read_value();
    let (no_countries, no_entities, no_budget, no_objectives) =
        (pv.countries.is_empty(), pv.un_entities.is_empty(), pv.budget.is_none(), pv.gcm_objectives.is_empty());
    let status_class = format!("status status-{}", pv.status.as_str());
    drop(pv);
    view! {
        <tr>
            <th scope="row">{title}</th>
            <td><span class=status_class>{status}</span></td>
            <td class=unpublished(no_countries)>{countries}</td>
            <td class=unpublished(no_entities)>{entities}</td>
            <td class=unpublished(no_budget)>{budget}</td>
            <td class=unpublished(no_objectives)>{objectives}</td>
        </tr>
    }
}
