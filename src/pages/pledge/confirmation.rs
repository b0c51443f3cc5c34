//! The finished pledge: its reference and the ways to take it away.

use std::time::Duration;

use gloo_net::http::Request;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use serde_json::Value;

use crate::domain::pledge::PledgeDraft;
use crate::domain::pledge_file::{export_pledge, reference};
use crate::domain::pledge_rules::{email_ok, validate, Step};
use crate::domain::query::encode;
use crate::domain::safe_url::SafeUrl;
use crate::data::app_path;
use crate::download::download;
use crate::i18n::Arg;
use crate::locale::use_i18n;

use super::review::{rows, Answers};
use super::messages::field_label;
use super::state::use_wizard;

/// What `config.json` may set; anything missing or malformed is simply not offered.
#[derive(Clone, Debug, Default, PartialEq)]
struct SiteConfig {
    pledge_email: Option<String>,
    endpoint: Option<SafeUrl>,
}

async fn load_config() -> SiteConfig {
    let Ok(response) = Request::get("config.json").send().await else { return SiteConfig::default() };
    if !response.ok() {
        return SiteConfig::default();
    }
    let Ok(value) = response.json::<Value>().await else { return SiteConfig::default() };
    SiteConfig {
        pledge_email: value.get("pledge_email").and_then(Value::as_str).filter(|e| email_ok(e)).map(str::to_string),
        endpoint: value.get("submission_endpoint").and_then(Value::as_str).and_then(SafeUrl::parse),
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Sending {
    Idle,
    Attempt(u32),
    Sent,
    Failed,
}

const ATTEMPTS: u32 = 3;

async fn sleep(ms: u64) {
    let (tx, rx) = futures_channel();
    set_timeout(move || { let _ = tx.send(()); }, Duration::from_millis(ms));
    let _ = rx.await;
}

fn futures_channel() -> (futures::channel::oneshot::Sender<()>, futures::channel::oneshot::Receiver<()>) {
    futures::channel::oneshot::channel()
}

fn plain_text(locale: crate::i18n::Locale, d: &PledgeDraft) -> String {
    let mut text = format!("{}\n\n", reference(d));
    for (id, _, value) in rows(locale, d) {
        if !value.trim().is_empty() {
            text.push_str(&format!("{}: {}\n", field_label(locale, &id), value));
        }
    }
    text
}

#[component]
pub fn Confirmation() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let complete = move || w.draft.with(|d| validate(Step::Review, d).is_empty());
    let config = LocalResource::new(load_config);
    let copied = RwSignal::new(None::<bool>);
    let sending = RwSignal::new(Sending::Idle);
    let navigate = use_navigate();

    let download_pledge = move |_| {
        let (name, text) = w.draft.with_untracked(|d| (format!("pledge-{}.json", reference(d)), export_pledge(d)));
        let _ = download(&name, "application/json", &text);
    };
    let print = move |_| {
        if let Some(win) = web_sys::window() {
            let _ = win.print();
        }
    };
    let copy = move |_| {
        let text = w.draft.with_untracked(|d| plain_text(i18n.locale(), d));
        leptos::task::spawn_local(async move {
            let ok = async {
                let clipboard = js_sys::Reflect::get(&web_sys::window()?.navigator(), &"clipboard".into()).ok()?;
                let write = js_sys::Reflect::get(&clipboard, &"writeText".into()).ok()?;
                let f: js_sys::Function = leptos::wasm_bindgen::JsCast::dyn_into(write).ok()?;
                let promise: js_sys::Promise = leptos::wasm_bindgen::JsCast::dyn_into(f.call1(&clipboard, &text.into()).ok()?).ok()?;
                wasm_bindgen_futures::JsFuture::from(promise).await.ok()
            }
            .await
            .is_some();
            copied.set(Some(ok));
        });
    };
    let submit = move |_| {
        let Some(Some(endpoint)) = config.get().map(|c| c.endpoint) else { return };
        let body = w.draft.with_untracked(export_pledge);
        leptos::task::spawn_local(async move {
            for attempt in 1..=ATTEMPTS {
                sending.set(Sending::Attempt(attempt));
                let sent = match Request::post(endpoint.as_str()).header("content-type", "application/json").body(body.clone()) {
                    Ok(req) => matches!(req.send().await, Ok(r) if r.ok()),
                    Err(_) => false,
                };
                if sent {
                    sending.set(Sending::Sent);
                    return;
                }
                if attempt < ATTEMPTS {
                    sleep(1000 * u64::from(attempt)).await;
                }
            }
            sending.set(Sending::Failed);
        });
    };
    let new_pledge = move |_| {
        w.replace(PledgeDraft::default());
        navigate(&crate::data::nav_path(&Step::Start.path()), Default::default());
    };
    let mailto = move || {
        let address = config.get().and_then(|c| c.pledge_email)?;
        let (subject, body) = w.draft.with(|d| (format!("IMRF pledge {}: {}", reference(d), d.title.trim()), plain_text(i18n.locale(), d)));
        // Mail programs cut long links: the body is kept to a size they all accept.
        let body: String = body.chars().take(1800).collect();
        Some(format!("mailto:{}?subject={}&body={}", encode(&address), encode(&subject), encode(&body)))
    };

    move || {
        if !complete() {
            return view! {
                <p>{i18n.t(|m| m.confirm_incomplete)}</p>
                <p><A href=app_path(&Step::Review.path())>{i18n.t(|m| m.confirm_go_review)}</A></p>
            }
            .into_any();
        }
        let reference_text = w.draft.with(reference);
        view! {
            <div class="panel-confirmation">
                <p>{i18n.t(|m| m.confirm_reference)}</p>
                <p class="reference"><strong>{reference_text}</strong></p>
            </div>
            <p>{i18n.t(|m| m.confirm_body)}</p>
            <div class="actions no-print">
                <button type="button" class="primary" on:click=download_pledge>{i18n.t(|m| m.confirm_download)}</button>
                <button type="button" class="secondary" on:click=print>{i18n.t(|m| m.confirm_print)}</button>
                <button type="button" class="secondary" on:click=copy>{i18n.t(|m| m.confirm_copy)}</button>
                {move || match mailto() {
                    Some(href) => view! { <a class="button secondary" href=href>{i18n.t(|m| m.confirm_email)}</a> }.into_any(),
                    None => view! { <span class="hint">{i18n.t(|m| m.confirm_email_unconfigured)}</span> }.into_any(),
                }}
                {move || config.get().and_then(|c| c.endpoint).map(|_| view! {
                    <button type="button" class="primary" on:click=submit disabled=move || matches!(sending.get(), Sending::Attempt(_))>
                        {i18n.t(|m| m.confirm_submit)}
                    </button>
                })}
            </div>
            <div class="no-print" role="status" aria-live="polite">
                {move || copied.get().map(|ok| if ok { i18n.m().confirm_copied } else { i18n.m().confirm_copy_failed })}
                {move || match sending.get() {
                    Sending::Idle => None,
                    Sending::Attempt(n) => Some(i18n.fill(|m| m.confirm_submitting, &[("attempt", Arg::Count(u64::from(n))), ("total", Arg::Count(u64::from(ATTEMPTS)))])),
                    Sending::Sent => Some(i18n.m().confirm_submitted.to_string()),
                    Sending::Failed => Some(i18n.m().confirm_submit_failed.to_string()),
                }}
            </div>
            <Answers changeable=false/>
            <p class="no-print"><button type="button" class="secondary" on:click=new_pledge.clone()>{i18n.t(|m| m.confirm_new)}</button></p>
        }
        .into_any()
    }
}
