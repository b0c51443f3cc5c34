//! The frame of every step of both wizards: the page title (prefixed with "Error:" while the
//! step has errors), the step indicator, the back link, the banners about the draft, the
//! error summary, the heading, and the form whose Continue checks the step's rules and goes
//! on, or shows what is wrong and moves focus to the summary.

use std::marker::PhantomData;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::browser::focus::focus_id;
use crate::i18n::locale::use_i18n;
use crate::i18n::{Arg, Messages};
use crate::state::draft::Wizard;

use super::drafts::{DraftBanners, Drafted};
use super::error_summary::ErrorSummary;
use super::step_indicator::StepIndicator;
use super::Asked;

/// Where a step is among its wizard's steps, and what each is called.
#[derive(Clone, Copy)]
pub struct Place {
    /// The step's number, from 1.
    pub number: usize,
    pub total: usize,
    /// Step `n`'s title.
    pub title: fn(&Messages, usize) -> &'static str,
}

#[component]
pub fn StepFrame<D: Drafted>(
    wizard: Wizard<D>,
    step: D::Step,
    place: Place,
    /// The back link's address, when there is one.
    #[prop(into)]
    back: Signal<Option<String>>,
    /// Where a Continue that passes the step's rules goes (an app path; the language is added).
    next: Callback<(), String>,
    /// The step asks questions (else its body is shown without a form, as on a start page).
    has_form: bool,
    #[prop(into)] continue_label: Signal<&'static str>,
    body: AnyView,
) -> impl IntoView
where
    D::Field: Asked,
{
    let i18n = use_i18n();
    let w = wizard;
    let navigate = use_navigate();
    // A fresh page shows no errors from another step.
    w.clear_errors();
    let heading = move || (place.title)(i18n.m(), place.number);
    let title = move || {
        if !w.has_errors() {
            heading().to_string()
        } else {
            i18n.fill(|m| m.wizard_error_prefix(), &[("title", Arg::Text(heading()))])
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if w.check(step) {
            navigate(&i18n.nav(&next.run(())), Default::default());
        } else {
            request_animation_frame(|| focus_id("error-summary"));
        }
    };
    view! {
        <Title text=title/>
        <StepIndicator current=place.number total=place.total title=place.title/>
        {move || back.get().map(|href| view! { <p class="no-print"><A href=href attr:class="back-link">{i18n.t(|m| m.wizard_back())}</A></p> })}
        <DraftBanners<D> _kind=PhantomData/>
        <ErrorSummary wizard=w/>
        <h1>{heading}</h1>
        {if has_form {
            view! {
                <form class="wizard-form" novalidate=true on:submit=submit>
                    {body}
                    <button type="submit" class="primary">{move || continue_label.get()}</button>
                </form>
            }
            .into_any()
        } else {
            body
        }}
    }
}
