//! "What if" someone added a contribution: a number field and a slider on one amount.

use leptos::prelude::*;

use crate::domain::explorer::whatif::{parse_amount, slider, what_if};
use crate::domain::money::{Money, MoneyError};
use crate::i18n::format;
use crate::i18n::locale::use_i18n;
use crate::i18n::Arg;

use super::ExplorerState;

#[component]
pub fn WhatIfPanel() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<ExplorerState>();
    let m = move || i18n.m();
    let snapshot = state.catalogue.with_value(|c| c.snapshot.clone());
    let snap = StoredValue::new(snapshot);
    let currency = snap.with_value(|s| s.currency);
    // In whole units of the currency, whatever its decimals (domain::explorer::whatif::slider).
    let range = snap.with_value(|s| slider(s));
    let (slider_max, step) = (range.max, range.step);

    let text = Memo::new(move |_| state.query.with(|q| q.what_if.clone()));
    let text = move || text.get();
    let parsed = Memo::new(move |_| snap.with_value(|s| parse_amount(&text(), s)));
    let error = move || match parsed.get() {
        Ok(_) => None,
        Err(e) => Some(match e {
            MoneyError::NotANumber => m().whatif_error_nan(),
            MoneyError::Negative => m().whatif_error_negative(),
            MoneyError::TooPrecise => m().whatif_error_precise(),
            MoneyError::TooLarge => m().whatif_error_large(),
        }),
    };
    let slider_value = move || match parsed.get() {
        Ok(Some(amount)) => range.position(amount).to_string(),
        _ => "0".to_string(),
    };
    let outcome = move || {
        let Ok(Some(extra)) = parsed.get() else { return None };
        let locale = i18n.locale();
        let Some(w) = snap.with_value(|s| what_if(s, extra)) else {
            return Some(view! { <p class="error-message">{i18n.t(|m| m.whatif_error_overflow())}</p> }.into_any());
        };
        let target = snap.with_value(|s| s.target);
        let share =
            w.share_after.map(|s| format::percent(locale, s)).unwrap_or_else(|| m().meter_no_target().to_string());
        let result = i18n.fill(
            |m| m.whatif_result(),
            &[
                ("extra", Arg::Text(&format::money(locale, w.extra))),
                ("share", Arg::Text(&share)),
                ("target", Arg::Text(&format::money_compact(locale, target))),
            ],
        );
        let left = if w.over_target.minor() > 0 {
            i18n.fill(|m| m.whatif_over(), &[("amount", Arg::Text(&format::money(locale, w.over_target)))])
        } else {
            i18n.fill(|m| m.whatif_remaining(), &[("amount", Arg::Text(&format::money(locale, w.remaining)))])
        };
        let fundable = i18n.fill(
            |m| m.whatif_fundable(),
            &[
                ("fundable", Arg::Count(w.fundable as u64)),
                ("with_budget", Arg::Count(w.pipeline_with_budget as u64)),
                ("pipeline", Arg::Count(w.pipeline_total as u64)),
            ],
        );
        Some(
            view! {
                <p class="whatif-share">{result}</p>
                <p>{left}</p>
                <p>{fundable}</p>
            }
            .into_any(),
        )
    };
    let set_text = move |value: String| {
        state.type_in(move |q| q.what_if = value);
    };

    view! {
        <section class="whatif">
            <h2 id="whatif-heading">{i18n.t(|m| m.whatif_heading())}</h2>
            <p>{i18n.t(|m| m.whatif_intro())}</p>
            <div class="field">
                <label for="whatif-amount">
                    {move || i18n.fill(|m| m.whatif_label(), &[("currency", Arg::Text(currency.code()))])}
                </label>
                <p id="whatif-error" class="error-message" hidden=move || error().is_none()>{error}</p>
                <input
                    id="whatif-amount"
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    maxlength="64"
                    aria-invalid=move || if error().is_some() { "true" } else { "false" }
                    aria-describedby="whatif-error whatif-rule"
                    prop:value=text
                    on:input=move |ev| set_text(event_target_value(&ev))
                />
            </div>
            <div class="field">
                <label for="whatif-slider">{i18n.t(|m| m.whatif_slider_label())}</label>
                <input
                    id="whatif-slider"
                    type="range"
                    min="0"
                    max=slider_max
                    step=step
                    prop:value=slider_value
                    aria-valuetext=move || match parsed.get() {
                        Ok(Some(a)) => format::money(i18n.locale(), a),
                        _ => format::money(i18n.locale(), Money::zero(currency)),
                    }
                    on:input=move |ev| set_text(event_target_value(&ev))
                />
            </div>
            <div class="whatif-outcome" aria-live="polite">{outcome}</div>
            <p id="whatif-rule" class="hint">{i18n.t(|m| m.whatif_rule())}</p>
        </section>
    }
}
