//! The progress report's questions, step by step: which pledge and who reports, where it
//! stands, what was done, and the evidence with what comes next.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::form::choices::{options, Labelled};
use crate::components::form::fields::{chosen, Aria, DateInput, FieldShell, Radios, RowText, TextArea, TextField};
use crate::components::repeating_rows::RepeatingRows;
use crate::domain::pledge::progress::field::ReportField;
use crate::domain::pledge::progress::rules::{delivery, MAX_EVIDENCE, MAX_INDICATORS};
use crate::domain::pledge::progress::{Indicator, Stage};
use crate::domain::pledge::rules::LONG_TEXT_MAX;
use crate::domain::pledge::{Choice, Nature, PledgeType};
use crate::i18n::locale::use_i18n;
use crate::i18n::{format, Arg};

use super::state::use_report;

/// Which pledge, and who reports on it.
#[component]
pub fn PledgeStep() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_report();
    let joint = w.slice(|r| r.is_joint());
    let reference = w.slice(|r| r.pledge_reference.trim().to_string());
    let prefilled = w.slice(|r| r.origin.is_some_and(|o| o != crate::domain::pledge::progress::Origin::Typed));
    let natures = Nature::ALL
        .iter()
        .map(|&n| {
            let id = format!("nature-{}", n.as_str());
            view! {
                <div class="choice">
                    <input type="checkbox" id=id.clone() name="natures[]" value=n.as_str()
                        prop:checked=w.slice(move |r| r.has_nature(n))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            w.edit(|r| r.set_nature(n, on));
                        }/>
                    <label for=id>{i18n.t(n.label())}</label>
                </div>
            }
        })
        .collect_view();
    let natures: Box<dyn FnOnce(Aria) -> AnyView> =
        Box::new(move |_| view! { <div class="choices">{natures}</div> }.into_any());
    view! {
        {move || prefilled.get().then(|| view! { <div class="notice" role="note"><p>{i18n.t(|m| m.progress_prefilled())}</p></div> })}
        <TextField field=ReportField::OfficialId label=|m| m.progress_official_id() hint=|m| m.progress_official_id_hint() optional=true
            get=|r| &r.official_id set=|r, v| r.official_id = v/>
        {move || {
            let reference = reference.get();
            (!reference.is_empty()).then(|| view! {
                <p class="hint">{i18n.fill(|m| m.progress_pledge_reference_note(), &[("reference", Arg::Text(&reference))])}</p>
            })
        }}
        <TextField field=ReportField::Title label=|m| m.progress_title() get=|r| &r.title set=|r, v| r.title = v/>
        <TextField field=ReportField::Entity label=|m| m.progress_entity() autocomplete="organization" get=|r| &r.entity set=|r, v| r.entity = v/>
        <Radios
            field=ReportField::PledgeType
            legend=|m| m.pledge_type()
            optional=true
            options={options::<PledgeType>()}
            get=|r| chosen(r.pledge_type)
            set=|r, v| r.pledge_type = Choice::parse(v)
        />
        <FieldShell field=ReportField::Natures label=|m| m.nature_legend() hint=|m| m.progress_natures_hint() group=true control=natures/>
        <h2>{i18n.t(|m| m.progress_who_heading())}</h2>
        <TextField field=ReportField::FocalName label=|m| m.progress_focal_name() autocomplete="name"
            get=|r| &r.focal_name set=|r, v| r.focal_name = v/>
        <TextField field=ReportField::FocalEmail label=|m| m.progress_focal_email() kind="email" autocomplete="email"
            get=|r| &r.focal_email set=|r, v| r.focal_email = v/>
        <Show when=move || joint.get()>
            <TextArea field=ReportField::OnBehalfOf label=|m| m.progress_on_behalf() hint=|m| m.progress_on_behalf_hint() optional=true
                get=|r| &r.on_behalf_of set=|r, v| r.on_behalf_of = v/>
        </Show>
    }
}

