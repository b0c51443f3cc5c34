//! Ways to take a finished document away (a pledge, a progress report): its file, print,
//! copy as text, and e-mail, whole when the link can carry it, else a short message naming
//! the file, said honestly and with the file offered; then whatever the page adds (sending
//! to an endpoint), then one live region that says whether copying worked.

use leptos::prelude::*;

use crate::browser::clipboard::copy_text;
use crate::browser::download::download;
use crate::domain::pledge::mail_link::{mail_link, MAX_MAIL_LINK};
use crate::i18n::locale::use_i18n;
use crate::i18n::Arg;

use super::Text;

/// What the buttons and notices say, in the document's words.
#[derive(Clone, Copy)]
pub struct TakeAwayWords {
    pub download: Text,
    /// With `{count}` and `{max}`: the mail link would be too long.
    pub too_long: Text,
    /// The button that gives the file to attach.
    pub attach: Text,
    pub copied: Text,
    pub copy_failed: Text,
    /// Said where "Send it by e-mail" would be when the host set no address (none: nothing).
    pub no_address: Option<Text>,
}

/// A mail: its subject, the whole document as text, and the short text that names the file.
pub type Mail = (String, String, String);

#[component]
pub fn TakeAway(
    /// The file's name and text, read when it is downloaded.
    file: Callback<(), (String, String)>,
    /// The document as text, read when it is copied.
    text: Callback<(), String>,
    mail: Memo<Mail>,
    /// The address the host set for such documents, if any.
    host_address: Memo<Option<String>>,
    /// The author's own address ("E-mail a copy to myself").
    #[prop(into)]
    own_address: Signal<String>,
    /// Told when the file was saved (the draft is then kept, whatever storage says).
    downloaded: Callback<()>,
    words: TakeAwayWords,
    /// Shown after the e-mail notice: sending to an endpoint.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let i18n = use_i18n();
    let copied = RwSignal::new(None::<bool>);
    let download_file = move |_| {
        let (name, text) = file.run(());
        if download(&name, "application/json", &text).is_ok() {
            downloaded.run(());
        }
    };
    let print = move |_| {
        if let Some(win) = web_sys::window() {
            let _ = win.print();
        }
    };
    let copy = move |_| {
        let text = text.run(());
        leptos::task::spawn_local(async move {
            let _ = copied.try_set(Some(copy_text(text).await));
        });
    };
    // The whole document in a mail link, or its length when it does not fit.
    let whole = move |to: &str| mail.with(|(subject, body, _)| mail_link(to, subject, body));
    // The whole document when it fits, else the short message that asks for the file.
    let href =
        move |to: &str| whole(to).ok().or_else(|| mail.with(|(subject, _, short)| mail_link(to, subject, short).ok()));
    let too_long = move || whole(&host_address.get().unwrap_or_else(|| own_address.get())).err();
    view! {
        <div class="actions no-print">
            <button type="button" class="primary" on:click=download_file>{i18n.t(words.download)}</button>
            <button type="button" class="secondary" on:click=print>{i18n.t(|m| m.confirm_print())}</button>
            <button type="button" class="secondary" on:click=copy>{i18n.t(|m| m.confirm_copy())}</button>
            {move || match host_address.get() {
                Some(to) => Some(view! { <a class="button secondary" href=href(&to)>{i18n.t(|m| m.confirm_email())}</a> }.into_any()),
                None => words.no_address.map(|t| view! { <span class="hint">{i18n.t(t)}</span> }.into_any()),
            }}
            {move || {
                let href = href(&own_address.get())?;
                Some(view! { <a class="button secondary" href=href>{i18n.t(|m| m.confirm_email_self())}</a> })
            }}
        </div>
        {move || too_long().map(|length| view! {
            <div class="notice warning no-print">
                <p>{i18n.fill(words.too_long, &[("count", Arg::Count(length as u64)), ("max", Arg::Count(MAX_MAIL_LINK as u64))])}</p>
                <button type="button" class="secondary" on:click=download_file>{i18n.t(words.attach)}</button>
            </div>
        })}
        {children.map(|c| c())}
        <div class="no-print" role="status" aria-live="polite">
            {move || copied.get().map(|ok| (if ok { words.copied } else { words.copy_failed })(i18n.m()))}
        </div>
    }
}
