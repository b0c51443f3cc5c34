//! Form fields in the GOV.UK manner: a label, an optional hint, an inline error when the
//! step was submitted with a problem, and the value exactly as typed (never cleared).

use leptos::prelude::*;

use crate::domain::country;
use crate::domain::date::{DatePart, DateParts};
use crate::domain::pledge::rules::Problem;
use crate::domain::pledge::Choice;
use crate::i18n::locale::use_i18n;
use crate::i18n::{format, Arg};
use crate::state::draft::use_draft;

use super::{error_message, Asked, Text};

/// How a control reads and writes its answer in the draft of its question's form.
pub type Getter<F> = fn(&<F as Asked>::Doc) -> &String;
pub type Setter<F> = fn(&mut <F as Asked>::Doc, String);
/// A getter and setter that may capture (a row's index).
pub type DynGetter<F> = std::sync::Arc<dyn Fn(&<F as Asked>::Doc) -> String + Send + Sync>;
pub type DynSetter<F> = std::sync::Arc<dyn Fn(&mut <F as Asked>::Doc, String) + Send + Sync>;

/// The inline error for a field, if the last Continue found one.
#[component]
pub fn InlineError<F: Asked>(field: F) -> impl IntoView {
    let i18n = use_i18n();
    let w = use_draft::<F::Doc>();
    let error_id = format!("{}-error", field.id());
    let message = move || w.error_of(field).map(|e| error_message(i18n.locale(), &e));
    move || {
        message().map(|text| {
            view! {
                <p class="error-message" id=error_id.clone()>
                    <span class="visually-hidden">{i18n.t(|m| m.wizard_error_inline_prefix())}" "</span>
                    {text}
                </p>
            }
        })
    }
}

fn field_class(base: &'static str, error: bool) -> String {
    if error {
        format!("{base} field-error")
    } else {
        base.to_string()
    }
}

#[component]
fn OptionalMark(optional: bool) -> impl IntoView {
    let i18n = use_i18n();
    optional.then(|| view! { " " <span class="optional">{i18n.t(|m| m.wizard_optional())}</span> })
}

/// What ties a control to its shell: `aria-invalid` while the field has an error, and
/// `aria-describedby` naming its hint, its error and anything else that describes it.
#[derive(Clone, Copy)]
pub struct Aria {
    pub invalid: Signal<&'static str>,
    pub described_by: Signal<Option<String>>,
}

/// What a field's shell shows around its control (see [`FieldShell`]).
struct Shell<F> {
    field: F,
    label: Option<Text>,
    hint: Option<Text>,
    optional: bool,
    class: &'static str,
    group: bool,
    also_described_by: Option<String>,
}

/// The one shell around every question's control: the field's box (marked while in error),
/// its label (a legend when the control is a group, such as radios), the optional mark, the
/// hint and the inline error. `control` is given the [`Aria`] to put on the control (or the
/// group's fieldset carries it). `label` is the question's words; without it, the field's
/// own (numbered for rows: "Name of partner 2").
#[component]
pub fn FieldShell<F: Asked>(
    field: F,
    #[prop(optional)] label: Option<Text>,
    #[prop(optional)] hint: Option<Text>,
    #[prop(optional)] optional: bool,
    #[prop(default = "field")] class: &'static str,
    /// The control is a group of controls, in a fieldset with a legend.
    #[prop(optional)]
    group: bool,
    control: Box<dyn FnOnce(Aria) -> AnyView>,
    /// Shown under the control: what a choice reveals.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    shell(Shell { field, label, hint, optional, class, group, also_described_by: None }, control, children)
}

