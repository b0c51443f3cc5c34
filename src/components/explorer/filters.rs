//! The filter form: search, five filters and the sort, each a labelled native control.

use leptos::prelude::*;

use crate::domain::explorer::query::{Facet, Sort, SortKey, NOT_PUBLISHED};
use crate::domain::fund::Status;
use crate::domain::gcm::{Objective, Roundtable};
use crate::i18n::locale::use_i18n;
use crate::i18n::{Arg, Messages};

use super::ExplorerState;

const ANY: &str = "";

fn facet_value(f: &Option<Facet<String>>) -> String {
    match f {
        None => ANY.into(),
        Some(Facet::NotPublished) => NOT_PUBLISHED.into(),
        Some(Facet::Is(v)) => v.clone(),
    }
}

fn facet_from(value: String) -> Option<Facet<String>> {
    match value.as_str() {
        ANY => None,
        NOT_PUBLISHED => Some(Facet::NotPublished),
        _ => Some(Facet::Is(value)),
    }
}

fn sort_label(m: &Messages, s: Sort) -> &'static str {
    match (s.key, s.descending) {
        (SortKey::File, _) => m.sort_file(),
        (SortKey::Title, false) => m.sort_title(),
        (SortKey::Title, true) => m.sort_title_desc(),
        (SortKey::Budget, true) => m.sort_budget_desc(),
        (SortKey::Budget, false) => m.sort_budget(),
        (SortKey::Status, false) => m.sort_status(),
        (SortKey::Status, true) => m.sort_status_desc(),
    }
}

/// A `<select>` over text values from the data, plus "Any" and "Not published".
#[component]
fn FacetSelect(
    id: &'static str,
    label: fn(&Messages) -> &'static str,
    choices: Vec<String>,
    get: fn(&crate::domain::explorer::query::ExplorerQuery) -> &Option<Facet<String>>,
    set: fn(&mut crate::domain::explorer::query::ExplorerQuery, Option<Facet<String>>),
    /// How a value from the data is shown in the current language (the value itself if none).
    #[prop(optional)]
    term: Option<fn(&Messages, &str) -> String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<ExplorerState>();
    let m = move || i18n.m();
    // A memo, so that typing in the search box does not re-run every option's check.
    let current = Memo::new(move |_| state.query.with(|q| facet_value(get(q))));
    let current = move || current.get();
    let options = choices
        .into_iter()
        .map(|c| {
            let value = c.clone();
            let text = move || match term {
                Some(show) => show(m(), &c),
                None => c.clone(),
            };
            view! { <option value=value.clone() selected=move || current() == value>{text}</option> }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for=id>{move || label(m())}</label>
            <select
                id=id
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    state.choose(|q| {
                        set(q, facet_from(value));
                        q.page = 1;
                    });
                }
            >
                <option value=ANY selected=move || current().is_empty()>{i18n.t(|m| m.filter_any())}</option>
                {options}
                <option value=NOT_PUBLISHED selected=move || current() == NOT_PUBLISHED>{i18n.t(|m| m.filter_not_published())}</option>
            </select>
        </div>
    }
}

