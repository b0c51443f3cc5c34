//! Check your answers: every answer that applies, each with a Change link that comes back
//! here, then the same answers laid out for the official form.

use leptos::prelude::*;

use crate::browser::links::app_path;
use crate::components::form::summary::{SummaryList, SummaryRow};
use crate::domain::pledge::field::Field;
use crate::i18n::locale::use_i18n;

use super::answers::answer_text;
use super::messages::field_label;
use super::sheet::OfficialSheet;
use super::state::use_wizard;
use crate::state::config::site_config;

/// The answers as a summary list; with `changeable`, each row has a Change link.
#[component]
pub fn Answers(changeable: bool) -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    move || {
        let locale = i18n.locale();
        let rows = w.read(|d| {
            Field::review(d)
                .into_iter()
                .map(|field| SummaryRow {
                    label: field_label(locale, field),
                    value: answer_text(locale, d, field),
                    change: changeable.then(|| app_path(&format!("{}?return=check", field.step().path()), locale)),
                })
                .collect::<Vec<_>>()
        });
        view! { <SummaryList rows=rows/> }
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
