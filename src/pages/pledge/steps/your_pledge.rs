//! Sections VI and VII of the official form: the description (300 to 3,000 characters,
//! with a warning when line breaks counted twice would pass 3,000), a first draft of it
//! from the user's details, and a link to a supporting document.

use leptos::prelude::*;

use crate::browser::focus::focus_id;

use crate::domain::pledge::field::Field;
use crate::domain::pledge::rules::{
    description_line_breaks_risk, description_sent_length, DESCRIPTION_MAX, DESCRIPTION_MIN,
};
use crate::i18n::locale::use_i18n;
use crate::i18n::Arg;

use super::super::describe::draft_description;
use super::super::state::use_wizard;
use crate::components::form::fields::{TextArea, TextField};

#[derive(Clone, Debug, PartialEq)]
enum Drafting {
    Idle,
    /// The description has text: ask before touching it, holding the drafted text.
    Confirm(String),
    Done,
    Nothing,
}

#[component]
pub fn YourPledgeStep() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let drafting = RwSignal::new(Drafting::Idle);
    let risk =
        w.slice(|d| description_line_breaks_risk(&d.description).then(|| description_sent_length(&d.description)));
    let write = move |text: String, append: bool| {
        w.edit(|d| {
            if append && !d.description.trim().is_empty() {
                d.description = format!("{}\n\n{}", d.description.trim_end(), text);
            } else {
                d.description = text;
            }
        });
        drafting.set(Drafting::Done);
        request_animation_frame(|| focus_id("description"));
    };
    let draft = move |_| match w.read_untracked(|d| draft_description(i18n.locale(), d)) {
        None => drafting.set(Drafting::Nothing),
        Some(text) if w.read_untracked(|d| d.description.trim().is_empty()) => write(text, false),
        Some(text) => {
            drafting.set(Drafting::Confirm(text));
            request_animation_frame(|| focus_id("describe-confirm"));
        }
    };
    let status = move || match drafting.get() {
        Drafting::Done => Some(i18n.m().describe_done()),
        Drafting::Nothing => Some(i18n.m().describe_nothing()),
        _ => None,
    };
    view! {
        <TextArea field=Field::Description label=|m| m.pledge_description() hint=|m| m.pledge_description_hint()
            get=|d| &d.description set=|d, v| d.description = v limits=(DESCRIPTION_MIN, DESCRIPTION_MAX)>
            {move || risk.get().map(|n| view! {
                <p class="notice warning soft-note" id="description-line-breaks">{i18n.fill(|m| m.description_line_breaks(), &[("count", Arg::Count(n as u64))])}</p>
            })}
        </TextArea>
        <div class="field describe">
            <p class="hint" id="describe-hint">{i18n.t(|m| m.describe_hint())}</p>
            <button type="button" class="secondary" aria-describedby="describe-hint" on:click=draft>{i18n.t(|m| m.describe_button())}</button>
            {move || match drafting.get() {
                Drafting::Confirm(text) => {
                    let (replace, append) = (text.clone(), text);
                    Some(view! {
                        <div class="notice confirm" id="describe-confirm" tabindex="-1" role="group" aria-labelledby="describe-confirm-text">
                            <p id="describe-confirm-text">{i18n.t(|m| m.describe_confirm())}</p>
                            <div class="actions">
                                <button type="button" class="secondary" on:click=move |_| write(replace.clone(), false)>{i18n.t(|m| m.describe_replace())}</button>
                                <button type="button" class="secondary" on:click=move |_| write(append.clone(), true)>{i18n.t(|m| m.describe_append())}</button>
                                <button type="button" class="secondary" on:click=move |_| {
                                    drafting.set(Drafting::Idle);
                                    request_animation_frame(|| focus_id("description"));
                                }>{i18n.t(|m| m.describe_keep())}</button>
                            </div>
                        </div>
                    })
                }
                _ => None,
            }}
            <p class="hint" role="status">{status}</p>
        </div>
        <TextField field=Field::DocumentUrl label=|m| m.document_url() hint=|m| m.document_url_hint() get=|d| &d.document_url set=|d, v| d.document_url = v kind="url" optional=true/>
    }
}
