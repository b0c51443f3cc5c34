//! Section III of the official form: the nature of the pledge, several may apply.

use leptos::prelude::*;

use crate::domain::pledge::field::Field;
use crate::domain::pledge::{Choice, Nature};
use crate::i18n::locale::use_i18n;

use super::super::fields::InlineError;
use super::super::messages::{nature_hint, nature_label};
use super::super::state::use_wizard;

#[component]
pub fn NatureStep() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let has_error = move || w.error_for(Field::Natures).is_some();
    let boxes = Nature::ALL
        .iter()
        .map(|&n| {
            let id = format!("nature-{}", n.as_str());
            let hint_id = format!("{id}-hint");
            view! {
                <div class="choice">
                    <input type="checkbox" id=id.clone() name="natures[]" value=n.as_str() aria-describedby=hint_id.clone()
                        prop:checked=w.slice(move |d| d.has_nature(n))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            w.edit(|d| d.set_nature(n, on));
                        }/>
                    <label for=id>{move || nature_label(i18n.m(), n)}</label>
                    <p class="hint" id=hint_id>{move || nature_hint(i18n.m(), n)}</p>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=move || if has_error() { "field field-error" } else { "field" }>
            <fieldset aria-describedby=move || if has_error() { format!("natures-hint {}-error", Field::Natures.id()) } else { "natures-hint".to_string() }>
                <legend>{i18n.t(|m| m.nature_legend())}</legend>
                <p class="hint" id="natures-hint">{i18n.t(|m| m.nature_hint())}</p>
                <InlineError field=Field::Natures/>
                <div class="choices">{boxes}</div>
            </fieldset>
        </div>
    }
}
