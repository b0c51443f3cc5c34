//! Where the visitor is among a wizard's steps ("Step 3 of 9" and the list of steps).

use leptos::prelude::*;

use crate::i18n::locale::use_i18n;
use crate::i18n::{Arg, Messages};

/// `current` is the step's number (from 1) of `total`; `title` names step `n`.
#[component]
pub fn StepIndicator(current: usize, total: usize, title: fn(&Messages, usize) -> &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let items = (1..=total)
        .map(|n| {
            let state = if n == current {
                "current"
            } else if n < current {
                "done"
            } else {
                "todo"
            };
            view! {
                <li class=state aria-current=(n == current).then_some("step")>
                    <span class="step-number">{n}</span>
                    <span class="step-name">{move || title(i18n.m(), n)}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="steps no-print" aria-label=i18n.t(|m| m.wizard_steps_label())>
            <p class="step-of">
                {move || i18n.fill(|m| m.wizard_step_of(), &[("step", Arg::Count(current as u64)), ("total", Arg::Count(total as u64))])}
            </p>
            <ol>{items}</ol>
        </nav>
    }
}
