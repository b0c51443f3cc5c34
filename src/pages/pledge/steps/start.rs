//! Before you start: what makes a good pledge, what the form asks, resuming a draft found in
//! storage, or opening one from a file.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::browser::links::app_path;

use crate::domain::pledge::rules::validate;
use crate::domain::pledge::step::Step;
use crate::i18n::locale::use_i18n;
use crate::i18n::Arg;

use super::super::state::{use_wizard, Pending};
use crate::components::form::drafts::{draft_title, DraftDownload, DraftOpen};
use crate::domain::pledge::PledgeDraft;

#[component]
pub fn StartStep() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let navigate = use_navigate();
    let nav2 = navigate.clone();
    let resume = move |_| {
        w.resume();
        // Straight to the first step that still has a problem.
        let step = w.read_untracked(|d| {
            [Step::About, Step::Partners, Step::Kind, Step::Details, Step::Alignment, Step::YourPledge]
                .into_iter()
                .find(|s| !validate(*s, d).is_empty())
                .unwrap_or(Step::Review)
        });
        navigate(&i18n.nav(&step.path()), Default::default());
    };
    let start_again = move |_| w.ask(Pending::StartAgain);
    let begin = move |_| nav2(&i18n.nav(&Step::About.path()), Default::default());
    let found_title = move || w.found(|f| f.map(|d| draft_title(i18n.m(), d)));
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
        <DraftOpen<PledgeDraft>/>
        <p><A href=move || app_path("/progress", i18n.locale())>{i18n.t(|m| m.start_report_progress())}</A></p>
        <Show when=move || !w.read(|d| d.is_empty())>
            <p><DraftDownload<PledgeDraft>/></p>
        </Show>
    }
}
