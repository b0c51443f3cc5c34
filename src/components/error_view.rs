//! What went wrong loading the data, in words a visitor and a host can act on.

use leptos::prelude::*;

use crate::data::LoadError;
use crate::domain::fund::Status;
use crate::domain::fund_decode::{Expected, Problem};
use crate::domain::money::MoneyError;
use crate::format;
use crate::i18n::{Arg, Locale, Messages};
use crate::locale::use_i18n;

/// Enough to fix a file in one go without flooding the page.
const SHOWN_PROBLEMS: usize = 20;

fn expected(m: &Messages, e: Expected) -> &'static str {
    match e {
        Expected::Object => m.expected_object,
        Expected::List => m.expected_list,
        Expected::Text => m.expected_text,
        Expected::WholeNumber => m.expected_whole_number,
        Expected::Amount => m.expected_amount,
    }
}

/// One problem as a sentence, with its place in the file when it has one.
pub fn describe(locale: Locale, problem: &Problem) -> String {
    let m = locale.messages();
    let fill = |template: &str, args: &[(&str, Arg)]| format::fill(locale, template, args);
    let what = match problem {
        Problem::Empty => m.problem_empty.to_string(),
        Problem::TooLarge { bytes } => fill(m.problem_too_large, &[("size", Arg::Text(&format::megabytes(locale, *bytes)))]),
        Problem::LooksLikeHtml => m.problem_html.to_string(),
        Problem::Syntax { line, column, truncated } => fill(
            if *truncated { m.problem_truncated } else { m.problem_syntax },
            &[("line", Arg::Count(*line as u64)), ("column", Arg::Count(*column as u64))],
        ),
        Problem::Missing { .. } => m.problem_missing.to_string(),
        Problem::WrongType { expected: e, .. } => fill(m.problem_wrong_type, &[("expected", Arg::Text(expected(m, *e)))]),
        Problem::EmptyText { .. } => m.problem_empty_text.to_string(),
        Problem::UnsupportedVersion { found, .. } => fill(m.problem_version, &[("found", Arg::Text(found))]),
        Problem::BadCurrency { .. } => m.problem_currency.to_string(),
        Problem::BadAmount { error, .. } => match error {
            MoneyError::Negative => m.problem_amount_negative,
            MoneyError::TooPrecise => m.problem_amount_precise,
            MoneyError::TooLarge => m.problem_amount_large,
            MoneyError::NotANumber => m.problem_amount_nan,
        }
        .to_string(),
        Problem::BadDate { .. } => m.problem_date.to_string(),
        Problem::BadUrl { .. } => m.problem_url.to_string(),
        Problem::UnknownStatus { found, .. } => fill(m.problem_status, &[("found", Arg::Text(found))]),
        Problem::DuplicateId { id, .. } => fill(m.problem_duplicate_id, &[("id", Arg::Text(id))]),
        Problem::ObjectiveOutOfRange { found, .. } => fill(m.problem_objective, &[("found", Arg::Text(found))]),
        Problem::NoSources { .. } => m.problem_no_sources.to_string(),
        Problem::TooManyProgrammes { found } => fill(m.problem_too_many, &[("count", Arg::Count(*found as u64))]),
        Problem::CountMismatch { status, declared, found } => fill(
            m.problem_count_mismatch,
            &[
                ("status", Arg::Text(status_key(*status))),
                ("declared", Arg::Count(*declared)),
                ("found", Arg::Count(*found)),
            ],
        ),
        Problem::PercentMismatch { declared, computed_basis_points } => fill(
            m.problem_percent_mismatch,
            &[
                ("declared", Arg::Count(*declared)),
                ("computed", Arg::Text(&format::percent(locale, crate::domain::progress::BasisPoints(*computed_basis_points)))),
            ],
        ),
        Problem::BudgetsExceedRaised { budgets, raised } => fill(
            m.problem_budgets_exceed,
            &[("budgets", Arg::Text(&format::money(locale, *budgets))), ("raised", Arg::Text(&format::money(locale, *raised)))],
        ),
    };
    match problem.path() {
        Some(path) => fill(m.problem_at, &[("path", Arg::Text(path)), ("problem", Arg::Text(&what))]),
        None => what,
    }
}

/// The data file's own key for a status (it appears in `counts.funded`), not a translation.
fn status_key(status: Status) -> &'static str {
    status.as_str()
}

#[component]
pub fn ErrorView<R>(error: LoadError, on_retry: R) -> impl IntoView
where
    R: Fn() + Send + Sync + 'static,
{
    let i18n = use_i18n();
    let m = move || i18n.m();
    let error = StoredValue::new(error);
    let summary = move || match error.read_value().clone() {
        LoadError::Network => m().error_network.to_string(),
        LoadError::Http(status) => i18n.fill(|m| m.error_http, &[("status", Arg::Text(&status.to_string()))]),
        LoadError::Invalid(problems) => i18n.fill(|m| m.error_invalid, &[("count", Arg::Count(problems.len() as u64))]),
    };
    let problems = move || {
        let locale = i18n.locale();
        match &*error.read_value() {
            LoadError::Invalid(problems) => {
                problems.iter().take(SHOWN_PROBLEMS).map(|p| describe(locale, p)).collect::<Vec<_>>()
            }
            _ => Vec::new(),
        }
    };
    let hidden = move || match &*error.read_value() {
        LoadError::Invalid(problems) if problems.len() > SHOWN_PROBLEMS => {
            Some(i18n.fill(|m| m.error_more_problems, &[("count", Arg::Count((problems.len() - SHOWN_PROBLEMS) as u64))]))
        }
        _ => None,
    };
    view! {
        <section class="error-view" role="alert" aria-labelledby="error-view-heading">
            <h2 id="error-view-heading">{i18n.t(|m| m.error_heading)}</h2>
            <p>{summary}</p>
            <Show when=move || !problems().is_empty()>
                <ul class="problems">
                    {move || problems().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                </ul>
            </Show>
            {move || hidden().map(|text| view! { <p>{text}</p> })}
            <p class="hint">{i18n.t(|m| m.error_host_hint)}</p>
            <button type="button" on:click=move |_| on_retry()>{i18n.t(|m| m.error_retry)}</button>
        </section>
    }
}
