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
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::browser::links::app_path;
use crate::components::form::step_page::{Place, StepFrame};
use crate::domain::pledge::step::Step;
use crate::i18n::locale::use_i18n;
use crate::pages::not_found::NotFoundPage;

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
    let query = use_query_map();
    let returning = move || query.with(|q| q.get("return").as_deref() == Some("check"));
    // Back to the review after a change made from it; the review itself goes on.
    let next =
        Callback::new(move |()| if returning() && step != Step::Review { Step::Review } else { step.next() }.path());
    let back = Signal::derive(move || {
        let previous = step.previous()?;
        let path = if returning() { Step::Review.path() } else { previous.path() };
        Some(app_path(&path, i18n.locale()))
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
    let continue_label = Signal::derive(move || {
        if step == Step::Review {
            i18n.m().review_confirm()
        } else if returning() {
            i18n.m().wizard_save_and_review()
        } else {
            i18n.m().wizard_continue()
        }
    });
    let place = Place {
        number: step.number(),
        total: Step::ALL.len(),
        title: |m, n| Step::ALL.get(n.wrapping_sub(1)).map_or("", |s| step_title(m, *s)),
    };
    view! {
        <StepFrame wizard=use_wizard() step=step place=place back=back next=next
            has_form=!matches!(step, Step::Start | Step::Confirmation) continue_label=continue_label body=body/>
    }
}
