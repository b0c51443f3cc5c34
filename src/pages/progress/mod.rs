//! `/progress/...`: a progress report on a pledge already made, one step per URL, in the
//! pledge wizard's pattern and with its parts (`components::form`): the same field shell,
//! error summary, banners about the draft, and the same care for every word typed.

mod answers;
mod confirmation;
mod messages;
mod start;
mod state;
mod steps;

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::browser::links::app_path;
use crate::components::form::step_page::{Place, StepFrame};
use crate::domain::pledge::progress::step::ReportStep;
use crate::i18n::locale::use_i18n;
use crate::pages::not_found::NotFoundPage;

use messages::step_title;
use state::use_report;

/// `/progress`: before you start.
#[component]
pub fn ProgressStartPage() -> impl IntoView {
    view! { <StepPage step=ReportStep::Start/> }
}

/// `/progress/{step}`.
#[component]
pub fn ProgressStepPage() -> impl IntoView {
    let params = use_params_map();
    move || match params.with(|p| p.get("step")).as_deref().and_then(ReportStep::parse) {
        Some(step) if step != ReportStep::Start => view! { <StepPage step=step/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

#[component]
fn StepPage(step: ReportStep) -> impl IntoView {
    let i18n = use_i18n();
    let w = use_report();
    let query = use_query_map();
    let returning = move || query.with(|q| q.get("return").as_deref() == Some("check"));
    // Back to the review after a change made from it (unless the review is skipped, which
    // it never is); on the short path, past the steps it skips.
    let next = Callback::new(move |()| {
        w.read_untracked(|r| {
            if returning() && step != ReportStep::Review && ReportStep::Review.applies(r) {
                ReportStep::Review
            } else {
                step.next(r)
            }
        })
        .path()
    });
    let previous = w.slice(move |r| step.previous(r));
    let back = Signal::derive(move || {
        let path = if returning() { Some(ReportStep::Review.path()) } else { previous.get().map(ReportStep::path) };
        path.map(|p| app_path(&p, i18n.locale()))
    });
    let body = match step {
        ReportStep::Start => view! { <start::StartStep/> }.into_any(),
        ReportStep::Pledge => view! { <steps::PledgeStep/> }.into_any(),
        ReportStep::Stage => view! { <steps::StageStep/> }.into_any(),
        ReportStep::Done => view! { <steps::DoneStep/> }.into_any(),
        ReportStep::Next => view! { <steps::NextStep/> }.into_any(),
        ReportStep::Review => view! { <confirmation::ReportReview/> }.into_any(),
        ReportStep::Confirmation => view! { <confirmation::ReportConfirmation/> }.into_any(),
    };
    let continue_label = Signal::derive(move || {
        if step == ReportStep::Review {
            i18n.m().progress_confirm()
        } else if returning() {
            i18n.m().wizard_save_and_review()
        } else {
            i18n.m().wizard_continue()
        }
    });
    let place = Place {
        number: step.number(),
        total: ReportStep::ALL.len(),
        title: |m, n| ReportStep::ALL.get(n.wrapping_sub(1)).map_or("", |s| step_title(m, *s)),
    };
    view! {
        <StepFrame wizard=w step=step place=place back=back next=next
            has_form=!matches!(step, ReportStep::Start | ReportStep::Confirmation) continue_label=continue_label body=body/>
    }
}
