//! Check your answers: every answer that applies, each with a Change link that comes back
//! here, then the same answers laid out for the official form.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::pledge::field::Field;
use crate::i18n::locale::use_i18n;
use crate::i18n::Arg;

use super::answers::answer_text;
use super::config::site_config;
use super::messages::field_label;
use super::sheet::OfficialSheet;
use super::state::use_wizard;

/// The answers as a summary list; with `changeable`, each row has a Change link.
#[component]
pub fn Answers(changeable: bool) -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    move || {
        let locale = i18n.locale();
        let items = w
            .read(|d| Field::review(d).into_iter().map(|f| (f, answer_text(locale, d, f))).collect::<Vec<_>>())
            .into_iter()
            .map(|(field, value)| {
                let label = field_label(locale, field);
                let hidden_label = i18n.fill(|m| m.review_change_label(), &[("field", Arg::Text(&label))]);
                let empty = value.trim().is_empty();
                let href = crate::browser::links::app_path(&format!("{}?return=check", field.step().path()), locale);
                view! {
                    <div class="summary-row">
                        <dt>{label}</dt>
                        <dd class=if empty { "unpublished" } else { "answer" }>
                            {if empty { i18n.m().review_not_answered().to_string() } else { value }}
                        </dd>
                        {changeable.then(|| view! {
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
}

#[component]
pub fn Review() -> impl IntoView {
    let config = site_config();
    let form_url = Signal::derive(move || config.get().and_then(|c| c.official_form));
    view! {
        <Answers changeable=true/>
        <super::steps::FundEffect/>
        <OfficialSheet form_url=form_url/>
    }
}
