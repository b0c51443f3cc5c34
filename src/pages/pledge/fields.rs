//! Form fields in the GOV.UK manner: a label, an optional hint, an inline error when the
//! step was submitted with a problem, and the value exactly as typed (never cleared).

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use crate::domain::pledge::PledgeDraft;
use crate::i18n::Messages;
use crate::locale::use_i18n;

use super::messages::error_message;
use super::state::use_wizard;

pub type Getter = fn(&PledgeDraft) -> &String;
pub type Setter = fn(&mut PledgeDraft, String);
pub type Text = fn(&Messages) -> &'static str;

/// Moves focus to a field (from the error summary's links), scrolling it into view.
pub fn focus_field(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        el.scroll_into_view();
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// The inline error for a field, if the last Continue found one.
#[component]
pub fn InlineError(#[prop(into)] id: String) -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let error_id = format!("{id}-error");
    let field = id.clone();
    let message = move || {
        w.errors.with(|errs| errs.iter().find(|e| e.field == field).map(|e| error_message(i18n.locale(), e)))
    };
    move || {
        message().map(|text| {
            view! {
                <p class="error-message" id=error_id.clone()>
                    <span class="visually-hidden">{i18n.t(|m| m.wizard_error_inline_prefix)}" "</span>
                    {text}
                </p>
            }
        })
    }
}

fn described_by(id: &str, has_hint: bool, has_error: bool) -> Option<String> {
    let mut parts = Vec::new();
    if has_hint {
        parts.push(format!("{id}-hint"));
    }
    if has_error {
        parts.push(format!("{id}-error"));
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

#[component]
pub fn TextField(
    id: &'static str,
    label: Text,
    #[prop(optional)] hint: Option<Text>,
    get: Getter,
    set: Setter,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] optional: bool,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(default = "field")] class: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let has_error = move || w.error_for(id).is_some();
    view! {
        <div class=move || if has_error() { format!("{class} field-error") } else { class.to_string() }>
            <label for=id>
                {i18n.t(label)}
                {optional.then(|| view! { " " <span class="optional">{i18n.t(|m| m.wizard_optional)}</span> })}
            </label>
            {hint.map(|h| view! { <p class="hint" id=format!("{id}-hint")>{i18n.t(h)}</p> })}
            <InlineError id=id/>
            <input
                id=id
                name=id
                type=kind
                autocomplete=autocomplete.unwrap_or("off")
                aria-invalid=move || if has_error() { "true" } else { "false" }
                aria-describedby=move || described_by(id, hint.is_some(), has_error())
                prop:value=move || w.draft.with(|d| get(d).clone())
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    w.edit(|d| set(d, value));
                }
            />
        </div>
    }
}

/// A textarea; with `limits`, a live character counter (announced politely).
#[component]
pub fn TextArea(
    id: &'static str,
    label: Text,
    #[prop(optional)] hint: Option<Text>,
    get: Getter,
    set: Setter,
    #[prop(optional)] limits: Option<(usize, usize)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let has_error = move || w.error_for(id).is_some();
    let count = Memo::new(move |_| w.draft.with(|d| get(d).chars().count()));
    let counter = move || {
        let (min, max) = limits?;
        let n = count.get();
        Some(if n > max {
            i18n.fill(|m| m.counter_too_many, &[("count", crate::i18n::Arg::Count((n - max) as u64))])
        } else if n < min {
            i18n.fill(|m| m.counter_needed, &[("count", crate::i18n::Arg::Count((min - n) as u64))])
        } else {
            i18n.fill(|m| m.counter_remaining, &[("count", crate::i18n::Arg::Count((max - n) as u64))])
        })
    };
    view! {
        <div class=move || if has_error() { "field field-error" } else { "field" }>
            <label for=id>{i18n.t(label)}</label>
            {hint.map(|h| view! { <p class="hint" id=format!("{id}-hint")>{i18n.t(h)}</p> })}
            <InlineError id=id/>
            <textarea
                id=id
                name=id
                rows="6"
                aria-invalid=move || if has_error() { "true" } else { "false" }
                aria-describedby=move || {
                    let mut ids = described_by(id, hint.is_some(), has_error()).unwrap_or_default();
                    if limits.is_some() {
                        if !ids.is_empty() {
                            ids.push(' ');
                        }
                        ids.push_str(&format!("{id}-counter"));
                    }
                    ids
                }
                prop:value=move || w.draft.with(|d| get(d).clone())
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    w.edit(|d| set(d, value));
                }
            ></textarea>
            {limits.map(|_| view! {
                <p class="hint counter" id=format!("{id}-counter") aria-live="polite">{counter}</p>
            })}
        </div>
    }
}

/// Radio buttons in a fieldset. The first radio carries the group's id, so the error
/// summary can link to it.
#[component]
pub fn Radios(
    id: &'static str,
    legend: Text,
    #[prop(optional)] hint: Option<Text>,
    options: Vec<(&'static str, Text, Option<Text>)>,
    get: Getter,
    set: Setter,
    #[prop(optional)] children: Option<ChildrenFn>,
) -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let has_error = move || w.error_for(id).is_some();
    let radios = options
        .into_iter()
        .enumerate()
        .map(|(i, (value, label, option_hint))| {
            // Not "{id}-{value}": "recipient-other" is also the id of the text field it reveals.
            let input_id = if i == 0 { id.to_string() } else { format!("{id}-option-{value}") };
            let hint_id = format!("{input_id}-hint");
            view! {
                <div class="choice">
                    <input
                        type="radio"
                        id=input_id.clone()
                        name=id
                        value=value
                        aria-describedby=option_hint.map(|_| hint_id.clone())
                        prop:checked=move || w.draft.with(|d| get(d) == value)
                        on:change=move |_| w.edit(|d| set(d, value.to_string()))
                    />
                    <label for=input_id>{i18n.t(label)}</label>
                    {option_hint.map(|h| view! { <p class="hint" id=hint_id>{i18n.t(h)}</p> })}
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=move || if has_error() { "field field-error" } else { "field" }>
            <fieldset aria-describedby=move || described_by(id, hint.is_some(), has_error())>
                <legend>{i18n.t(legend)}</legend>
                {hint.map(|h| view! { <p class="hint" id=format!("{id}-hint")>{i18n.t(h)}</p> })}
                <InlineError id=id/>
                <div class="choices">{radios}</div>
            </fieldset>
            {children.map(|c| c())}
        </div>
    }
}