/// Where it stands: the stage, "no significant change", the date and the period covered.
#[component]
pub fn StageStep() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_report();
    let no_change = w.slice(|r| r.no_change);
    let previous = w.slice(|r| r.previous_update.trim().to_string());
    view! {
        <Radios
            field=ReportField::Stage
            legend=|m| m.progress_stage()
            options={options::<Stage>()}
            get=|r| chosen(r.stage)
            set=|r, v| r.stage = Choice::parse(v)
        />
        <div class="field">
            <div class="choice">
                <input type="checkbox" id="no-change" name="no-change" aria-describedby="no-change-hint"
                    prop:checked=no_change
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        w.edit(|r| r.no_change = on);
                    }/>
                <label for="no-change">{i18n.t(|m| m.progress_no_change_label())}</label>
                <p class="hint" id="no-change-hint">{i18n.t(|m| m.progress_no_change_hint())}</p>
            </div>
        </div>
        {move || {
            let previous = previous.get();
            (!previous.is_empty()).then(|| view! {
                <p class="hint">{i18n.fill(|m| m.progress_previous_update(), &[("date", Arg::Text(&previous))])}</p>
            })
        }}
        <DateInput field=ReportField::UpdateDate legend=|m| m.progress_update_date() get=|r| &r.update_date set=|r, v| r.update_date = v/>
        <DateInput field=ReportField::PeriodStart legend=|m| m.progress_period_start() hint=|m| m.progress_optional_hint()
            get=|r| &r.period_start set=|r, v| r.period_start = v/>
        <DateInput field=ReportField::PeriodEnd legend=|m| m.progress_period_end() hint=|m| m.progress_optional_hint()
            get=|r| &r.period_end set=|r, v| r.period_end = v/>
    }
}

/// What was done: actions with examples, money delivered against money pledged, the
/// indicators, and the GCM objectives it moved.
#[component]
pub fn DoneStep() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_report();
    let financial = w.slice(|r| r.is_financial());
    let indicators = w.slice(|r| r.asks_indicators());
    let share = w.slice(|r| delivery(r).and_then(|p| p.share()));
    // A slice, not the whole report: the boxes are drawn again only when the offer changes,
    // not at each keystroke in the actions above.
    let offered = w.slice(|r| r.offered_objectives());
    let objective_boxes = move || {
        offered
            .get()
            .into_iter()
            .map(|o| {
                let n = o.number();
                let id = format!("moved-objective-{n}");
                view! {
                    <div class="choice">
                        <input type="checkbox" id=id.clone() name="moved-objectives[]" value=n
                            prop:checked=w.slice(move |r| r.objectives.contains(&n))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                w.edit(|r| r.set_objective(n, on));
                            }/>
                        <label for=id>{move || format!("{n}. {}", i18n.m().objective(o))}</label>
                    </div>
                }
            })
            .collect_view()
    };
    let objectives: Box<dyn FnOnce(Aria) -> AnyView> =
        Box::new(move |_| view! { <div class="choices">{objective_boxes}</div> }.into_any());
    view! {
        <TextArea field=ReportField::Actions label=|m| m.progress_actions() hint=|m| m.progress_actions_hint()
            limits=(1, LONG_TEXT_MAX) get=|r| &r.actions set=|r, v| r.actions = v/>
        <Show when=move || financial.get()>
            <h2>{i18n.t(|m| m.progress_money_heading())}</h2>
            <TextField field=ReportField::Currency label=|m| m.details_currency() hint=|m| m.progress_currency_hint() class="field narrow"
                get=|r| &r.currency set=|r, v| r.currency = v.trim().to_uppercase()/>
            <TextField field=ReportField::AmountPledged label=|m| m.progress_amount_pledged() hint=|m| m.progress_amount_pledged_hint()
                optional=true get=|r| &r.amount_pledged set=|r, v| r.amount_pledged = v/>
            <TextField field=ReportField::AmountDelivered label=|m| m.progress_amount_delivered() hint=|m| m.progress_amount_delivered_hint()
                get=|r| &r.amount_delivered set=|r, v| r.amount_delivered = v/>
            <p class="delivery" role="status">
                {move || share.get().map(|s| {
                    let share = format::percent(i18n.locale(), s);
                    i18n.fill(|m| m.progress_delivered_share(), &[("share", Arg::Text(&share))])
                })}
            </p>
        </Show>
        <Show when=move || indicators.get()>
            <Indicators/>
        </Show>
        <FieldShell field=ReportField::Objectives label=|m| m.progress_objectives() hint=|m| m.progress_objectives_hint()
            optional=true group=true control=objectives/>
    }
}

