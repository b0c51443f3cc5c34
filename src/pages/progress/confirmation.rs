//! Check your update, and the finished update: its reference, where to send it (never a
//! claim that it was filed with the UN), and the ways to take it away: file, print, copy,
//! e-mail, the configured endpoint; then the next update, started from this one.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::browser::links::app_path;
use crate::components::form::submit::{Submit, SubmitWords};
use crate::components::form::summary::{SummaryList, SummaryRow};
use crate::components::form::take_away::{TakeAway, TakeAwayWords};
use crate::domain::pledge::progress::field::ReportField;
use crate::domain::pledge::progress::file::{export_report, file_name, report_reference};
use crate::domain::pledge::progress::rules::validate;
use crate::domain::pledge::progress::step::ReportStep;
use crate::i18n::format;
use crate::i18n::locale::use_i18n;
use crate::i18n::Arg;
use crate::state::config::site_config;

use super::answers::{answer_text, plain_text};
use super::messages::field_label;
use super::state::{use_report, Replacement};

/// The answers as a summary list; with `changeable`, each row has a Change link.
#[component]
pub fn ReportAnswers(changeable: bool) -> impl IntoView {
    let i18n = use_i18n();
    let w = use_report();
    move || {
        let locale = i18n.locale();
        let rows = w.read(|r| {
            ReportField::review(r)
                .into_iter()
                .map(|field| SummaryRow {
                    label: field_label(locale, field),
                    value: answer_text(locale, r, field),
                    change: changeable.then(|| app_path(&format!("{}?return=check", field.step().path()), locale)),
                })
                .collect::<Vec<_>>()
        });
        view! { <SummaryList rows=rows/> }
    }
}

#[component]
pub fn ReportReview() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ReportAnswers changeable=true/>
        <p>{i18n.t(|m| m.progress_review_body())}</p>
    }
}

const WORDS: SubmitWords = SubmitWords {
    submit: |m| m.progress_submit(),
    sending: |m| m.progress_submitting(),
    sent: |m| m.progress_submitted(),
    failed: |m| m.progress_submit_failed(),
};

const TAKE_AWAY: TakeAwayWords = TakeAwayWords {
    download: |m| m.progress_download(),
    too_long: |m| m.progress_email_too_long(),
    attach: |m| m.progress_mail_download(),
    copied: |m| m.progress_copied(),
    copy_failed: |m| m.progress_copy_failed(),
    // Where to send it is said above, whatever the host set.
    no_address: None,
};

#[component]
pub fn ReportConfirmation() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_report();
    let today = crate::browser::clock::today();
    let complete = w.slice(move |r| today.is_some_and(|t| validate(ReportStep::Review, r, t).is_empty()));
    let reference = w.slice(report_reference);
    let config = site_config();
    // The next update starts from this one, on the step that dates it (Undo, offered there,
    // brings this one back).
    let navigate = use_navigate();
    let next_update = move |_| {
        let next = w.read_untracked(|r| r.next_update());
        w.replace(next, Replacement::StartedAgain);
        navigate(&i18n.nav(&ReportStep::Stage.path()), Default::default());
        request_animation_frame(|| crate::browser::focus::focus_id("undo"));
    };
    // Subject, whole text, and the short text that names the file instead.
    let message = Memo::new(move |_| {
        let locale = i18n.locale();
        w.read(|r| {
            let reference = report_reference(r);
            let subject = format::fill(
                locale,
                locale.messages().progress_mail_subject(),
                &[("title", Arg::Text(r.title.trim())), ("reference", Arg::Text(&reference))],
            );
            let short = format::fill(
                locale,
                locale.messages().progress_mail_attach(),
                &[("title", Arg::Text(r.title.trim())), ("file", Arg::Text(&file_name(r)))],
            );
            (subject, plain_text(locale, r, &reference), short)
        })
    });
    let host_address = Memo::new(move |_| config.get().and_then(|c| c.progress_email));
    let own_address = w.slice(|r| r.focal_email.trim().to_string());
    let file = Callback::new(move |()| w.read_untracked(|r| (file_name(r), export_report(r))));
    let text = Callback::new(move |()| w.read_untracked(|r| plain_text(i18n.locale(), r, &report_reference(r))));
    let endpoint = Memo::new(move |_| config.get().and_then(|c| c.progress_endpoint));
    // Where to send it, as the host configured: the endpoint, an address, or the pledge's
    // own channel (the Hub, or the pledge's contact).
    let where_to = move || {
        if endpoint.get().is_some() {
            i18n.m().progress_send_endpoint().to_string()
        } else if let Some(address) = host_address.get() {
            i18n.fill(|m| m.progress_send_email(), &[("address", Arg::Text(&address))])
        } else {
            i18n.m().progress_send_hub().to_string()
        }
    };

    move || {
        if !complete.get() {
            return view! {
                <p>{i18n.t(|m| m.progress_incomplete())}</p>
                <p><A href=move || app_path(&ReportStep::Review.path(), i18n.locale())>{i18n.t(|m| m.confirm_go_review())}</A></p>
            }
            .into_any();
        }
        view! {
            <div class="panel-confirmation">
                <p>{i18n.t(|m| m.progress_reference())}</p>
                <p class="reference"><strong>{move || reference.get()}</strong></p>
            </div>
            <div class="notice" role="note">
                <p>{i18n.t(|m| m.progress_not_filed_yet())}</p>
                <p>{where_to}</p>
            </div>
            <TakeAway file=file text=text mail=message host_address=host_address own_address=own_address
                downloaded=Callback::new(move |()| w.mark_downloaded()) words=TAKE_AWAY>
                {move || endpoint.get().map(|endpoint| view! {
                    <Submit endpoint=endpoint key=reference body=Callback::new(move |()| w.read_untracked(export_report)) words=WORDS/>
                })}
            </TakeAway>
            <h2>{i18n.t(|m| m.progress_step_review())}</h2>
            <ReportAnswers changeable=false/>
            <h2 class="no-print">{i18n.t(|m| m.progress_next_heading())}</h2>
            <p class="no-print">{i18n.t(|m| m.progress_next_body())}</p>
            <p class="no-print"><button type="button" class="secondary" on:click=next_update.clone()>{i18n.t(|m| m.progress_start_next())}</button></p>
        }
        .into_any()
    }
}
