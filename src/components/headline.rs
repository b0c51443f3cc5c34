//! The fund's headline: how far it is toward its target, what was raised, what remains, and
//! how many programmes are funded and in the pipeline. The overview shows it for the
//! published data, the data-file checker for a file being checked.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::progress_meter::ProgressMeter;
use crate::domain::fund::FundSnapshot;
use crate::i18n::format;
use crate::i18n::locale::use_i18n;
use crate::i18n::Arg;

#[component]
pub fn Headline(snapshot: Arc<FundSnapshot>) -> impl IntoView {
    let i18n = use_i18n();
    let progress = snapshot.progress();
    let share = progress.share();
    let counts = snapshot.counted();
    let as_of = snapshot.as_of;
    let source = StoredValue::new(snapshot.source.clone());

    let target_text = move || format::money_compact(i18n.locale(), progress.target);
    let share_text = Signal::derive(move || match share {
        Some(s) => i18n.fill(
            |m| m.headline_share(),
            &[("share", Arg::Text(&format::percent(i18n.locale(), s))), ("target", Arg::Text(&target_text()))],
        ),
        None => i18n.m().meter_no_target().to_string(),
    });
    let amount_line = move |pick: fn(&crate::i18n::Messages) -> &'static str, amount| {
        i18n.fill(pick, &[("amount", Arg::Text(&format::money_compact(i18n.locale(), amount)))])
    };
    let raised = move || amount_line(|m| m.headline_raised(), progress.raised);
    let to_go = move || {
        if progress.is_reached() {
            amount_line(|m| m.headline_over_target(), progress.over_target())
        } else {
            amount_line(|m| m.headline_to_go(), progress.remaining())
        }
    };
    let funded = move || i18n.fill(|m| m.headline_funded(), &[("count", Arg::Count(counts.funded))]);
    let pipeline = move || i18n.fill(|m| m.headline_pipeline(), &[("count", Arg::Count(counts.pipeline))]);
    // "As of 1 February 2022, 4 years ago": a visitor should not have to work out how old
    // the figures are.
    let date = move || {
        let locale = i18n.locale();
        let (date, age) = (format::date(locale, as_of), format::age(locale, as_of));
        if age.is_empty() {
            i18n.fill(|m| m.headline_as_of(), &[("date", Arg::Text(&date))])
        } else {
            i18n.fill(|m| m.headline_as_of_age(), &[("date", Arg::Text(&date)), ("age", Arg::Text(&age))])
        }
    };
    let source_line = move || i18n.fill(|m| m.headline_source(), &[("source", Arg::Text(&source.read_value().title))]);
    let source_url = source.read_value().url.as_ref().map(|u| u.as_str().to_string());

    view! {
        <section class="headline">
            <p id="headline-share" class="headline-share">{share_text}</p>
            <ProgressMeter share=share label=Signal::derive(move || i18n.m().meter_label().to_string()) value_text=share_text/>
            <ul class="headline-figures">
                <li>{raised}</li>
                <li>{to_go}</li>
                <li>{funded}</li>
                <li>{pipeline}</li>
            </ul>
            <p class="as-of">
                {date}
                ". "
                {match source_url {
                    Some(url) => view! { <a href=url rel="noopener noreferrer">{source_line}</a> }.into_any(),
                    None => view! { <span>{source_line}</span> }.into_any(),
                }}
            </p>
        </section>
    }
}
