//! Where the visitor is among the wizard's steps ("Step 3 of 9" and the list of steps).

use leptos::prelude::*;

use crate::domain::pledge::step::Step;
use crate::i18n::locale::use_i18n;
use crate::i18n::Arg;

use super::messages::step_title;

#[component]
pub fn StepIndicator(current: Step) -> impl IntoView {
    let i18n = use_i18n();
    let items = Step::ALL
        .into_iter()
        .map(|s| {
            let state = if s == current {
                "current"
            } else if s.number() < current.number() {
                "done"
            } else {
                "todo"
            };
            view! {
                <li class=state aria-current=(s == current).then_some("step")>
                    <span class="step-number">{s.number()}</span>
                    <span class="step-name">{move || step_title(i18n.m(), s)}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="steps no-print" aria-label=i18n.t(|m| m.wizard_steps_label())>
            <p class="step-of">
                {move || i18n.fill(|m| m.wizard_step_of(), &[("step", Arg::Count(current.number() as u64)), ("total", Arg::Count(Step::ALL.len() as u64))])}
            </p>
            <ol>{items}</ol>
        </nav>
    }
}
