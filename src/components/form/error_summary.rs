//! The error summary at the top of a step.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::browser::focus::focus_id;
use crate::domain::pledge::form::{Form, Question};
use crate::i18n::locale::use_i18n;
use crate::state::draft::Wizard;

use super::{error_message, Asked};

/// GOV.UK's error summary: announced, focused on Continue, each problem a link to its field.
#[component]
pub fn ErrorSummary<D: Form>(wizard: Wizard<D>) -> impl IntoView
where
    D::Field: Asked,
{
    let i18n = use_i18n();
    let w = wizard;
    let navigate = use_navigate();
    move || {
        let errors = w.errors();
        if errors.is_empty() {
            return None;
        }
        let locale = i18n.locale();
        let navigate = navigate.clone();
        let items = errors
            .into_iter()
            .map(|e| {
                let text = error_message(locale, &e);
                let id = e.field.id();
                // On the review page a problem lives on another step: link there.
                let target = e.field.step_path();
                let href = format!("#{id}");
                let navigate = navigate.clone();
                view! {
                    <li>
                        <a href=href on:click=move |ev| {
                            ev.prevent_default();
                            if document().get_element_by_id(&id).is_some() {
                                focus_id(&id);
                            } else {
                                navigate(&i18n.nav(&format!("{target}?return=check")), Default::default());
                            }
                        }>{text}</a>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <div class="error-summary" id="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
                <h2 id="error-summary-title">{i18n.t(|m| m.wizard_error_summary())}</h2>
                <ul>{items}</ul>
            </div>
        })
    }
}
