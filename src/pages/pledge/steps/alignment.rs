//! Section IV of the official form: the main three GCM objectives (advice, not a limit),
//! and, optionally, the guiding principles.

use leptos::prelude::*;

use crate::domain::gcm::{Objective, Principle, Roundtable};
use crate::domain::pledge::field::Field;
use crate::domain::pledge::principle_key;
use crate::domain::pledge::rules::objectives_over_advice;
use crate::domain::text_fold::fold;
use crate::i18n::locale::use_i18n;
use crate::i18n::Arg;

use super::super::state::use_wizard;
use crate::components::form::fields::{Aria, FieldShell};

#[component]
pub fn AlignmentStep() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let filter = RwSignal::new(String::new());
    let selected_count = w.slice(|d| d.objective_list().len() as u64);
    // More than the main three is advice, never an error: the domain's rule, said as a note.
    let over_advice = w.slice(objectives_over_advice);
    let groups = Roundtable::ALL
        .into_iter()
        .map(|rt| {
            // A name per roundtable: checkboxes that share a name belong in one group.
            let name = format!("objectives-roundtable-{}[]", rt.number());
            let boxes = rt
                .objectives()
                .iter()
                .filter_map(|&n| Objective::new(u64::from(n)))
                .map(|o| {
                    let n = o.number();
                    let id = format!("objective-{n}");
                    let checked = w.slice(move |d| d.objectives.contains(&n));
                    let visible = move || {
                        let f = fold(filter.get().trim());
                        f.is_empty() || checked.get() || fold(&format!("{n} {}", i18n.m().objective(o))).contains(&f)
                    };
                    view! {
                        <div class="choice" hidden=move || !visible()>
                            <input type="checkbox" id=id.clone() name=name.clone() value=n
                                prop:checked=checked
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    w.edit(|d| {
                                        d.objectives.retain(|&x| x != n);
                                        if on { d.objectives.push(n); d.objectives.sort_unstable(); }
                                    });
                                }/>
                            <label for=id>{move || format!("{n}. {}", i18n.m().objective(o))}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="objective-group">
                    <legend>{move || i18n.fill(|m| m.roundtable_name(), &[("number", Arg::Count(u64::from(rt.number())))])}</legend>
                    {boxes}
                </fieldset>
            }
        })
        .collect_view();
    let principles = Principle::ALL
        .into_iter()
        .map(|p| {
            let key = principle_key(p);
            let id = format!("principle-{key}");
            let checked = w.slice(move |d| d.principles.contains(&p));
            view! {
                <div class="choice">
                    <input type="checkbox" id=id.clone() name="principles[]" value=key
                        prop:checked=checked
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            w.edit(|d| d.set_principle(p, on));
                        }/>
                    <label for=id>{move || i18n.m().principle(p)}</label>
                </div>
            }
        })
        .collect_view();
    let objectives: Box<dyn FnOnce(Aria) -> AnyView> = Box::new(move |_| {
        view! {
            <div class="field">
                <label for="objective-search">{i18n.t(|m| m.align_search())}</label>
                <input id="objective-search" type="search" autocomplete="off"
                    prop:value=move || filter.get()
                    on:input=move |ev| filter.set(event_target_value(&ev))/>
            </div>
            <p class="hint" aria-live="polite">{move || i18n.fill(|m| m.align_selected(), &[("count", Arg::Count(selected_count.get()))])}</p>
            {move || over_advice.get().then(|| view! {
                <p class="notice soft-note">{i18n.fill(|m| m.align_over_three(), &[("count", Arg::Count(selected_count.get()))])}</p>
            })}
            {groups}
        }
        .into_any()
    });
    let principles: Box<dyn FnOnce(Aria) -> AnyView> =
        Box::new(move |_| view! { <div class="choices">{principles}</div> }.into_any());
    view! {
        <FieldShell field=Field::Objectives label=|m| m.align_objectives() hint=|m| m.align_objectives_hint() group=true control=objectives/>
        <FieldShell field=Field::Principles label=|m| m.align_principles() hint=|m| m.align_principles_hint() optional=true group=true control=principles/>
    }
}
