//! The details of each nature, with dates and measurement: recommended, never required
//! (the official form has no place for them). Each group says why it helps; what is given
//! is checked, and "Draft the description from my answers" writes it into the description.

use std::sync::Arc;

use leptos::prelude::*;

use crate::browser::focus::focus_id;

use crate::domain::money::Money;
use crate::domain::pledge::field::Field;
use crate::domain::pledge::rules::{currency_of, MAX_SCHEDULE_ROWS};
use crate::domain::pledge::{Choice, Nature, Payment, Recipient, ScheduleRow};
use crate::i18n::format;
use crate::i18n::locale::use_i18n;
use crate::i18n::Arg;
use crate::state::fund::use_fund;

use super::super::fields::{choices, chosen, described_by, DateInput, InlineError, Radios, TextArea, TextField};
use super::super::messages::{field_label, Text};
use super::super::state::use_wizard;
use super::rows::focus_after_remove;

/// "Your pledge of USD 2,000,000 would take the fund from 40% to 42.9% of its USD 70
/// million target", from the loaded data; only for amounts in the fund's currency.
#[component]
pub fn FundEffect() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let fund = use_fund();
    let pledged = w.slice(|d| (d.amount.clone(), currency_of(d), d.has_nature(Nature::Financial)));
    move || {
        let Some(Ok(snapshot)) = fund.get() else { return None };
        let (amount, currency, financial) = pledged.get();
        let currency = currency.filter(|_| financial)?;
        let locale = i18n.locale();
        if currency != snapshot.currency {
            let text =
                i18n.fill(|m| m.details_effect_other_currency(), &[("currency", Arg::Text(snapshot.currency.code()))]);
            return Some(view! { <p class="hint">{text}</p> }.into_any());
        }
        let pledge = Money::parse_decimal(&amount, currency).ok().filter(|m| m.minor() > 0)?;
        let before = snapshot.progress();
        let after = before.with_additional(pledge)?;
        let text = i18n.fill(
            |m| m.details_effect(),
            &[
                ("amount", Arg::Text(&format::money(locale, pledge))),
                ("before", Arg::Text(&format::percent(locale, before.share()?))),
                ("after", Arg::Text(&format::percent(locale, after.share()?))),
                ("target", Arg::Text(&format::money_compact(locale, snapshot.target))),
            ],
        );
        Some(view! { <p class="fund-effect" aria-live="polite">{text}</p> }.into_any())
    }
}

/// A group of recommended questions with a heading and why they help.
#[component]
fn Group(heading: Text, why: Text, children: Children) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="details-group">
            <h2>{i18n.t(heading)}</h2>
            <p class="hint why">{i18n.t(why)}</p>
            {children()}
        </section>
    }
}

#[component]
pub fn DetailsStep() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let has = move |n: Nature| w.slice(move |d| d.has_nature(n));
    let (financial, material, process, policy) =
        (has(Nature::Financial), has(Nature::Material), has(Nature::Process), has(Nature::Policy));
    view! {
        <p class="lead">{i18n.t(|m| m.details_intro())}</p>
        <Show when=move || financial.get()>
            <Group heading=|m| m.details_financial_heading() why=|m| m.details_financial_why()>
                <FinancialDetails/>
            </Group>
        </Show>
        <Show when=move || material.get()>
            <Group heading=|m| m.details_material_heading() why=|m| m.details_material_why()>
                <TextField field=Field::Staff label=|m| m.details_staff() hint=|m| m.details_staff_hint() get=|d| &d.staff set=|d, v| d.staff = v class="field short"/>
                <TextArea field=Field::Expertise label=|m| m.details_expertise() get=|d| &d.expertise set=|d, v| d.expertise = v/>
                <TextField field=Field::StaffLocation label=|m| m.details_location() get=|d| &d.staff_location set=|d, v| d.staff_location = v/>
            </Group>
        </Show>
        <Show when=move || process.get()>
            <Group heading=|m| m.details_process_heading() why=|m| m.details_process_why()>
                <TextArea field=Field::Process label=|m| m.details_process() hint=|m| m.details_process_hint() get=|d| &d.process set=|d, v| d.process = v/>
                <TextArea field=Field::Participants label=|m| m.details_participants() get=|d| &d.participants set=|d, v| d.participants = v/>
            </Group>
        </Show>
        <Show when=move || policy.get()>
            <Group heading=|m| m.details_policy_heading() why=|m| m.details_policy_why()>
                <TextArea field=Field::Policy label=|m| m.details_policy() get=|d| &d.policy set=|d, v| d.policy = v/>
                <TextField field=Field::Instrument label=|m| m.details_instrument() hint=|m| m.details_instrument_hint() get=|d| &d.instrument set=|d, v| d.instrument = v/>
            </Group>
        </Show>
        <Group heading=|m| m.details_timing_heading() why=|m| m.details_timing_why()>
            <DateInput field=Field::Start legend=|m| m.pledge_start() get=|d| &d.start set=|d, v| d.start = v/>
            <DateInput field=Field::End legend=|m| m.pledge_end() get=|d| &d.end set=|d, v| d.end = v/>
            <TextArea field=Field::Measurement label=|m| m.pledge_measurement() get=|d| &d.measurement set=|d, v| d.measurement = v/>
        </Group>
    }
}

