//! `/pledge/...`: the pledge wizard, one step per URL.

mod answers;
mod confirmation;
mod describe;
mod messages;
mod review;
mod sheet;
mod state;
mod steps;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};

use crate::browser::links::app_path;
use crate::domain::pledge::step::Step;
use crate::domain::pledge::PledgeDraft;
use crate::i18n::locale::use_i18n;
use crate::i18n::Arg;
use crate::pages::not_found::NotFoundPage;

use crate::browser::focus::focus_id;
use crate::components::form::drafts::DraftBanners;
use crate::components::form::error_summary::ErrorSummary;
use crate::components::form::step_indicator::StepIndicator;
use messages::step_title;
use state::use_wizard;

/// `/pledge`: before you start.
#[component]
pub fn PledgeStartPage() -> impl IntoView {
    view! { <StepPage step=Step::Start/> }
}

/// `/pledge/{step}`.
#[component]
pub fn PledgeStepPage() -> impl IntoView {
    let params = use_params_map();
    move || match params.with(|p| p.get("step")).as_deref().and_then(Step::parse) {
        Some(step) if step != Step::Start => view! { <StepPage step=step/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

#[component]
fn StepPage(step: Step) -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let navigate = use_navigate();
    let query = use_query_map();
    let returning = move || query.with(|q| q.get("return").as_deref() == Some("check"));
    // A fresh page shows no errors from another step.
    w.clear_errors();

    let title = move || {
        let t = step_title(i18n.m(), step);
        if !w.has_errors() {
            t.to_string()
        } else {
            i18n.fill(|m| m.wizard_error_prefix(), &[("title", Arg::Text(t))])
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if w.check(step) {
            // Back to the review after a change made from it; the review itself goes on.
            let next = if returning() && step != Step::Review { Step::Review } else { step.next() };
            navigate(&i18n.nav(&next.path()), Default::default());
        } else {
            request_animation_frame(|| focus_id("error-summary"));
        }
    };
    let back = step.previous().map(|p| {
        let path = if returning() { Step::Review.path() } else { p.path() };
        move || app_path(&path, i18n.locale())
    });

    let body = match step {
        Step::Start => view! { <steps::StartStep/> }.into_any(),
        Step::About => view! { <steps::AboutStep/> }.into_any(),
        Step::Partners => view! { <steps::PartnersStep/> }.into_any(),
        Step::Kind => view! { <steps::KindStep/> }.into_any(),
        Step::Details => view! { <steps::DetailsStep/> }.into_any(),
        Step::Alignment => view! { <steps::AlignmentStep/> }.into_any(),
        Step::YourPledge => view! { <steps::YourPledgeStep/> }.into_any(),
        Step::Review => view! { <review::Review/> }.into_any(),
        Step::Confirmation => view! { <confirmation::Confirmation/> }.into_any(),
    };
    let has_form = !matches!(step, Step::Start | Step::Confirmation);
    let continue_label = move || {
        if step == Step::Review {
            i18n.m().review_confirm()
        } else if returning() {
            i18n.m().wizard_save_and_review()
        } else {
            i18n.m().wizard_continue()
        }
    };

    view! {
        <Title text=title/>
        <StepIndicator current=step.number() total=Step::ALL.len() title=|m, n| Step::ALL.get(n.wrapping_sub(1)).map_or("", |s| step_title(m, *s))/>
        {back.map(|href| view! { <p class="no-print"><A href=href attr:class="back-link">{i18n.t(|m| m.wizard_back())}</A></p> })}
        <DraftBanners<PledgeDraft>/>
        <ErrorSummary wizard=w/>
        <h1>{move || step_title(i18n.m(), step)}</h1>
        {if has_form {
            view! {
                <form class="wizard-form" novalidate=true on:submit=submit>
                    {body}
                    <button type="submit" class="primary">{continue_label}</button>
                </form>
            }
            .into_any()
        } else {
            body
        }}
    }
}
