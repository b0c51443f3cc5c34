//! The details of each nature, with dates and measurement: recommended, never required
//! (the official form has no place for them). Each group says why it helps; what is given
//! is checked, and "Draft the description from my answers" writes it into the description.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::repeating_rows::RepeatingRows;
use crate::domain::money::Money;
use crate::domain::pledge::field::Field;
use crate::domain::pledge::rules::{currency_of, MAX_SCHEDULE_ROWS};
use crate::domain::pledge::{Choice, Nature, Payment, Recipient, ScheduleRow};
use crate::i18n::format;
use crate::i18n::locale::use_i18n;
use crate::i18n::Arg;
use crate::state::fund::use_fund;

use super::super::messages::{options, Text};
use super::super::state::use_wizard;
use crate::components::form::fields::{chosen, DateInput, Radios, RowText, TextArea, TextField};

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
    let w = use_wizard();
    let other = w.slice(|d| d.recipient == Some(Recipient::Other));
    let schedule = w.slice(|d| d.payment == Some(Payment::Schedule));
    let count = w.slice(|d| d.schedule.len());
    Effect::new(move |_| {
        if schedule.get() && w.read_untracked(|d| d.schedule.is_empty()) {
            w.edit(|d| d.schedule.push(ScheduleRow::default()));
        }
    });
    view! {
        <TextField field=Field::Amount label=|m| m.details_amount() hint=|m| m.details_amount_hint() get=|d| &d.amount set=|d, v| d.amount = v/>
        <TextField field=Field::Currency label=|m| m.details_currency() get=|d| &d.currency set=|d, v| d.currency = v class="field short"/>
        <FundEffect/>
        <Radios
            field=Field::Recipient
            legend=|m| m.details_recipient()
            optional=true
            options={options::<Recipient>()}
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
            options={options::<Payment>()}
            get=|d| chosen(d.payment)
            set=|d, v| d.payment = Choice::parse(v)
        >
            <Show when=move || schedule.get()>
                <div class="conditional">
                    <RepeatingRows
                        count=count
                        max=MAX_SCHEDULE_ROWS
                        first_id=|i| Field::ScheduleYear(i).id()
                        add_id="add-year"
                        add_label=|m| m.details_add_year()
                        remove_label=|m| m.details_remove_year()
                        add=Callback::new(move |()| w.edit(|d| d.schedule.push(ScheduleRow::default())))
                        remove=Callback::new(move |i| w.edit(|d| if i < d.schedule.len() { d.schedule.remove(i); }))
                        row=schedule_row
                    />
                </div>
            </Show>
        </Radios>
    }
}

fn schedule_row(i: usize, remove: AnyView) -> AnyView {
    view! {
        <div class="schedule-row">
            <RowText field=Field::ScheduleYear(i) inputmode="numeric" class="short"
                get=Arc::new(move |d| d.schedule.get(i).map(|r| r.year.clone()).unwrap_or_default())
                set=Arc::new(move |d, v| if let Some(r) = d.schedule.get_mut(i) { r.year = v; })/>
            <RowText field=Field::ScheduleAmount(i) inputmode="decimal"
                get=Arc::new(move |d| d.schedule.get(i).map(|r| r.amount.clone()).unwrap_or_default())
                set=Arc::new(move |d, v| if let Some(r) = d.schedule.get_mut(i) { r.amount = v; })/>
            {remove}
        </div>
    }
    .into_any()
}