/// The indicators as repeating rows: what is measured, its baseline, its value now, its unit.
#[component]
fn Indicators() -> impl IntoView {
    let w = use_report();
    let rows: Box<dyn FnOnce(Aria) -> AnyView> = Box::new(move |_| {
        view! {
            <RepeatingRows
                count=w.slice(|r| r.indicators.len())
                max=MAX_INDICATORS
                first_id=|i| ReportField::IndicatorMeasure(i).id()
                add_id="add-indicator"
                add_label=|m| m.progress_indicator_add()
                remove_label=|m| m.progress_indicator_remove()
                add=Callback::new(move |()| w.edit(|r| r.indicators.push(Indicator::default())))
                remove=Callback::new(move |i| w.edit(|r| if i < r.indicators.len() { r.indicators.remove(i); }))
                row=indicator_row
            />
        }
        .into_any()
    });
    view! {
        <FieldShell field=ReportField::Indicators label=|m| m.progress_indicators() hint=|m| m.progress_indicators_hint()
            optional=true group=true control=rows/>
    }
}

fn indicator_row(i: usize, remove: AnyView) -> AnyView {
    let i18n = use_i18n();
    let heading = i18n.fill(|m| m.progress_indicator_heading(), &[("number", Arg::Count(i as u64 + 1))]);
    type Part = fn(&mut Indicator) -> &mut String;
    let text = move |field: ReportField, part: Part, optional: bool| {
        view! {
            <RowText field=field optional=optional
                get=Arc::new(move |r| r.indicators.get(i).cloned().map(|mut x| std::mem::take(part(&mut x))).unwrap_or_default())
                set=Arc::new(move |r, v| if let Some(x) = r.indicators.get_mut(i) { *part(x) = v; })/>
        }
    };
    view! {
        <fieldset class="repeat-row indicator">
            <legend>{heading}</legend>
            {text(ReportField::IndicatorMeasure(i), |x| &mut x.measure, false)}
            {text(ReportField::IndicatorBaseline(i), |x| &mut x.baseline, true)}
            {text(ReportField::IndicatorCurrent(i), |x| &mut x.current, false)}
            {text(ReportField::IndicatorUnit(i), |x| &mut x.unit, true)}
            {remove}
        </fieldset>
    }
    .into_any()
}

/// Evidence and what comes next: links, challenges, support needed and next steps.
#[component]
pub fn NextStep() -> impl IntoView {
    let w = use_report();
    let links: Box<dyn FnOnce(Aria) -> AnyView> = Box::new(move |_| {
        view! {
            <RepeatingRows
                count=w.slice(|r| r.evidence.len())
                max=MAX_EVIDENCE
                first_id=|i| ReportField::EvidenceLink(i).id()
                add_id="add-evidence"
                add_label=|m| m.progress_evidence_add()
                remove_label=|m| m.progress_evidence_remove()
                add=Callback::new(move |()| w.edit(|r| r.evidence.push(String::new())))
                remove=Callback::new(move |i| w.edit(|r| if i < r.evidence.len() { r.evidence.remove(i); }))
                row=evidence_row
            />
        }
        .into_any()
    });
    view! {
        <FieldShell field=ReportField::Evidence label=|m| m.progress_evidence() hint=|m| m.progress_evidence_hint()
            optional=true group=true control=links/>
        <TextArea field=ReportField::Challenges label=|m| m.progress_challenges() hint=|m| m.progress_challenges_hint() optional=true
            get=|r| &r.challenges set=|r, v| r.challenges = v/>
        <TextArea field=ReportField::Support label=|m| m.progress_support() hint=|m| m.progress_support_hint() optional=true
            get=|r| &r.support set=|r, v| r.support = v/>
        <TextArea field=ReportField::NextSteps label=|m| m.progress_next_steps() hint=|m| m.progress_next_steps_hint() optional=true
            get=|r| &r.next_steps set=|r, v| r.next_steps = v/>
    }
}

fn evidence_row(i: usize, remove: AnyView) -> AnyView {
    view! {
        <div class="repeat-row evidence">
            <RowText field=ReportField::EvidenceLink(i) kind="url" optional=true
                get=Arc::new(move |r| r.evidence.get(i).cloned().unwrap_or_default())
                set=Arc::new(move |r, v| if let Some(x) = r.evidence.get_mut(i) { *x = v; })/>
            {remove}
        </div>
    }
    .into_any()
}