#[component]
fn FinancialDetails() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let other = w.slice(|d| d.recipient == Some(Recipient::Other));
    let schedule = w.slice(|d| d.payment == Some(Payment::Schedule));
    let count = w.slice(|d| d.schedule.len());
    Effect::new(move |_| {
        if schedule.get() && w.draft.with_untracked(|d| d.schedule.is_empty()) {
            w.edit(|d| d.schedule.push(ScheduleRow::default()));
        }
    });
    let rows = move || {
        (0..count.get())
            .map(|i| {
                let remove = i18n.fill(|m| m.details_remove_year(), &[("number", Arg::Count(i as u64 + 1))]);
                view! {
                    <div class="schedule-row">
                        <ScheduleInput field=Field::ScheduleYear(i) mode="numeric" class="short"
                            get=Arc::new(move |r: &ScheduleRow| r.year.clone()) set=Arc::new(move |r: &mut ScheduleRow, v| r.year = v)/>
                        <ScheduleInput field=Field::ScheduleAmount(i) mode="decimal" class=""
                            get=Arc::new(move |r: &ScheduleRow| r.amount.clone()) set=Arc::new(move |r: &mut ScheduleRow, v| r.amount = v)/>
                        <button type="button" class="secondary" on:click=move |_| {
                            let len = w.draft.with_untracked(|d| d.schedule.len());
                            w.edit(|d| if i < d.schedule.len() { d.schedule.remove(i); });
                            focus_after_remove(|j| Field::ScheduleYear(j).id(), "add-year", i, len);
                        }>{remove}</button>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <TextField field=Field::Amount label=|m| m.details_amount() hint=|m| m.details_amount_hint() get=|d| &d.amount set=|d, v| d.amount = v/>
        <TextField field=Field::Currency label=|m| m.details_currency() get=|d| &d.currency set=|d, v| d.currency = v class="field short"/>
        <FundEffect/>
        <Radios
            field=Field::Recipient
            legend=|m| m.details_recipient()
            optional=true
            options=choices(&[(Recipient::Mmptf, |m| m.details_recipient_mmptf(), None), (Recipient::Other, |m| m.details_recipient_other(), None)])
            get=|d| chosen(d.recipient)
            set=|d, v| d.recipient = Choice::parse(v)
        >
            <Show when=move || other.get()>
                <TextField field=Field::RecipientOther label=|m| m.details_recipient_other_name() get=|d| &d.recipient_other set=|d, v| d.recipient_other = v class="field conditional"/>
            </Show>
        </Radios>
        <Radios
            field=Field::Payment
            legend=|m| m.details_payment()
            optional=true
            options=choices(&[(Payment::OneOff, |m| m.details_payment_one_off(), None), (Payment::Schedule, |m| m.details_payment_schedule(), None)])
            get=|d| chosen(d.payment)
            set=|d, v| d.payment = Choice::parse(v)
        >
            <Show when=move || schedule.get()>
                <div class="conditional">
                    {rows}
                    <button type="button" class="secondary" id="add-year"
                        disabled=move || { count.get() >= MAX_SCHEDULE_ROWS }
                        on:click=move |_| {
                            let next = count.get_untracked();
                            w.edit(|d| d.schedule.push(ScheduleRow::default()));
                            request_animation_frame(move || focus_id(&Field::ScheduleYear(next).id()));
                        }>
                        {i18n.t(|m| m.details_add_year())}
                    </button>
                </div>
            </Show>
        </Radios>
    }
}

type RowGetter = Arc<dyn Fn(&ScheduleRow) -> String + Send + Sync>;
type RowSetter = Arc<dyn Fn(&mut ScheduleRow, String) + Send + Sync>;

/// One box of an instalment row, linked to its inline error.
#[component]
fn ScheduleInput(
    field: Field,
    mode: &'static str,
    class: &'static str,
    get: RowGetter,
    set: RowSetter,
) -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let index = match field {
        Field::ScheduleYear(i) | Field::ScheduleAmount(i) => i,
        _ => 0,
    };
    let id = field.id();
    let has_error = move || w.error_for(field).is_some();
    let described = id.clone();
    view! {
        <div class=move || if has_error() { "field field-error" } else { "field" }>
            <label for=id.clone()>{move || field_label(i18n.locale(), field)}</label>
            <InlineError field=field/>
            <input id=id.clone() name=id type="text" inputmode=mode class=class autocomplete="off"
                aria-invalid=move || if has_error() { "true" } else { "false" }
                aria-describedby=move || described_by(&described, false, has_error())
                prop:value=w.slice(move |d| d.schedule.get(index).map(|r| get(r)).unwrap_or_default())
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    let set = set.clone();
                    w.edit(move |d| if let Some(r) = d.schedule.get_mut(index) { set(r, v); });
                }/>
        </div>
    }
}