fn shell<F: Asked>(shape: Shell<F>, control: Box<dyn FnOnce(Aria) -> AnyView>, children: Option<Children>) -> AnyView {
    let Shell { field, label, hint, optional, class, group, also_described_by } = shape;
    let i18n = use_i18n();
    let w = use_draft::<F::Doc>();
    let id = field.id();
    let has_error = Signal::derive(move || w.error_for(field).is_some());
    let described = id.clone();
    let aria = Aria {
        invalid: Signal::derive(move || if has_error.get() { "true" } else { "false" }),
        described_by: Signal::derive(move || {
            let ids: Vec<String> = [
                hint.map(|_| format!("{described}-hint")),
                has_error.get().then(|| format!("{described}-error")),
                also_described_by.clone(),
            ]
            .into_iter()
            .flatten()
            .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }),
    };
    let words = move || match label {
        Some(text) => text(i18n.m()).to_string(),
        None => field.label(i18n.locale()),
    };
    let hint = hint.map(|h| view! { <p class="hint" id=format!("{id}-hint")>{i18n.t(h)}</p> });
    let inner = if group {
        view! {
            <fieldset aria-describedby=aria.described_by>
                <legend>{words}<OptionalMark optional=optional/></legend>
                {hint}
                <InlineError field=field/>
                {control(aria)}
            </fieldset>
        }
        .into_any()
    } else {
        view! {
            <label for=id>{words}<OptionalMark optional=optional/></label>
            {hint}
            <InlineError field=field/>
            {control(aria)}
        }
        .into_any()
    };
    view! {
        <div class=move || field_class(class, has_error.get())>
            {inner}
            {children.map(|c| c())}
        </div>
    }
    .into_any()
}

#[component]
pub fn TextField<F: Asked>(
    field: F,
    label: Text,
    #[prop(optional)] hint: Option<Text>,
    get: Getter<F>,
    set: Setter<F>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] optional: bool,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(default = "field")] class: &'static str,
) -> impl IntoView {
    let w = use_draft::<F::Doc>();
    let value = w.slice(move |d| get(d).clone());
    let control =
        text_input(field, kind, None, "", autocomplete, value.into(), Callback::new(move |v| w.edit(|d| set(d, v))));
    shell(
        Shell { field, label: Some(label), hint, optional, class, group: false, also_described_by: None },
        control,
        None,
    )
}

/// A text box for one value in a row (a partner's e-mail, an instalment's year), labelled
/// with the field's own numbered words.
#[component]
pub fn RowText<F: Asked>(
    field: F,
    get: DynGetter<F>,
    set: DynSetter<F>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] class: &'static str,
    #[prop(optional)] optional: bool,
) -> impl IntoView {
    let w = use_draft::<F::Doc>();
    let value = w.slice(move |d| get(d));
    let on_input = Callback::new(move |v: String| {
        let set = set.clone();
        w.edit(move |d| set(d, v));
    });
    let control = text_input(field, kind, inputmode, class, None, value.into(), on_input);
    shell(
        Shell { field, label: None, hint: None, optional, class: "field", group: false, also_described_by: None },
        control,
        None,
    )
}

/// The one text box: its value as typed, every keystroke handed to `on_input`.
fn text_input<F: Asked>(
    field: F,
    kind: &'static str,
    inputmode: Option<&'static str>,
    class: &'static str,
    autocomplete: Option<&'static str>,
    value: Signal<String>,
    on_input: Callback<String>,
) -> Box<dyn FnOnce(Aria) -> AnyView> {
    Box::new(move |aria: Aria| {
        let id = field.id();
        view! {
            <input
                id=id.clone()
                name=id
                type=kind
                inputmode=inputmode
                class=(!class.is_empty()).then_some(class)
                autocomplete=autocomplete.unwrap_or("off")
                aria-invalid=aria.invalid
                aria-describedby=aria.described_by
                prop:value=value
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
        }
        .into_any()
    })
}

/// How long after the last keystroke the character count is announced.
const COUNT_PAUSE: std::time::Duration = std::time::Duration::from_millis(1000);

/// A count is worth announcing from nine tenths of the limit, and over it.
fn count_worth_announcing(n: usize, max: usize) -> bool {
    n * 10 >= max * 9
}

