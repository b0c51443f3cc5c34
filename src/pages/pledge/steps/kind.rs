//! Section III of the official form: the nature of the pledge, several may apply.

use leptos::prelude::*;

use crate::domain::pledge::field::Field;
use crate::domain::pledge::{Choice, Nature};
use crate::i18n::locale::use_i18n;

use super::super::messages::Labelled;
use super::super::state::use_wizard;
use crate::components::form::fields::{Aria, FieldShell};

#[component]
pub fn KindStep() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let boxes = Nature::ALL
        .iter()
        .map(|&n| {
            let id = format!("nature-{}", n.as_str());
            // Not "{id}-hint": the first box carries the group's id, whose hint that is.
            let hint_id = format!("{id}-choice-hint");
            view! {
                <div class="choice">
                    <input type="checkbox" id=id.clone() name="natures[]" value=n.as_str() aria-describedby=hint_id.clone()
                        prop:checked=w.slice(move |d| d.has_nature(n))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            w.edit(|d| d.set_nature(n, on));
                        }/>
                    <label for=id>{i18n.t(n.label())}</label>
                    <p class="hint" id=hint_id>{n.hint().map(|h| i18n.t(h))}</p>
                </div>
            }
        })
        .collect_view();
    let control: Box<dyn FnOnce(Aria) -> AnyView> =
        Box::new(move |_| view! { <div class="choices">{boxes}</div> }.into_any());
    view! {
        <FieldShell field=Field::Natures label=|m| m.nature_legend() hint=|m| m.nature_hint() group=true control=control/>
    }
}
