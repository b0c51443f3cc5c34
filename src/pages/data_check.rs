//! `/check-data`: a data-file checker for hosts, who are rarely Rust developers. A file is chosen,
//! dropped or pasted; every problem and warning is listed with its line, in the page's
//! language and in the validator's words (both print `domain::fund::report`); a valid file
//! is previewed as the overview and the explorer would show it. Nothing leaves the browser.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;

use crate::browser::files::{read_text, take_chosen};
use crate::components::explorer::{Explorer, Preview};
use crate::components::fund_history::FundHistory;
use crate::components::headline::Headline;
use crate::domain::fund::decode::MAX_BYTES;
use crate::domain::fund::report::{check, Report};
use crate::domain::fund::FundSnapshot;
use crate::domain::locale::Locale;
use crate::i18n::format::{self, BrowserFormats};
use crate::i18n::locale::use_i18n;
use crate::i18n::problem_text::{describe, describe_unknown};
use crate::i18n::Arg;

/// Where the checked text came from, named in the page's language when it is rendered.
#[derive(Clone, PartialEq)]
enum Origin {
    File(String),
    Pasted,
}

/// A problem or warning in words, with its line when it has one.
type LineText = (Option<usize>, String);

#[derive(Clone)]
struct Checked {
    origin: Origin,
    /// The domain's verdict (`Report::is_valid`), kept as the snapshot leaves the report.
    valid: bool,
    report: Arc<Report>,
    snapshot: Option<Arc<FundSnapshot>>,
}

#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Reading(String),
    ReadFailed(String),
}

#[component]
pub fn CheckPage() -> impl IntoView {
    let i18n = use_i18n();
    let checked: RwSignal<Option<Checked>> = RwSignal::new(None);
    let status = RwSignal::new(Status::Idle);
    let pasted = RwSignal::new(String::new());
    let dragging = RwSignal::new(false);

    // May run after a file's read completes, when the visitor has left the page: `try_`.
    let show = move |origin: Origin, text: &str| {
        let mut report = check(text);
        let valid = report.is_valid();
        // Moved out, not cloned: the report's copy is never read again.
        let snapshot = report.snapshot.take().map(Arc::new);
        let _ = checked.try_set(Some(Checked { origin, valid, report: Arc::new(report), snapshot }));
        let _ = status.try_set(Status::Idle);
    };
    let take_file = move |file: web_sys::File| {
        let name = file.name();
        // Refused before it is read: a huge file would otherwise be read whole into memory.
        if file.size() > MAX_BYTES as f64 {
            let report = Report::too_large(file.size() as usize);
            checked.set(Some(Checked {
                origin: Origin::File(name),
                valid: false,
                report: Arc::new(report),
                snapshot: None,
            }));
            status.set(Status::Idle);
            return;
        }
        status.set(Status::Reading(name.clone()));
        leptos::task::spawn_local(async move {
            match read_text(&file).await {
                Some(text) => show(Origin::File(name), &text),
                None => {
                    // No result at all rather than the previous file's, under this name.
                    let _ = checked.try_set(None);
                    let _ = status.try_set(Status::ReadFailed(name));
                }
            }
        });
    };
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(file) = take_chosen(&ev) {
            take_file(file);
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
            take_file(file);
        }
    };
    let on_paste_check = move |_| {
        let text = pasted.get_untracked();
        show(Origin::Pasted, &text);
    };

    let size_hint = move || {
        i18n.fill(|m| m.check_file_hint(), &[("size", Arg::Text(&format::megabytes(i18n.locale(), MAX_BYTES)))])
    };
    let status_text = move || match status.get() {
        Status::Idle => String::new(),
        Status::Reading(name) => i18n.fill(|m| m.check_reading(), &[("name", Arg::Text(&name))]),
        Status::ReadFailed(name) => i18n.fill(|m| m.check_read_failed(), &[("name", Arg::Text(&name))]),
    };

    view! {
        <Title text=i18n.t(|m| m.check_title())/>
        <h1>{i18n.t(|m| m.check_heading())}</h1>
        <p class="lead">{i18n.t(|m| m.check_intro())}</p>
        <p>{i18n.t(|m| m.check_private())}</p>
        <div
            class="field drop-zone"
            class:dragging=move || dragging.get()
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            <label for="check-file">{i18n.t(|m| m.check_file_label())}</label>
            <p class="hint" id="check-file-hint">{size_hint}</p>
            <input id="check-file" type="file" accept=".json,application/json" aria-describedby="check-file-hint" on:change=on_change/>
        </div>
        <div class="field">
            <label for="check-paste">{i18n.t(|m| m.check_paste_label())}</label>
            <textarea
                id="check-paste"
                rows="8"
                spellcheck="false"
                autocomplete="off"
                prop:value=move || pasted.get()
                on:input=move |ev| pasted.set(event_target_value(&ev))
            ></textarea>
        </div>
        <p class="actions">
            <button type="button" on:click=on_paste_check>{i18n.t(|m| m.check_paste_button())}</button>
        </p>
        <p role="status" class="check-status">{status_text}</p>
        {move || checked.get().map(|c| view! { <CheckResult checked=c/> })}
    }
}

