//! The finished pledge: its reference and the ways to take it away.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::browser::links::app_path;
use crate::domain::pledge::field::Field;
use crate::domain::pledge::file::{export_pledge, reference};
use crate::domain::pledge::rules::validate;
use crate::domain::pledge::step::Step;
use crate::domain::pledge::PledgeDraft;
use crate::i18n::format;
use crate::i18n::locale::use_i18n;
use crate::i18n::Arg;

use super::answers::answer_text;
use super::messages::field_label;
use super::review::Answers;
use super::sheet::OfficialSheet;
use super::state::{use_wizard, Pending};
use crate::components::form::submit::{Submit, SubmitWords};
use crate::components::form::take_away::{TakeAway, TakeAwayWords};
use crate::state::config::site_config;

fn plain_text(locale: crate::domain::locale::Locale, d: &PledgeDraft) -> String {
    let m = locale.messages();
    let mut text = format!("{}: {}\n", m.confirm_reference(), reference(d));
    if !d.official_id.trim().is_empty() {
        text.push_str(&format!("{}: {}\n", m.official_id_label(), d.official_id.trim()));
    }
    text.push('\n');
    for field in Field::review(d) {
        let value = answer_text(locale, d, field);
        if !value.trim().is_empty() {
            text.push_str(&format!("{}: {}\n", field_label(locale, field), value));
        }
    }
    text
}

const WORDS: SubmitWords = SubmitWords {
    submit: |m| m.confirm_submit(),
    sending: |m| m.confirm_submitting(),
    sent: |m| m.confirm_submitted(),
    failed: |m| m.confirm_submit_failed(),
};

const TAKE_AWAY: TakeAwayWords = TakeAwayWords {
    download: |m| m.confirm_download(),
    too_long: |m| m.confirm_email_too_long(),
    attach: |m| m.mail_download(),
    copied: |m| m.confirm_copied(),
    copy_failed: |m| m.confirm_copy_failed(),
    no_address: Some(|m| m.confirm_email_unconfigured()),
};

#[component]
pub fn Confirmation() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    // Memos: recording the official ID changes the draft, and must not rebuild the page
    // (which would drop the focus from the form the user is in).
    let complete = w.slice(|d| validate(Step::Review, d).is_empty());
    let reference_text = w.slice(reference);
    let config = site_config();
    let form_url = Signal::derive(move || config.get().and_then(|c| c.official_form));
    let official_id = RwSignal::new(w.read_untracked(|d| d.official_id.clone()));
    let id_saved = RwSignal::new(false);
    let save_id = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = official_id.get_untracked().trim().to_string();
        w.edit(|d| d.official_id = id);
        w.save_now();
        id_saved.set(true);
    };
    let new_pledge = move |_| w.ask(Pending::StartNew);
    // The mail's subject, its whole text, and the short text that names the file instead:
    // worked out once per change of the pledge, shared by both mail links and the warning.
    let message = Memo::new(move |_| {
        let locale = i18n.locale();
        w.read(|d| {
            let r = reference(d);
            let subject = format!("IMRF pledge {r}: {}", d.title.trim());
            let file = format!("pledge-{r}.json");
            let short = format::fill(
                locale,
                locale.messages().mail_attach_body(),
                &[("title", Arg::Text(d.title.trim())), ("reference", Arg::Text(&r)), ("file", Arg::Text(&file))],
            );
            (subject, plain_text(locale, d), short)
        })
    });
    let host_address = Memo::new(move |_| config.get().and_then(|c| c.pledge_email));
    let own_address = w.slice(|d| d.contact_email.trim().to_string());
    let file =
        Callback::new(move |()| w.read_untracked(|d| (format!("pledge-{}.json", reference(d)), export_pledge(d))));
    let text = Callback::new(move |()| w.read_untracked(|d| plain_text(i18n.locale(), d)));

    move || {
        if !complete.get() {
            return view! {
                <p>{i18n.t(|m| m.confirm_incomplete())}</p>
                <p><A href=move || app_path(&Step::Review.path(), i18n.locale())>{i18n.t(|m| m.confirm_go_review())}</A></p>
            }
            .into_any();
        }
        let recorded = w.slice(|d| (!d.official_id.trim().is_empty()).then(|| d.official_id.trim().to_string()));
        view! {
            <div class="panel-confirmation">
                <p>{i18n.t(|m| m.confirm_reference())}</p>
                <p class="reference"><strong>{move || reference_text.get()}</strong></p>
                {move || recorded.get().map(|id| view! { <p class="reference">{i18n.t(|m| m.official_id_label())}": "<strong>{id}</strong></p> })}
            </div>
            <form class="official-id no-print" on:submit=save_id>
                <div class="field">
                    <label for="official-id">{i18n.t(|m| m.official_id_label())}</label>
                    <p class="hint" id="official-id-hint">{i18n.t(|m| m.official_id_hint())}</p>
                    <input id="official-id" name="official-id" type="text" autocomplete="off" aria-describedby="official-id-hint"
                        prop:value=move || official_id.get()
                        on:input=move |ev| { official_id.set(event_target_value(&ev)); id_saved.set(false); }/>
                </div>
                <button type="submit" class="secondary">{i18n.t(|m| m.official_id_save())}</button>
                <p role="status">{move || id_saved.get().then(|| i18n.fill(|m| m.official_id_saved(), &[("id", Arg::Text(&official_id.get()))]))}</p>
            </form>
            <p>{i18n.t(|m| m.confirm_body())}</p>
            <TakeAway file=file text=text mail=message host_address=host_address own_address=own_address
                downloaded=Callback::new(move |()| w.mark_downloaded()) words=TAKE_AWAY>
                {move || config.get().and_then(|c| c.endpoint).map(|endpoint| view! { <Submit endpoint=endpoint key=reference_text body=Callback::new(move |()| w.read_untracked(export_pledge)) words=WORDS/> })}
            </TakeAway>
            <OfficialSheet form_url=form_url/>
            <h2>{i18n.t(|m| m.step_review())}</h2>
            <Answers changeable=false/>
            <p class="no-print"><A href=move || app_path("/progress", i18n.locale())>{i18n.t(|m| m.confirm_report_progress())}</A></p>
            <p class="no-print"><button type="button" class="secondary" on:click=new_pledge>{i18n.t(|m| m.confirm_new())}</button></p>
        }
        .into_any()
    }
}
