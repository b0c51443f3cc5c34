//! What went wrong loading the data, in words a visitor and a host can act on.

use leptos::prelude::*;

use crate::i18n::format::BrowserFormats;
use crate::i18n::locale::use_i18n;
use crate::i18n::problem_text::describe;
use crate::i18n::Arg;
use crate::state::fund::LoadError;

/// Enough to fix a file in one go without flooding the page.
const SHOWN_PROBLEMS: usize = 20;

#[component]
pub fn ErrorView<R>(error: LoadError, on_retry: R) -> impl IntoView
where
    R: Fn() + Send + Sync + 'static,
{
    let i18n = use_i18n();
    let m = move || i18n.m();
    let error = StoredValue::new(error);
    let summary = move || match error.read_value().clone() {
        LoadError::Network => m().error_network().to_string(),
        LoadError::Http(status) => i18n.fill(|m| m.error_http(), &[("status", Arg::Text(&status.to_string()))]),
        LoadError::Invalid(problems) => {
            i18n.fill(|m| m.error_invalid(), &[("count", Arg::Count(problems.len() as u64))])
        }
    };
    let problems = move || {
        let locale = i18n.locale();
        match &*error.read_value() {
            LoadError::Invalid(problems) => problems
                .iter()
                .take(SHOWN_PROBLEMS)
                .map(|p| describe(locale.messages(), &BrowserFormats(locale), p))
                .collect::<Vec<_>>(),
            _ => Vec::new(),
        }
    };
    let hidden = move || match &*error.read_value() {
        LoadError::Invalid(problems) if problems.len() > SHOWN_PROBLEMS => Some(
            i18n.fill(|m| m.error_more_problems(), &[("count", Arg::Count((problems.len() - SHOWN_PROBLEMS) as u64))]),
        ),
        _ => None,
    };
    view! {
        <section class="error-view" role="alert" aria-labelledby="error-view-heading">
            <h2 id="error-view-heading">{i18n.t(|m| m.error_heading())}</h2>
            <p>{summary}</p>
            <Show when=move || !problems().is_empty()>
                <ul class="problems">
                    {move || problems().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                </ul>
            </Show>
            {move || hidden().map(|text| view! { <p>{text}</p> })}
            <p class="hint">{i18n.t(|m| m.error_host_hint())}</p>
            // A plain link: the router takes over its click, and the view also renders
            // outside a router (its component test).
            <p><a href=i18n.href("/check-data")>{i18n.t(|m| m.error_check_link())}</a></p>
            <button type="button" on:click=move |_| on_retry()>{i18n.t(|m| m.error_retry())}</button>
        </section>
    }
}