/// A textarea; with `limits`, the GOV.UK character count: the count is always visible, and
/// read out only after a pause in typing, near and over the limit, never on each keystroke.
#[component]
pub fn TextArea<F: Asked>(
    field: F,
    label: Text,
    #[prop(optional)] hint: Option<Text>,
    get: Getter<F>,
    set: Setter<F>,
    #[prop(optional)] optional: bool,
    #[prop(optional)] limits: Option<(usize, usize)>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let i18n = use_i18n();
    let w = use_draft::<F::Doc>();
    let id = field.id();
    let count = w.slice(move |d| get(d).chars().count());
    let count_text = move |n: usize| {
        let (min, max) = limits?;
        Some(if n > max {
            i18n.fill(|m| m.counter_too_many(), &[("count", Arg::Count((n - max) as u64))])
        } else if n < min {
            i18n.fill(|m| m.counter_needed(), &[("count", Arg::Count((min - n) as u64))])
        } else {
            i18n.fill(|m| m.counter_remaining(), &[("count", Arg::Count((max - n) as u64))])
        })
    };
    let announced = RwSignal::new(None::<String>);
    let pause = StoredValue::new(None::<TimeoutHandle>);
    let after_pause = move || {
        let Some((_, max)) = limits else { return };
        if let Some(h) = pause.get_value() {
            h.clear();
        }
        // The field may be gone when the pause ends (Continue pressed while typing): then
        // there is nothing to announce, and its signals must not be touched.
        let handle = set_timeout_with_handle(
            move || {
                if let Some(n) = count.try_get_untracked() {
                    let _ = announced.try_set(count_worth_announcing(n, max).then(|| count_text(n)).flatten());
                }
            },
            COUNT_PAUSE,
        );
        pause.set_value(handle.ok());
    };
    on_cleanup(move || {
        if let Some(Some(h)) = pause.try_get_value() {
            h.clear();
        }
    });
    let counter_id = format!("{id}-counter");
    let info_id = format!("{id}-info");
    let value = w.slice(move |d| get(d).clone());
    let control: Box<dyn FnOnce(Aria) -> AnyView> = Box::new(move |aria: Aria| {
        view! {
            <textarea
                id=id.clone()
                name=id
                rows="6"
                aria-invalid=aria.invalid
                aria-describedby=aria.described_by
                prop:value=value
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    w.edit(|d| set(d, value));
                    after_pause();
                }
            ></textarea>
            {limits.map(|(min, max)| view! {
                <p class="visually-hidden" id=info_id>
                    {move || i18n.fill(|m| m.counter_info(), &[("min", Arg::Count(min as u64)), ("max", Arg::Count(max as u64))])}
                </p>
                // Seen, not read out: the region below speaks for it.
                <p id=counter_id aria-hidden="true"
                    class=move || { if count.get() > max { "hint counter counter-over" } else { "hint counter" } }>{move || count_text(count.get())}</p>
                <p class="visually-hidden" role="status">{move || announced.get()}</p>
            })}
        }
        .into_any()
    });
    let also = limits.map(|_| format!("{}-info", field.id()));
    let shape =
        Shell { field, label: Some(label), hint, optional, class: "field", group: false, also_described_by: also };
    shell(shape, control, children)
}

/// The GOV.UK date input: Day, Month and Year boxes in a fieldset, kept exactly as typed.
/// The Day box carries the field's id, so the error summary can link to it.
#[component]
pub fn DateInput<F: Asked>(
    field: F,
    legend: Text,
    #[prop(optional)] hint: Option<Text>,
    get: Getter<F>,
    set: Setter<F>,
) -> impl IntoView {
    let i18n = use_i18n();
    let w = use_draft::<F::Doc>();
    let id = field.id();
    let problem = move || w.error_for(field);
    let boxes = [
        (DatePart::Day, id.clone(), "date-day"),
        (DatePart::Month, format!("{id}-month"), "date-month"),
        (DatePart::Year, format!("{id}-year"), "date-year"),
    ]
    .into_iter()
    .map(|(part, box_id, class)| {
        let label = match part {
            DatePart::Day => i18n.t(|m| m.date_day()),
            DatePart::Month => i18n.t(|m| m.date_month()),
            DatePart::Year => i18n.t(|m| m.date_year()),
        };
        // Only the empty box when one is missing; every box when the date is not real.
        let invalid = move || match problem() {
            Some(Problem::DateMissing(p)) => p == part,
            Some(_) => true,
            None => false,
        };
        view! {
            <div class="date-box">
                <label for=box_id.clone()>{label}</label>
                <input id=box_id.clone() name=box_id type="text" inputmode="numeric" class=class autocomplete="off"
                    aria-invalid=move || if invalid() { "true" } else { "false" }
                    prop:value=w.slice(move |d| DateParts::from_stored(get(d)).part(part).to_string())
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        w.edit(|d| {
                            let mut parts = DateParts::from_stored(get(d));
                            parts.set_part(part, &value);
                            set(d, parts.to_stored());
                        });
                    }/>
            </div>
        }
    })
    .collect_view();
    let described = id.clone();
    view! {
        <div class=move || field_class("field", problem().is_some())>
            <fieldset aria-describedby=move || {
                let mut ids = format!("{described}-date-hint");
                if problem().is_some() {
                    ids.push_str(&format!(" {described}-error"));
                }
                ids
            }>
                <legend>{i18n.t(legend)}</legend>
                <p class="hint" id=format!("{id}-date-hint")>
                    {hint.map(|h| view! { {i18n.t(h)}" " })}
                    {i18n.t(|m| m.date_hint())}
                </p>
                <InlineError field=field/>
                <div class="date-input">{boxes}</div>
            </fieldset>
        </div>
    }
}

