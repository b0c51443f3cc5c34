//! The matching programmes: a live count, one page of the table, pages, and downloads of
//! the whole matching view.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::browser::download::download;
use crate::domain::explorer::export::{file_name, to_csv, to_json};
use crate::i18n::format;
use crate::i18n::locale::use_i18n;
use crate::i18n::Arg;

use super::state::PAGE_SIZE;
use super::ExplorerState;

#[component]
pub fn Results() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<ExplorerState>();
    let count = move || state.results.with(|r| r.len());
    let live = move || i18n.fill(|m| m.results_live(), &[("count", Arg::Count(count() as u64))]);

    view! {
        <section class="results">
            <h2 id="results-heading" class="visually-hidden">{i18n.t(|m| m.explorer_heading())}</h2>
            <p class="results-count" role="status" aria-live="polite" aria-atomic="true">{live}</p>
            <Show
                when=move || { count() > 0 }
                fallback=move || view! {
                    <div class="empty">
                        <p>{i18n.t(|m| m.no_results())}</p>
                        <button type="button" on:click=move |_| state.choose(|q| *q = q.cleared())>{i18n.t(|m| m.clear_filters())}</button>
                    </div>
                }
            >
                <Exports/>
                <Table/>
                <Pages/>
            </Show>
        </section>
    }
}

#[component]
fn Table() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<ExplorerState>();
    let page_rows = Memo::new(move |_| {
        let page = state.page();
        state.results.with(|r| r.iter().skip((page - 1) * PAGE_SIZE).take(PAGE_SIZE).copied().collect::<Vec<u32>>())
    });
    let range = move || {
        let total = state.results.with(|r| r.len());
        let from = (state.page() - 1) * PAGE_SIZE + 1;
        let to = (from + PAGE_SIZE - 1).min(total);
        i18n.fill(
            |m| m.results_range(),
            &[("from", Arg::Count(from as u64)), ("to", Arg::Count(to as u64)), ("count", Arg::Count(total as u64))],
        )
    };
    view! {
        <section class="table-scroll" aria-labelledby="programmes-caption" tabindex="0">
            <table class="programmes">
                <caption id="programmes-caption">{range}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.t(|m| m.col_title())}</th>
                        <th scope="col">{i18n.t(|m| m.col_status())}</th>
                        <th scope="col">{i18n.t(|m| m.col_countries())}</th>
                        <th scope="col">{i18n.t(|m| m.col_region())}</th>
                        <th scope="col">{i18n.t(|m| m.col_un_entities())}</th>
                        <th scope="col" class="num">{i18n.t(|m| m.col_budget())}</th>
                        <th scope="col">{i18n.t(|m| m.col_objectives())}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || page_rows.get() key=|i| *i let:index>
                        <Row index=index/>
                    </For>
                </tbody>
            </table>
        </section>
    }
}