#[component]
fn CheckResult(checked: Checked) -> impl IntoView {
    let i18n = use_i18n();
    let Checked { origin, valid, report, snapshot } = checked;
    let report = StoredValue::new(report);
    let name = move || match &origin {
        Origin::File(name) => name.clone(),
        Origin::Pasted => i18n.m().check_pasted_name().to_string(),
    };
    let heading = move || i18n.fill(|m| m.check_result_heading(), &[("name", Arg::Text(&name()))]);
    let verdict = {
        let snapshot = snapshot.clone();
        move || match &snapshot {
            Some(s) => {
                let counts = s.counted();
                i18n.fill(
                    |m| m.check_valid(),
                    &[
                        ("count", Arg::Count(s.programmes.len() as u64)),
                        ("funded", Arg::Count(counts.funded)),
                        ("pipeline", Arg::Count(counts.pipeline)),
                        ("date", Arg::Text(&format::date(i18n.locale(), s.as_of))),
                    ],
                )
            }
            None => i18n
                .fill(|m| m.check_invalid(), &[("count", Arg::Count(report.with_value(|r| r.problems.len()) as u64))]),
        }
    };
    let warnings_count = report.with_value(|r| r.warnings.len());
    // "Line 12: At programmes[3].budget: …", re-worded when the language changes.
    let lines = move |pick: fn(&Report, Locale) -> Vec<LineText>| {
        move || {
            let located = report.with_value(|r| pick(r, i18n.locale()));
            located
                .into_iter()
                .map(|(line, text)| {
                    let text = match line {
                        Some(line) => i18n.fill(
                            |m| m.check_at_line(),
                            &[("line", Arg::Count(line as u64)), ("text", Arg::Text(&text))],
                        ),
                        None => text,
                    };
                    view! { <li>{text}</li> }
                })
                .collect_view()
        }
    };
    let problems = lines(|r, l| {
        r.problems.iter().map(|p| (p.line, describe(l.messages(), &BrowserFormats(l), &p.item))).collect()
    });
    let warnings = lines(|r, l| {
        r.warnings.iter().map(|w| (w.line, describe_unknown(l.messages(), &BrowserFormats(l), &w.item))).collect()
    });
    // Focus goes to the result, as to a GOV.UK error summary: a screen reader reads the
    // verdict next, and Tab goes on through the problems.
    let heading_ref = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if let Some(h) = heading_ref.get() {
            let _ = h.focus();
        }
    });
    let has_problems = report.with_value(|r| !r.problems.is_empty());

    view! {
        <section class="check-result" aria-labelledby="check-result-heading">
            <h2 id="check-result-heading" tabindex="-1" node_ref=heading_ref>{heading}</h2>
            <p class=if valid { "check-verdict valid" } else { "check-verdict invalid" }>{verdict}</p>
            {(warnings_count > 0).then(|| view! {
                <p>{move || i18n.fill(|m| m.check_warnings(), &[("count", Arg::Count(warnings_count as u64))])}</p>
            })}
            {has_problems.then(|| view! {
                <h3>{i18n.t(|m| m.check_problems_heading())}</h3>
                <ul class="problems">{problems}</ul>
            })}
            {(warnings_count > 0).then(|| view! {
                <h3>{i18n.t(|m| m.check_warnings_heading())}</h3>
                <ul class="problems warnings">{warnings}</ul>
            })}
        </section>
        {snapshot.map(|s| view! { <PreviewOf snapshot=s/> })}
    }
}

/// The overview and the explorer, rendered by their own components with the checked file.
#[component]
fn PreviewOf(snapshot: Arc<FundSnapshot>) -> impl IntoView {
    let i18n = use_i18n();
    provide_context(Preview);
    let has_history = !snapshot.history.is_empty();
    view! {
        <section class="check-preview" aria-labelledby="preview-overview-heading">
            <h2 id="preview-overview-heading">{i18n.t(|m| m.check_preview_overview())}</h2>
            <p class="hint">{i18n.t(|m| m.check_preview_note())}</p>
            <Headline snapshot=snapshot.clone()/>
            {has_history.then(|| view! { <FundHistory snapshot=snapshot.clone() level=3/> })}
        </section>
        <section class="check-preview" aria-labelledby="preview-explorer-heading">
            <h2 id="preview-explorer-heading">{i18n.t(|m| m.check_preview_explorer())}</h2>
            <Explorer snapshot=snapshot/>
        </section>
    }
}
