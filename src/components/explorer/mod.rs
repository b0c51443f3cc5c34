//! The explorer over a snapshot: every programme, with filters, search, sort, charts,
//! what-if and exports, the whole view state in the URL. The explorer page shows it for the
//! published data, the data-file checker for a file being checked.

mod charts;
mod filters;
mod results;
mod state;
mod what_if;

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::explorer::catalogue::Catalogue;
use crate::domain::fund::FundSnapshot;
use crate::i18n::locale::use_i18n;
use crate::i18n::Arg;

pub use state::ExplorerState;

/// Marks an explorer shown as a preview of a file being checked: its programme titles are
/// not links, since the programme pages show the published file.
#[derive(Clone, Copy)]
pub struct Preview;

#[component]
pub fn Explorer(snapshot: Arc<FundSnapshot>) -> impl IntoView {
    let catalogue = Arc::new(Catalogue::new(snapshot));
    let state = ExplorerState::new(catalogue);
    provide_context(state);
    view! {
        <LinkNotes/>
        <Counts/>
        <filters::Filters/>
        <results::Results/>
        <charts::Charts/>
        <what_if::WhatIfPanel/>
    }
}

/// "7 of 12 funded programmes match": the headline counts follow the filters.
#[component]
fn Counts() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<ExplorerState>();
    let totals = state.catalogue.with_value(|c| c.snapshot.counted());
    let funded = move || {
        i18n.fill(
            |m| m.explorer_counts_funded(),
            &[("shown", Arg::Count(state.tally.get().funded)), ("total", Arg::Count(totals.funded))],
        )
    };
    let pipeline = move || {
        i18n.fill(
            |m| m.explorer_counts_pipeline(),
            &[("shown", Arg::Count(state.tally.get().pipeline)), ("total", Arg::Count(totals.pipeline))],
        )
    };
    view! {
        <ul class="explorer-counts">
            <li>{funded}</li>
            <li>{pipeline}</li>
        </ul>
    }
}

/// Parts of the link that were not understood, shown (and dismissable), never a crash.
#[component]
fn LinkNotes() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<ExplorerState>();
    let text = move || {
        let notes = state.notes.get();
        if notes.is_empty() {
            return None;
        }
        let items: Vec<String> = notes
            .iter()
            .map(|n| i18n.fill(|m| m.link_note_item(), &[("key", Arg::Text(&n.key)), ("value", Arg::Text(&n.value))]))
            .collect();
        Some(i18n.fill(|m| m.link_notes(), &[("items", Arg::Text(&items.join(", ")))]))
    };
    move || {
        text().map(|t| {
            view! {
                <div class="notice" role="status">
                    <p>{t}</p>
                    <button type="button" class="secondary" on:click=move |_| state.notes.set(Vec::new())>
                        {i18n.t(|m| m.dismiss())}
                    </button>
                </div>
            }
        })
    }
}
