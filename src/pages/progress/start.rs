//! Before you start: what an update is (and is not: it is not filed with the UN), resuming
//! an update found in this browser, and the three ways to say which pledge it is about: a
//! pledge or update file, the pledge in this browser, or its details typed by hand.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::browser::storage::Local;
use crate::components::form::drafts::{draft_title, DraftDownload, DraftOpen};
use crate::domain::pledge::progress::step::ReportStep;
use crate::domain::pledge::progress::{Origin, ProgressReport};
use crate::domain::pledge::store::peek;
use crate::domain::pledge::PledgeDraft;
use crate::i18n::locale::use_i18n;
use crate::i18n::Arg;

use super::state::{use_report, Pending, Replacement};

#[component]
pub fn StartStep() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_report();
    let navigate = use_navigate();
    // The pledge the wizard keeps in this browser, looked at without touching it.
    let pledge = Local::open().ok().and_then(|kv| peek::<PledgeDraft>(&kv));
    let pledge_title = pledge.as_ref().map(|p| draft_title(i18n.m(), p));
    let to_pledge_step = {
        let navigate = navigate.clone();
        move || navigate(&i18n.nav(&ReportStep::Pledge.path()), Default::default())
    };
    let go = to_pledge_step.clone();
    let resume = move |_| {
        w.resume();
        go();
    };
    let start_again = move |_| w.ask(Pending::StartAgain);
    let go = to_pledge_step.clone();
    let type_it = move |_| {
        if w.read_untracked(ProgressReport::is_empty) {
            w.edit(|r| r.origin = Some(Origin::Typed));
        }
        w.resume();
        go();
    };
    let use_pledge = pledge.map(|p| {
        let go = to_pledge_step.clone();
        let title = draft_title(i18n.m(), &p);
        move |_| {
            let report = ProgressReport::from_pledge(&p, Origin::ThisBrowser);
            if w.read_untracked(|r| r.is_empty() || *r == report) {
                w.replace(report, Replacement::Opened(title.clone()));
                go();
            } else {
                // Asked first: the update under way would be replaced.
                w.ask(Pending::Open { name: title.clone(), draft: Box::new(report) });
            }
        }
    });
    let found_title = move || w.found(|f| f.map(|r| draft_title(i18n.m(), r)));
    let empty = w.slice(ProgressReport::is_empty);
    view! {
        <p class="lead">{i18n.t(|m| m.progress_intro())}</p>
        <div class="notice" role="note"><p>{i18n.t(|m| m.progress_not_filed())}</p></div>
        {move || found_title().map(|title| view! {
            <section class="resume">
                <h2>{i18n.t(|m| m.start_resume_heading())}</h2>
                <p>{i18n.fill(|m| m.progress_resume_body(), &[("title", Arg::Text(&title))])}</p>
                <div class="actions">
                    <button type="button" class="primary" on:click=resume.clone()>{i18n.t(|m| m.progress_resume())}</button>
                    <button type="button" class="secondary" on:click=start_again>{i18n.t(|m| m.start_again())}</button>
                </div>
            </section>
        })}
        <h2>{i18n.t(|m| m.progress_which_heading())}</h2>
        <DraftOpen<ProgressReport> words=(|m| m.progress_open_label(), |m| m.progress_open_hint())/>
        {use_pledge.zip(pledge_title).map(|(on_click, title)| view! {
            <p>
                <button type="button" class="secondary" on:click=on_click>
                    {i18n.fill(|m| m.progress_use_pledge(), &[("title", Arg::Text(&title))])}
                </button>
            </p>
        })}
        <p><button type="button" class="primary start-button" on:click=type_it>
            {move || if empty.get() { i18n.m().progress_type_it() } else { i18n.m().wizard_continue() }}
        </button></p>
        <h2>{i18n.t(|m| m.progress_asks_heading())}</h2>
        <ul>
            <li>{i18n.t(|m| m.progress_asks_stage())}</li>
            <li>{i18n.t(|m| m.progress_asks_done())}</li>
            <li>{i18n.t(|m| m.progress_asks_next())}</li>
        </ul>
        <p>{i18n.t(|m| m.progress_saving())}</p>
        <Show when=move || !empty.get()>
            <p><DraftDownload<ProgressReport>/></p>
        </Show>
    }
}