#[component]
pub fn Filters() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<ExplorerState>();
    let m = move || i18n.m();
    let (areas, regions, entities) =
        state.catalogue.with_value(|c| (c.areas.clone(), c.regions.clone(), c.entities.clone()));

    let status_value =
        Memo::new(move |_| state.query.with(|q| q.status.map(Status::as_str).unwrap_or(ANY).to_string()));
    let status_value = move || status_value.get();
    let objective_value = Memo::new(move |_| {
        state.query.with(|q| match q.objective {
            None => ANY.to_string(),
            Some(Facet::NotPublished) => NOT_PUBLISHED.to_string(),
            Some(Facet::Is(o)) => o.number().to_string(),
        })
    });
    let objective_value = move || objective_value.get();
    let objective_groups = Roundtable::ALL
        .into_iter()
        .map(|rt| {
            let options = rt
                .objectives()
                .iter()
                .filter_map(|&n| Objective::new(u64::from(n)))
                .map(|o| {
                    let value = o.number().to_string();
                    let v2 = value.clone();
                    view! {
                        <option value=value selected=move || objective_value() == v2>
                            {move || format!("{}. {}", o.number(), m().objective(o))}
                        </option>
                    }
                })
                .collect_view();
            view! {
                <optgroup label=move || i18n.fill(|m| m.roundtable_name(), &[("number", Arg::Count(u64::from(rt.number())))])>
                    {options}
                </optgroup>
            }
        })
        .collect_view();
    let sort_value = Memo::new(move |_| state.query.with(|q| q.sort.as_param()));
    let sort_value = move || sort_value.get();
    let sort_options = Sort::CHOICES
        .into_iter()
        .map(|s| view! { <option value=s.as_param() selected=move || sort_value() == s.as_param()>{move || sort_label(m(), s)}</option> })
        .collect_view();

    let filtered = Memo::new(move |_| state.query.with(|q| q.is_filtered()));
    view! {
        <section class="filters">
            <h2 id="filters-heading">{i18n.t(|m| m.filters_heading())}</h2>
            <form role="search" class="filter-grid" on:submit=move |ev| {
                ev.prevent_default();
                state.commit();
            }>
                <div class="field field-wide">
                    <label for="search">{i18n.t(|m| m.search_label())}</label>
                    <div class="search-row">
                    <input
                        id="search"
                        type="search"
                        autocomplete="off"
                        spellcheck="false"
                        maxlength="200"
                        prop:value=move || state.query.with(|q| q.text.clone())
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            state.type_in(|q| {
                                q.text = text;
                                q.page = 1;
                            });
                        }
                    />
                    // The list follows typing; the button (or Enter) records the search at once.
                    <button type="submit" class="secondary">{i18n.t(|m| m.search_submit())}</button>
                    </div>
                </div>
                <div class="field">
                    <label for="filter-status">{i18n.t(|m| m.filter_status())}</label>
                    <select
                        id="filter-status"
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            state.choose(|q| {
                                q.status = Status::parse(&value);
                                q.page = 1;
                            });
                        }
                    >
                        <option value=ANY selected=move || status_value().is_empty()>{i18n.t(|m| m.filter_any())}</option>
                        <option value="funded" selected=move || status_value() == "funded">{i18n.t(|m| m.status_funded())}</option>
                        <option value="pipeline" selected=move || status_value() == "pipeline">{i18n.t(|m| m.status_pipeline())}</option>
                    </select>
                </div>
                <FacetSelect id="filter-area" label=|m| m.filter_area() choices=areas get=|q| &q.area set=|q, v| q.area = v/>
                <FacetSelect id="filter-region" label=|m| m.filter_region() choices=regions get=|q| &q.region set=|q, v| q.region = v term=Messages::region/>
                <div class="field">
                    <label for="filter-objective">{i18n.t(|m| m.filter_objective())}</label>
                    <select
                        id="filter-objective"
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            state.choose(|q| {
                                q.objective = match value.as_str() {
                                    ANY => None,
                                    NOT_PUBLISHED => Some(Facet::NotPublished),
                                    n => n.parse::<u64>().ok().and_then(Objective::new).map(Facet::Is),
                                };
                                q.page = 1;
                            });
                        }
                    >
                        <option value=ANY selected=move || objective_value().is_empty()>{i18n.t(|m| m.filter_any())}</option>
                        {objective_groups}
                        <option value=NOT_PUBLISHED selected=move || objective_value() == NOT_PUBLISHED>{i18n.t(|m| m.filter_not_published())}</option>
                    </select>
                </div>
                <FacetSelect id="filter-entity" label=|m| m.filter_entity() choices=entities get=|q| &q.entity set=|q, v| q.entity = v/>
                <div class="field">
                    <label for="sort">{i18n.t(|m| m.sort_label())}</label>
                    <select
                        id="sort"
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            state.choose(|q| q.sort = Sort::parse(&value).unwrap_or_default());
                        }
                    >
                        {sort_options}
                    </select>
                </div>
                <Show when=move || filtered.get()>
                    <div class="field field-action">
                        <button type="button" class="secondary" on:click=move |_| state.choose(|q| *q = q.cleared())>
                            {i18n.t(|m| m.clear_filters())}
                        </button>
                    </div>
                </Show>
            </form>
        </section>
    }
}
