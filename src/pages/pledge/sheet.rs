//! "Copy into the official form": the answers under the official form's Sections I–VII, in
//! its order and with its labels, each with a Copy button, a link to the form, and what to
//! attach. On Check your answers, on the confirmation page and in print.

use leptos::prelude::*;

use crate::browser::clipboard::copy_text;

use crate::domain::pledge::field::{not_on_official_form, official_sheet, Field, Section};
use crate::domain::safe_url::SafeUrl;
use crate::i18n::locale::use_i18n;
use crate::i18n::Arg;

use super::answers::answer_text;
use super::messages::{field_label, official_label, section_title};
use super::state::use_wizard;

/// Where pledges are made when `config.json` names no other address.
pub const OFFICIAL_FORM_URL: &str = "https://migrationnetwork.un.org/submit-pledges";

#[component]
pub fn OfficialSheet(#[prop(into)] form_url: Signal<Option<SafeUrl>>) -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    // The last copy: which answer, and whether the browser allowed it.
    let copied = RwSignal::new(None::<(String, bool)>);
    let url = move || form_url.get().map_or_else(|| OFFICIAL_FORM_URL.to_string(), |u| u.as_str().to_string());
    let row = move |field: Field, label: String| {
        let locale = i18n.locale();
        let value = w.read(|d| answer_text(locale, d, field));
        let empty = value.trim().is_empty();
        let key = field.id();
        let key_for_state = key.clone();
        let copy_label = i18n.fill(|m| m.sheet_copy_label(), &[("field", Arg::Text(&label))]);
        let announced = label.clone();
        let copy = move |_| {
            let text = w.read_untracked(|d| answer_text(i18n.locale(), d, field));
            let (key, announced) = (key.clone(), announced.clone());
            leptos::task::spawn_local(async move {
                let ok = copy_text(text).await;
                let _ = copied.try_set(Some((format!("{key}|{announced}"), ok)));
            });
        };
        let is_copied = move || {
            copied
                .with(|c| c.as_ref().is_some_and(|(k, ok)| *ok && k.split('|').next() == Some(key_for_state.as_str())))
        };
        view! {
            <div class="summary-row sheet-row">
                <dt>{label}</dt>
                <dd class=if empty { "unpublished" } else { "answer" }>
                    {if empty { i18n.m().review_not_answered().to_string() } else { value }}
                </dd>
                <dd class="copy no-print">
                    // The button keeps its name; a mark beside it shows the copy (and the
                    // status line below announces it).
                    {(!empty).then(|| view! {
                        <button type="button" class="secondary small" aria-label=copy_label on:click=copy>{i18n.t(|m| m.sheet_copy())}</button>
                        {move || is_copied().then(|| view! { " " <span class="copied">{i18n.t(|m| m.sheet_copied())}</span> })}
                    })}
                </dd>
            </div>
        }
    };
    let sections = move || {
        let locale = i18n.locale();
        let m = i18n.m();
        w.read(official_sheet)
            .into_iter()
            .map(|(section, fields)| {
                let body = match section {
                    Section::V => view! { <p class="hint">{m.sheet_section_5_note()}</p> }.into_any(),
                    Section::IIa => {
                        // One group per partner, each its three official questions.
                        let groups = fields
                            .chunks(3)
                            .map(|chunk| {
                                let n = match chunk.first() {
                                    Some(Field::PartnerName(i)) => *i,
                                    _ => 0,
                                };
                                let rows = chunk.iter().map(|f| row(*f, official_label(locale, *f))).collect_view();
                                view! {
                                    <h4>{i18n.fill(|m| m.sheet_partner(), &[("number", Arg::Count(n as u64 + 1))])}</h4>
                                    <dl class="summary-list">{rows}</dl>
                                }
                            })
                            .collect_view();
                        groups.into_any()
                    }
                    Section::VII => {
                        let rows = fields.iter().map(|f| row(*f, official_label(locale, *f))).collect_view();
                        view! {
                            <p>{m.sheet_attach()}</p>
                            <dl class="summary-list">{rows}</dl>
                        }
                        .into_any()
                    }
                    _ => {
                        let rows = fields.iter().map(|f| row(*f, official_label(locale, *f))).collect_view();
                        view! { <dl class="summary-list">{rows}</dl> }.into_any()
                    }
                };
                view! {
                    <section class="sheet-section">
                        <h3>{section_title(m, section)}</h3>
                        {body}
                    </section>
                }
            })
            .collect_view()
    };
    let extras = move || {
        let locale = i18n.locale();
        let fields = w.read(not_on_official_form);
        let rows: Vec<_> = fields
            .into_iter()
            .filter(|f| w.read(|d| !answer_text(locale, d, *f).trim().is_empty()))
            .map(|f| row(f, field_label(locale, f)))
            .collect();
        (!rows.is_empty()).then(|| {
            view! {
                <section class="sheet-section">
                    <h3>{i18n.t(|m| m.sheet_extra_heading())}</h3>
                    <p class="hint">{i18n.t(|m| m.sheet_extra_note())}</p>
                    <dl class="summary-list">{rows.collect_view()}</dl>
                </section>
            }
        })
    };
    let status = move || {
        copied.get().map(|(key, ok)| {
            let label = key.split_once('|').map(|(_, l)| l.to_string()).unwrap_or_default();
            if ok {
                i18n.fill(|m| m.sheet_copied_status(), &[("field", Arg::Text(&label))])
            } else {
                i18n.m().sheet_copy_failed().to_string()
            }
        })
    };
    view! {
        <section class="official-sheet" aria-labelledby="sheet-heading">
            <h2 id="sheet-heading">{i18n.t(|m| m.sheet_heading())}</h2>
            <p>{i18n.t(|m| m.sheet_intro())}</p>
            <p class="no-print">
                <a href=url target="_blank" rel="noopener noreferrer" class="button secondary">{i18n.t(|m| m.sheet_open_form())}</a>
            </p>
            <p class="print-only">{url}</p>
            <p class="hint no-print" role="status">{status}</p>
            {sections}
            {extras}
        </section>
    }
}