/// A choice as its stable string, empty when none is chosen.
pub fn chosen<T: Choice>(c: Option<T>) -> &'static str {
    c.map_or("", Choice::as_str)
}

/// Radio buttons in a fieldset, over a domain choice. The first radio carries the group's
/// id, so the error summary can link to it.
#[component]
pub fn Radios<F: Asked>(
    field: F,
    legend: Text,
    #[prop(optional)] hint: Option<Text>,
    #[prop(optional)] optional: bool,
    options: Vec<(&'static str, Text, Option<Text>)>,
    get: fn(&F::Doc) -> &'static str,
    set: fn(&mut F::Doc, &str),
    #[prop(optional)] children: Option<ChildrenFn>,
) -> impl IntoView {
    let i18n = use_i18n();
    let w = use_draft::<F::Doc>();
    let id = field.id();
    let radios = options
        .into_iter()
        .enumerate()
        .map(|(i, (value, label, option_hint))| {
            // Not "{id}-{value}": "recipient-other" is also the id of the text field it reveals.
            let input_id = if i == 0 { id.clone() } else { format!("{id}-option-{value}") };
            // Not "{input_id}-hint": the first radio carries the group's id, whose hint that is.
            let hint_id = format!("{input_id}-choice-hint");
            view! {
                <div class="choice">
                    <input
                        type="radio"
                        id=input_id.clone()
                        name=id.clone()
                        value=value
                        aria-describedby=option_hint.map(|_| hint_id.clone())
                        prop:checked=w.slice(move |d| get(d) == value)
                        on:change=move |_| w.edit(|d| set(d, value))
                    />
                    <label for=input_id>{i18n.t(label)}</label>
                    {option_hint.map(|h| view! { <p class="hint" id=hint_id>{i18n.t(h)}</p> })}
                </div>
            }
        })
        .collect_view();
    let control: Box<dyn FnOnce(Aria) -> AnyView> =
        Box::new(move |_| view! { <div class="choices">{radios}</div> }.into_any());
    let shape =
        Shell { field, label: Some(legend), hint, optional, class: "field", group: true, also_described_by: None };
    shell(shape, control, children.map(|c| Box::new(move || c()) as Children))
}

/// The `<option>`s of a country list in the page's language, sorted as its readers expect,
/// with "Global" first when asked for.
pub fn place_options(with_global: bool, current: impl Fn() -> String + Send + Sync + 'static) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let locale = i18n.locale();
        let chosen = untrack(&current);
        let mut named: Vec<(String, &'static str)> =
            country::codes().map(|c| (format::country_name(locale, c), c)).collect();
        format::sort_texts(locale, &mut named);
        let m = i18n.m();
        let global = with_global.then(|| view! { <option value=country::GLOBAL selected=chosen == country::GLOBAL>{m.about_country_global()}</option> });
        view! {
            <option value="">{m.about_country_choose()}</option>
            {global}
            {named.into_iter().map(|(name, code)| view! { <option value=code selected=chosen == code>{name}</option> }).collect_view()}
        }
    }
}

/// A country list bound to one value of the draft, labelled with the field's own words.
#[component]
pub fn PlaceSelect<F: Asked>(
    field: F,
    #[prop(optional)] hint: Option<Text>,
    #[prop(optional)] optional: bool,
    #[prop(optional)] with_global: bool,
    get: DynGetter<F>,
    set: DynSetter<F>,
) -> impl IntoView {
    let w = use_draft::<F::Doc>();
    let value = w.slice(move |d| get(d));
    let control: Box<dyn FnOnce(Aria) -> AnyView> = Box::new(move |aria: Aria| {
        let id = field.id();
        view! {
            <select
                id=id.clone()
                name=id
                aria-invalid=aria.invalid
                aria-describedby=aria.described_by
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    let set = set.clone();
                    w.edit(move |d| set(d, v));
                }
            >
                {place_options(with_global, move || value.get())}
            </select>
        }
        .into_any()
    });
    shell(
        Shell { field, label: None, hint, optional, class: "field", group: false, also_described_by: None },
        control,
        None,
    )
}
