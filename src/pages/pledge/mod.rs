//! `/pledge/...`: the pledge wizard, one step per URL.

mod answers;
mod config;
mod confirmation;
mod describe;
mod drafts;
mod fields;
mod messages;
mod review;
mod sheet;
mod state;
mod steps;
mod submit;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};

use crate::domain::pledge_rules::{validate, Step};
use crate::i18n::locale::use_i18n;
use crate::i18n::{Arg, Messages};
use crate::links::app_path;
use crate::pages::not_found::NotFoundPage;

use drafts::{draft_title, DraftBanners, DraftDownload, DraftOpen};
use fields::focus_field;
use messages::error_message;
pub use state::Wizard;
use state::{use_wizard, Pending};

fn step_title(m: &Messages, step: Step) -> &'static str {
    match step {
        Step::Start => m.step_start(),
        Step::About => m.step_about(),
        Step::Partners => m.step_partners(),
        Step::Kind => m.step_kind(),
        Step::Details => m.step_details(),
        Step::Alignment => m.step_alignment(),
        Step::Pledge => m.step_pledge(),
        Step::Review => m.step_review(),
        Step::Confirmation => m.step_confirmation(),
    }
}

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
    w.errors.set(Vec::new());

    let title = move || {
        let t = step_title(i18n.m(), step);
        if w.errors.with(|e| e.is_empty()) {
            t.to_string()
        } else {
            i18n.fill(|m| m.wizard_error_prefix(), &[("title", Arg::Text(t))])
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let errors = w.draft.with_untracked(|d| validate(step, d));
        if errors.is_empty() {
            w.errors.set(Vec::new());
            // Back to the review after a change made from it; the review itself goes on.
            let next = if returning() && step != Step::Review { Step::Review } else { step.next() };
            navigate(&i18n.nav(&next.path()), Default::default());
        } else {
            w.errors.set(errors);
            request_animation_frame(|| focus_field("error-summary"));
        }
    };
    let back = step.previous().map(|p| {
        let path = if returning() { Step::Review.path() } else { p.path() };
        move || app_path(&path, i18n.locale())
    });

    let body = match step {
        Step::Start => view! { <StartStep/> }.into_any(),
        Step::About => view! { <steps::AboutStep/> }.into_any(),
        Step::Partners => view! { <steps::PledgeStep/> }.into_any(),
        Step::Kind => view! { <steps::NatureStep/> }.into_any(),
        Step::Details => view! { <steps::DetailsStep/> }.into_any(),
        Step::Alignment => view! { <steps::AlignmentStep/> }.into_any(),
        Step::Pledge => view! { <steps::DescriptionStep/> }.into_any(),
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
        <StepIndicator current=step/>
        {back.map(|href| view! { <p class="no-print"><A href=href attr:class="back-link">{i18n.t(|m| m.wizard_back())}</A></p> })}
        <DraftBanners/>
        <ErrorSummary/>
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

#[component]
fn StepIndicator(current: Step) -> impl IntoView {
    let i18n = use_i18n();
    let items = Step::ALL
        .into_iter()
        .map(|s| {
            let state = if s == current {
                "current"
            } else if s.number() < current.number() {
                "done"
            } else {
                "todo"
            };
            view! {
                <li class=state aria-current=(s == current).then_some("step")>
                    <span class="step-number">{s.number()}</span>
                    <span class="step-name">{move || step_title(i18n.m(), s)}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="steps no-print" aria-label=i18n.t(|m| m.wizard_steps_label())>
            <p class="step-of">
                {move || i18n.fill(|m| m.wizard_step_of(), &[("step", Arg::Count(current.number() as u64)), ("total", Arg::Count(Step::ALL.len() as u64))])}
            </p>
            <ol>{items}</ol>
        </nav>
    }
}

/// GOV.UK's error summary: announced, focused on Continue, each problem a link to its field.
#[component]
fn ErrorSummary() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let navigate = use_navigate();
    move || {
        let errors = w.errors.get();
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
                let target = e.field.step();
                let href = format!("#{id}");
                let navigate = navigate.clone();
                view! {
                    <li>
                        <a href=href on:click=move |ev| {
                            ev.prevent_default();
                            if document().get_element_by_id(&id).is_some() {
                                focus_field(&id);
                            } else {
                                navigate(&i18n.nav(&format!("{}?return=check", target.path())), Default::default());
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

#[component]
fn StartStep() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let navigate = use_navigate();
    let nav2 = navigate.clone();
    let resume = move |_| {
        w.found.set(None);
        // Straight to the first step that still has a problem.
        let step = w.draft.with_untracked(|d| {
            [Step::About, Step::Partners, Step::Kind, Step::Details, Step::Alignment, Step::Pledge]
                .into_iter()
                .find(|s| !validate(*s, d).is_empty())
                .unwrap_or(Step::Review)
        });
        navigate(&i18n.nav(&step.path()), Default::default());
    };
    let start_again = move |_| w.pending.set(Some(Pending::StartAgain));
    let begin = move |_| nav2(&Step::About.path(), Default::default());
    let found_title = move || w.found.with(|f| f.as_ref().map(|d| draft_title(i18n.m(), d)));
    view! {
        <p class="lead">{i18n.t(|m| m.pledge_intro())}</p>
        <p>{i18n.t(|m| m.start_official())}</p>
        {move || found_title().map(|title| view! {
            <section class="resume">
                <h2>{i18n.t(|m| m.start_resume_heading())}</h2>
                <p>{i18n.fill(|m| m.start_resume_body(), &[("title", Arg::Text(&title))])}</p>
                <div class="actions">
                    <button type="button" class="primary" on:click=resume.clone()>{i18n.t(|m| m.start_resume())}</button>
                    <button type="button" class="secondary" on:click=start_again>{i18n.t(|m| m.start_again())}</button>
                </div>
            </section>
        })}
        <h2>{i18n.t(|m| m.pledge_good_heading())}</h2>
        <ul>
            <li>{i18n.t(|m| m.pledge_good_concrete())}</li>
            <li>{i18n.t(|m| m.pledge_good_measurable())}</li>
            <li>{i18n.t(|m| m.pledge_good_realistic())}</li>
            <li>{i18n.t(|m| m.pledge_good_time_bound())}</li>
        </ul>
        <h2>{i18n.t(|m| m.pledge_kinds_heading())}</h2>
        <ul>
            <li>{i18n.t(|m| m.pledge_kind_financial())}</li>
            <li>{i18n.t(|m| m.pledge_kind_human_resources())}</li>
            <li>{i18n.t(|m| m.pledge_kind_process())}</li>
            <li>{i18n.t(|m| m.pledge_kind_policy())}</li>
        </ul>
        <h2>{i18n.t(|m| m.start_need_heading())}</h2>
        <p>{i18n.t(|m| m.start_need_body())}</p>
        <h2>{i18n.t(|m| m.pledge_rules_heading())}</h2>
        <ul>
            <li>{i18n.t(|m| m.pledge_rule_one_per_form())}</li>
            <li>{i18n.t(|m| m.pledge_rule_joint())}</li>
            <li>{i18n.t(|m| m.pledge_rule_matching())}</li>
            <li><strong>{i18n.t(|m| m.pledge_rule_refugees())}</strong></li>
            <li>{i18n.t(|m| m.pledge_rule_description())}</li>
            <li>{i18n.t(|m| m.pledge_rule_contact())}</li>
        </ul>
        <p>{i18n.t(|m| m.start_saving())}</p>
        <p><button type="button" class="primary start-button" on:click=begin>{i18n.t(|m| m.start_begin())}</button></p>
        <DraftOpen/>
        <Show when=move || !w.draft.with(|d| d.is_empty())>
            <p><DraftDownload/></p>
        </Show>
    }
}