#[component]
fn Row(index: u32) -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<ExplorerState>();
    let p = state.catalogue.with_value(|c| c.programme(index).clone());
    let p = StoredValue::new(p);
    let m = move || i18n.m();
    let unpublished = |missing: bool| if missing { "unpublished" } else { "" };
    let list =
        move |items: &[String]| if items.is_empty() { m().not_published().to_string() } else { items.join(", ") };
    // From the URL rather than the live query: the URL follows typing after a pause, so a
    // keystroke does not rewrite fifty links.
    let search = use_location().search;
    let href = move || {
        let s = search.get();
        let q = if s.is_empty() { String::new() } else { format!("?{}", s.trim_start_matches('?')) };
        crate::browser::links::app_path(
            &format!("/programmes/{}{q}", crate::domain::safe_url::encode(&p.read_value().id)),
            i18n.locale(),
        )
    };
    let title = move || format::programme_title(i18n.locale(), &p.read_value());
    let preview = use_context::<super::Preview>().is_some();
    let (status, no_countries, no_region, no_entities, no_budget, no_objectives) = p.with_value(|p| {
        (
            p.status,
            p.countries.is_empty(),
            p.region.is_none(),
            p.un_entities.is_empty(),
            p.budget.is_none(),
            p.gcm_objectives.is_empty(),
        )
    });
    view! {
        <tr>
            <th scope="row">
                // The data's own title, isolated so its punctuation stays put on right-to-left pages.
                {if preview { view! { <bdi>{title}</bdi> }.into_any() } else { view! { <A href=href><bdi>{title}</bdi></A> }.into_any() }}
            </th>
            <td><span class=format!("status status-{}", status.as_str())>{move || m().status(status)}</span></td>
            <td class=unpublished(no_countries)><bdi>{move || list(&p.read_value().countries)}</bdi></td>
            <td class=unpublished(no_region)>{move || p.read_value().region.as_deref().map(|r| m().region(r)).unwrap_or_else(|| m().not_published().to_string())}</td>
            <td class=unpublished(no_entities)><bdi>{move || list(&p.read_value().un_entities)}</bdi></td>
            <td class=format!("num {}", unpublished(no_budget))>
                {move || match p.read_value().budget {
                    Some(b) => format::money(i18n.locale(), b),
                    None => m().not_published().to_string(),
                }}
            </td>
            <td class=unpublished(no_objectives)>
                {move || {
                    let p = p.read_value();
                    if p.gcm_objectives.is_empty() {
                        m().not_published().to_string()
                    } else {
                        p.gcm_objectives.iter().map(|o| o.number().to_string()).collect::<Vec<_>>().join(", ")
                    }
                }}
            </td>
        </tr>
    }
}

#[component]
fn Pages() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<ExplorerState>();
    let status = move || {
        i18n.fill(
            |m| m.page_status(),
            &[("page", Arg::Count(state.page() as u64)), ("pages", Arg::Count(state.pages() as u64))],
        )
    };
    let go = move |delta: isize| {
        let target = (state.page() as isize + delta).clamp(1, state.pages() as isize) as usize;
        state.choose(|q| q.page = target);
        if let Some(table) = document().get_element_by_id("programmes-caption") {
            table.scroll_into_view();
        }
    };
    view! {
        <Show when=move || { state.pages() > 1 }>
            <nav class="pages" aria-label=i18n.t(|m| m.page_nav_label())>
                <button type="button" class="secondary" disabled=move || { state.page() <= 1 } on:click=move |_| go(-1)>
                    {i18n.t(|m| m.page_previous())}
                </button>
                <span>{status}</span>
                <button type="button" class="secondary" disabled=move || { state.page() >= state.pages() } on:click=move |_| go(1)>
                    {i18n.t(|m| m.page_next())}
                </button>
            </nav>
        </Show>
    }
}

#[component]
fn Exports() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<ExplorerState>();
    let failed = RwSignal::new(false);
    let export = move |json: bool| {
        let locale = i18n.locale();
        let result = state.catalogue.with_value(|c| {
            let s = &c.snapshot;
            state.results.with_untracked(|rows| {
                let programmes = rows.iter().map(|&i| c.programme(i));
                if json {
                    let q = state.query.get_untracked();
                    download(&file_name(s, "json"), "application/json", &to_json(programmes, s, &q))
                } else {
                    download(
                        &file_name(s, "csv"),
                        "text/csv;charset=utf-8",
                        &to_csv(programmes, s, locale.messages().not_published()),
                    )
                }
            })
        });
        failed.set(result.is_err());
    };
    let note = move || i18n.fill(|m| m.export_note(), &[("count", Arg::Count(state.results.with(|r| r.len()) as u64))]);
    view! {
        <div class="exports">
            <h3 id="exports-heading">{i18n.t(|m| m.export_heading())}</h3>
            <p>{note}</p>
            <div class="actions">
                <button type="button" on:click=move |_| export(false)>{i18n.t(|m| m.export_csv())}</button>
                <button type="button" on:click=move |_| export(true)>{i18n.t(|m| m.export_json())}</button>
            </div>
            <Show when=move || failed.get()>
                <p class="error-message" role="alert">{i18n.t(|m| m.export_failed())}</p>
            </Show>
        </div>
    }
}
