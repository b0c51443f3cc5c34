//! "Check your answers": every answer as a row of a summary list, each (when it can be
//! changed) with a Change link whose hidden words name the question.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::locale::use_i18n;
use crate::i18n::Arg;

/// One answer: the question's words, the answer as text, and where to change it.
pub struct SummaryRow {
    pub label: String,
    pub value: String,
    pub change: Option<String>,
}

#[component]
pub fn SummaryList(rows: Vec<SummaryRow>) -> impl IntoView {
    let i18n = use_i18n();
    let items = rows
        .into_iter()
        .map(|SummaryRow { label, value, change }| {
            let hidden_label = i18n.fill(|m| m.review_change_label(), &[("field", Arg::Text(&label))]);
            let empty = value.trim().is_empty();
            view! {
                <div class="summary-row">
                    <dt>{label}</dt>
                    <dd class=if empty { "unpublished" } else { "answer" }>
                        {if empty { i18n.m().review_not_answered().to_string() } else { value }}
                    </dd>
                    {change.map(|href| view! {
                        <dd class="change no-print">
                            <A href=href attr:aria-label=hidden_label>{i18n.t(|m| m.review_change())}</A>
                        </dd>
                    })}
                </div>
            }
        })
        .collect_view();
    view! { <dl class="summary-list">{items}</dl> }
}
