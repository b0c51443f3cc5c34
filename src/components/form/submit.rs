//! Sending a finished pledge (or progress report) to the endpoint the host configured,
//! exactly once: every attempt and retry carries the same `Idempotency-Key` (the document's
//! reference, so the endpoint can drop duplicates), a passing failure is retried, a lasting
//! one is explained with a Try again, and once the endpoint has accepted it Submit is gone
//! for good.

use leptos::prelude::*;

use crate::browser::fetch::{post_json, sleep, FetchError};
use crate::browser::storage;
use crate::domain::safe_url::SafeUrl;
use crate::i18n::locale::use_i18n;
use crate::i18n::Arg;

use super::Text;

/// Where sending stands. A small state machine rather than Leptos's `Action`: the visitor is
/// told which attempt is under way ("attempt 2 of 3") and why the last one failed, which an
/// action's single pending flag and final value do not say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sending {
    Idle,
    Attempt(u32),
    Failed(FetchError),
}

const ATTEMPTS: u32 = 3;

/// A failure worth another attempt at once: no answer (offline, or refused by CORS or the
/// CSP), a timeout, too many requests, or a server error. Any other refusal would be
/// refused again.
fn passing(f: FetchError) -> bool {
    match f {
        FetchError::Network => true,
        FetchError::Http(s) => s == 408 || s == 429 || s >= 500,
    }
}

/// What the button and its status say, in the document's words ("the pledge", "the update").
#[derive(Clone, Copy)]
pub struct SubmitWords {
    pub submit: Text,
    /// With `{attempt}` and `{total}`.
    pub sending: Text,
    /// With `{reference}`.
    pub sent: Text,
    pub failed: Text,
}

/// `key` is the document's reference (the idempotency key); `body` gives the file to send,
/// read when sent.
#[component]
pub fn Submit(endpoint: SafeUrl, key: Memo<String>, body: Callback<(), String>, words: SubmitWords) -> impl IntoView {
    let i18n = use_i18n();
    // Read from storage too, so a reload after success does not offer Submit again.
    let sent = RwSignal::new(storage::was_submitted(&key.get_untracked()));
    let sending = RwSignal::new(Sending::Idle);
    let endpoint = endpoint.as_str().to_string();
    let submit = move |_| {
        if sent.get_untracked() || matches!(sending.get_untracked(), Sending::Attempt(_)) {
            return;
        }
        let (key, body) = (key.get_untracked(), body.run(()));
        let endpoint = endpoint.clone();
        leptos::task::spawn_local(async move {
            for attempt in 1..=ATTEMPTS {
                // The user may leave the page while it is sent: its signals may be gone by then.
                let _ = sending.try_set(Sending::Attempt(attempt));
                match post_json(&endpoint, &key, &body).await {
                    Ok(()) => {
                        storage::mark_submitted(&key);
                        let _ = sending.try_set(Sending::Idle);
                        let _ = sent.try_set(true);
                        return;
                    }
                    Err(f) if attempt < ATTEMPTS && passing(f) => sleep(1000 * attempt).await,
                    Err(f) => {
                        let _ = sending.try_set(Sending::Failed(f));
                        return;
                    }
                }
            }
        });
    };
    let status = move || {
        let m = i18n.m();
        match sending.get() {
            Sending::Idle => None,
            Sending::Attempt(n) => Some(i18n.fill(
                words.sending,
                &[("attempt", Arg::Count(u64::from(n))), ("total", Arg::Count(u64::from(ATTEMPTS)))],
            )),
            Sending::Failed(f) => {
                let why = match f {
                    FetchError::Network => m.submit_failed_network().to_string(),
                    FetchError::Http(s) => {
                        i18n.fill(|m| m.submit_failed_status(), &[("status", Arg::Text(&s.to_string()))])
                    }
                };
                Some(format!("{} {why}", (words.failed)(m)))
            }
        }
    };
    let label = move || {
        if matches!(sending.get(), Sending::Failed(_)) {
            i18n.m().submit_try_again()
        } else {
            (words.submit)(i18n.m())
        }
    };
    let message = move || {
        if sent.get() {
            Some(i18n.fill(words.sent, &[("reference", Arg::Text(&key.get()))]))
        } else {
            status()
        }
    };
    view! {
        <div class="submit no-print">
            <Show when=move || !sent.get()>
                <button type="button" class="primary" on:click=submit.clone() disabled=move || matches!(sending.get(), Sending::Attempt(_))>
                    {label}
                </button>
            </Show>
            // One live region for every outcome, there from the start so each is announced.
            <p role="status" class=move || if sent.get() { "notice success" } else { "" }>{message}</p>
        </div>
    }
}
