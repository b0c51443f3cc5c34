//! The questions of each step.

use leptos::prelude::*;

use crate::data::use_fund;
use crate::domain::gcm::{Objective, Principle, Roundtable};
use crate::domain::money::Money;
use crate::domain::pledge::{principle_key, ScheduleRow};
use crate::domain::pledge_rules::{currency_of, DESCRIPTION_MAX, DESCRIPTION_MIN, MAX_CO_PLEDGERS, MAX_SCHEDULE_ROWS};
use crate::domain::text_fold::fold;
use crate::format;
use crate::i18n::Arg;
use crate::locale::use_i18n;

use super::fields::{InlineError, Radios, TextArea, TextField};
use super::state::use_wizard;

#[component]
pub fn AboutStep() -> impl IntoView {
    let w = use_wizard();
    let other = move || w.draft.with(|d| d.entity_type == "other");
    view! {
        <TextField id="entity" label=|m| m.about_entity hint=|m| m.about_entity_hint get=|d| &d.entity set=|d, v| d.entity = v autocomplete="organization"/>
        <Radios
            id="entity-type"
            legend=|m| m.about_entity_type
            options=vec![
                ("member-state", |m| m.entity_member_state, None),
                ("un-entity", |m| m.entity_un_entity, None),
                ("civil-society", |m| m.entity_civil_society, None),
                ("migrant-diaspora", |m| m.entity_migrant_diaspora, None),
                ("private-sector", |m| m.entity_private_sector, None),
                ("trade-union", |m| m.entity_trade_union, None),
                ("local-authority", |m| m.entity_local_authority, None),
                ("academia", |m| m.entity_academia, None),
                ("nhri", |m| m.entity_nhri, None),
                ("other", |m| m.entity_other, None),
            ]
            get=|d| &d.entity_type
            set=|d, v| d.entity_type = v
        >
            <Show when=other>
                <TextField id="entity-type-other" label=|m| m.about_entity_type_other get=|d| &d.entity_type_other set=|d, v| d.entity_type_other = v class="field conditional"/>
            </Show>
        </Radios>
        <TextField id="country" label=|m| m.about_country get=|d| &d.country set=|d, v| d.country = v autocomplete="country-name"/>
        <TextField id="contact-name" label=|m| m.about_contact_name get=|d| &d.contact_name set=|d, v| d.contact_name = v autocomplete="name"/>
        <TextField id="contact-email" label=|m| m.about_contact_email get=|d| &d.contact_email set=|d, v| d.contact_email = v kind="email" autocomplete="email"/>
        <TextField id="contact-phone" label=|m| m.about_contact_phone get=|d| &d.contact_phone set=|d, v| d.contact_phone = v kind="tel" optional=true autocomplete="tel"/>
    }
}

#[component]
pub fn PartnersStep() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let joint = move || w.draft.with(|d| d.joint == "yes");
    let matching = move || w.draft.with(|d| d.matching == "yes");
    // A joint pledge starts with one empty row to fill in.
    Effect::new(move |_| {
        if joint() && w.draft.with_untracked(|d| d.co_pledgers.is_empty()) {
            w.edit(|d| d.co_pledgers.push(String::new()));
        }
    });
    let rows = move || {
        let count = w.draft.with(|d| d.co_pledgers.len());
        (0..count)
            .map(|i| {
                let id = format!("co-pledger-{i}");
                let label = i18n.fill(|m| m.partners_co_pledger, &[("number", Arg::Count(i as u64 + 1))]);
                let remove = i18n.fill(|m| m.partners_remove, &[("number", Arg::Count(i as u64 + 1))]);
                view! {
                    <div class="field row-field">
                        <label for=id.clone()>{label}</label>
                        <InlineError id=id.clone()/>
                        <div class="row-inputs">
                            <input
                                id=id.clone()
                                type="text"
                                autocomplete="off"
                                aria-invalid=move || if w.error_for(&format!("co-pledger-{i}")).is_some() { "true" } else { "false" }
                                prop:value=move || w.draft.with(|d| d.co_pledgers.get(i).cloned().unwrap_or_default())
                                on:input=move |ev| {
                                    let v = event_target_value(&ev);
                                    w.edit(|d| if let Some(slot) = d.co_pledgers.get_mut(i) { *slot = v; });
                                }
                            />
                            <button type="button" class="secondary" on:click=move |_| w.edit(|d| {
                                if i < d.co_pledgers.len() { d.co_pledgers.remove(i); }
                            })>{remove}</button>
                        </div>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <Radios
            id="joint"
            legend=|m| m.partners_joint
            hint=|m| m.partners_joint_hint
            options=vec![("yes", |m| m.yes, None), ("no", |m| m.no, None)]
            get=|d| &d.joint
            set=|d, v| d.joint = v
        >
            <Show when=joint>
                <div class="conditional">
                    {rows}
                    <button
                        type="button"
                        class="secondary"
                        disabled=move || w.draft.with(|d| d.co_pledgers.len() >= MAX_CO_PLEDGERS)
                        on:click=move |_| {
                            let next = w.draft.with_untracked(|d| d.co_pledgers.len());
                            w.edit(|d| d.co_pledgers.push(String::new()));
                            request_animation_frame(move || super::fields::focus_field(&format!("co-pledger-{next}")));
                        }
                    >
                        {i18n.t(|m| m.partners_add)}
                    </button>
                </div>
            </Show>
        </Radios>
        <Radios
            id="matching"
            legend=|m| m.partners_matching
            options=vec![("yes", |m| m.yes, None), ("no", |m| m.no, None)]
            get=|d| &d.matching
            set=|d, v| d.matching = v
        >
            <Show when=matching>
                <div class="conditional">
                    <TextField id="matched-title" label=|m| m.partners_matched_title get=|d| &d.matched_title set=|d, v| d.matched_title = v/>
                    <TextField id="matched-id" label=|m| m.partners_matched_id get=|d| &d.matched_id set=|d, v| d.matched_id = v/>
                </div>
            </Show>
        </Radios>
    }
}

#[component]
pub fn KindStep() -> impl IntoView {
    view! {
        <Radios
            id="kind"
            legend=|m| m.kind_legend
            hint=|m| m.kind_hint
            options=vec![
                ("financial", |m| m.kind_financial, Some(|m| m.kind_financial_hint)),
                ("human-resources", |m| m.kind_human_resources, Some(|m| m.kind_human_resources_hint)),
                ("process", |m| m.kind_process, Some(|m| m.kind_process_hint)),
                ("policy", |m| m.kind_policy, Some(|m| m.kind_policy_hint)),
            ]
            get=|d| &d.kind
            set=|d, v| d.kind = v
        />
    }
}

/// "Your pledge of USD 2,000,000 would take the fund from 40% to 42.9% of its USD 70
/// million target", from the loaded data; only for amounts in the fund's currency.
#[component]
pub fn FundEffect() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let fund = use_fund();
    move || {
        let Some(Ok(snapshot)) = fund.0.get() else { return None };
        let (amount, currency) = w.draft.with(|d| (d.amount.clone(), currency_of(d)));
        let currency = currency?;
        let locale = i18n.locale();
        if currency != snapshot.currency {
            let text = i18n.fill(|m| m.details_effect_other_currency, &[("currency", Arg::Text(snapshot.currency.code()))]);
            return Some(view! { <p class="hint">{text}</p> }.into_any());
        }
        let pledge = Money::parse_decimal(&amount, currency).ok().filter(|m| m.minor() > 0)?;
        let before = snapshot.progress();
        let after = before.with_additional(pledge)?;
        let text = i18n.fill(|m| m.details_effect, &[
            ("amount", Arg::Text(&format::money(locale, pledge))),
            ("before", Arg::Text(&format::percent(locale, before.share()?))),
            ("after", Arg::Text(&format::percent(locale, after.share()?))),
            ("target", Arg::Text(&format::money_compact(locale, snapshot.target))),
        ]);
        Some(view! { <p class="fund-effect" aria-live="polite">{text}</p> }.into_any())
    }
}

#[component]
pub fn DetailsStep() -> impl IntoView {
    let w = use_wizard();
    let kind = move || w.draft.with(|d| d.kind.clone());
    move || match kind().as_str() {
        "financial" => view! { <FinancialDetails/> }.into_any(),
        "human-resources" => view! {
            <TextField id="staff" label=|m| m.details_staff hint=|m| m.details_staff_hint get=|d| &d.staff set=|d, v| d.staff = v/>
            <TextArea id="expertise" label=|m| m.details_expertise get=|d| &d.expertise set=|d, v| d.expertise = v/>
            <TextField id="staff-location" label=|m| m.details_location get=|d| &d.staff_location set=|d, v| d.staff_location = v/>
        }
        .into_any(),
        "process" => view! {
            <TextArea id="process" label=|m| m.details_process hint=|m| m.details_process_hint get=|d| &d.process set=|d, v| d.process = v/>
            <TextArea id="participants" label=|m| m.details_participants get=|d| &d.participants set=|d, v| d.participants = v/>
        }
        .into_any(),
        "policy" => view! {
            <TextArea id="policy" label=|m| m.details_policy get=|d| &d.policy set=|d, v| d.policy = v/>
            <TextField id="instrument" label=|m| m.details_instrument hint=|m| m.details_instrument_hint get=|d| &d.instrument set=|d, v| d.instrument = v/>
        }
        .into_any(),
        _ => view! { <KindStep/> }.into_any(),
    }
}

#[component]
fn FinancialDetails() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let other = move || w.draft.with(|d| d.recipient == "other");
    let schedule = move || w.draft.with(|d| d.payment == "schedule");
    Effect::new(move |_| {
        if schedule() && w.draft.with_untracked(|d| d.schedule.is_empty()) {
            w.edit(|d| d.schedule.push(ScheduleRow::default()));
        }
    });
    let rows = move || {
        let count = w.draft.with(|d| d.schedule.len());
        (0..count)
            .map(|i| {
                let year_id = format!("schedule-year-{i}");
                let amount_id = format!("schedule-amount-{i}");
                let n = Arg::Count(i as u64 + 1);
                let year_label = i18n.fill(|m| m.details_year, &[("number", n.clone())]);
                let amount_label = i18n.fill(|m| m.details_year_amount, &[("number", n.clone())]);
                let remove = i18n.fill(|m| m.details_remove_year, &[("number", n)]);
                let (yid, aid) = (year_id.clone(), amount_id.clone());
                view! {
                    <div class="schedule-row">
                        <div class="field">
                            <label for=year_id.clone()>{year_label}</label>
                            <InlineError id=year_id.clone()/>
                            <input id=year_id type="text" inputmode="numeric" class="short" autocomplete="off"
                                aria-invalid=move || if w.error_for(&yid).is_some() { "true" } else { "false" }
                                prop:value=move || w.draft.with(|d| d.schedule.get(i).map(|r| r.year.clone()).unwrap_or_default())
                                on:input=move |ev| {
                                    let v = event_target_value(&ev);
                                    w.edit(|d| if let Some(r) = d.schedule.get_mut(i) { r.year = v; });
                                }/>
                        </div>
                        <div class="field">
                            <label for=amount_id.clone()>{amount_label}</label>
                            <InlineError id=amount_id.clone()/>
                            <input id=amount_id type="text" inputmode="decimal" autocomplete="off"
                                aria-invalid=move || if w.error_for(&aid).is_some() { "true" } else { "false" }
                                prop:value=move || w.draft.with(|d| d.schedule.get(i).map(|r| r.amount.clone()).unwrap_or_default())
                                on:input=move |ev| {
                                    let v = event_target_value(&ev);
                                    w.edit(|d| if let Some(r) = d.schedule.get_mut(i) { r.amount = v; });
                                }/>
                        </div>
                        <button type="button" class="secondary" on:click=move |_| w.edit(|d| {
                            if i < d.schedule.len() { d.schedule.remove(i); }
                        })>{remove}</button>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <TextField id="amount" label=|m| m.details_amount hint=|m| m.details_amount_hint get=|d| &d.amount set=|d, v| d.amount = v/>
        <TextField id="currency" label=|m| m.details_currency get=|d| &d.currency set=|d, v| d.currency = v class="field short"/>
        <FundEffect/>
        <Radios
            id="recipient"
            legend=|m| m.details_recipient
            options=vec![("mmptf", |m| m.details_recipient_mmptf, None), ("other", |m| m.details_recipient_other, None)]
            get=|d| &d.recipient
            set=|d, v| d.recipient = v
        >
            <Show when=other>
                <TextField id="recipient-other" label=|m| m.details_recipient_other_name get=|d| &d.recipient_other set=|d, v| d.recipient_other = v class="field conditional"/>
            </Show>
        </Radios>
        <Radios
            id="payment"
            legend=|m| m.details_payment
            options=vec![("one-off", |m| m.details_payment_one_off, None), ("schedule", |m| m.details_payment_schedule, None)]
            get=|d| &d.payment
            set=|d, v| d.payment = v
        >
            <Show when=schedule>
                <div class="conditional">
                    {rows}
                    <button type="button" class="secondary"
                        disabled=move || w.draft.with(|d| d.schedule.len() >= MAX_SCHEDULE_ROWS)
                        on:click=move |_| w.edit(|d| d.schedule.push(ScheduleRow::default()))>
                        {i18n.t(|m| m.details_add_year)}
                    </button>
                </div>
            </Show>
        </Radios>
    }
}

#[component]
pub fn AlignmentStep() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let filter = RwSignal::new(String::new());
    let selected_count = move || w.draft.with(|d| d.objective_list().len() as u64);
    let objective_error = move || w.error_for("objective-1").is_some();
    let principle_error = move || w.error_for("principle-people-centred").is_some();
    let groups = Roundtable::ALL
        .into_iter()
        .map(|rt| {
            let boxes = rt
                .objectives()
                .iter()
                .filter_map(|&n| Objective::new(u64::from(n)))
                .map(|o| {
                    let n = o.number();
                    let id = format!("objective-{n}");
                    let checked = move || w.draft.with(|d| d.objectives.contains(&n));
                    let visible = move || {
                        let f = fold(filter.get().trim());
                        f.is_empty() || checked() || fold(&format!("{n} {}", i18n.m().objective(o))).contains(&f)
                    };
                    view! {
                        <div class="choice" hidden=move || !visible()>
                            <input type="checkbox" id=id.clone() name="objectives" value=n
                                prop:checked=checked
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    w.edit(|d| {
                                        d.objectives.retain(|&x| x != n);
                                        if on { d.objectives.push(n); d.objectives.sort_unstable(); }
                                    });
                                }/>
                            <label for=id>{move || format!("{n}. {}", i18n.m().objective(o))}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="objective-group">
                    <legend>{move || i18n.fill(|m| m.roundtable_name, &[("number", Arg::Count(u64::from(rt.number())))])}</legend>
                    {boxes}
                </fieldset>
            }
        })
        .collect_view();
    let principles = Principle::ALL
        .into_iter()
        .map(|p| {
            let key = principle_key(p);
            let id = format!("principle-{key}");
            let checked = move || w.draft.with(|d| d.principles.iter().any(|x| x == key));
            view! {
                <div class="choice">
                    <input type="checkbox" id=id.clone() name="principles" value=key
                        prop:checked=checked
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            w.edit(|d| {
                                d.principles.retain(|x| x != key);
                                if on { d.principles.push(key.to_string()); }
                            });
                        }/>
                    <label for=id>{move || i18n.m().principle(p)}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=move || if objective_error() { "field field-error" } else { "field" }>
            <fieldset aria-describedby="objectives-hint">
                <legend>{i18n.t(|m| m.align_objectives)}</legend>
                <p class="hint" id="objectives-hint">{i18n.t(|m| m.align_objectives_hint)}</p>
                <InlineError id="objective-1"/>
                <div class="field">
                    <label for="objective-search">{i18n.t(|m| m.align_search)}</label>
                    <input id="objective-search" type="search" autocomplete="off"
                        prop:value=move || filter.get()
                        on:input=move |ev| filter.set(event_target_value(&ev))/>
                </div>
                <p class="hint" aria-live="polite">{move || i18n.fill(|m| m.align_selected, &[("count", Arg::Count(selected_count()))])}</p>
                {groups}
            </fieldset>
        </div>
        <div class=move || if principle_error() { "field field-error" } else { "field" }>
            <fieldset aria-describedby="principles-hint">
                <legend>{i18n.t(|m| m.align_principles)}</legend>
                <p class="hint" id="principles-hint">{i18n.t(|m| m.align_principles_hint)}</p>
                <InlineError id="principle-people-centred"/>
                <div class="choices">{principles}</div>
            </fieldset>
        </div>
    }
}

#[component]
pub fn PledgeStep() -> impl IntoView {
    view! {
        <TextField id="title" label=|m| m.pledge_title_label hint=|m| m.pledge_title_hint get=|d| &d.title set=|d, v| d.title = v/>
        <TextArea id="description" label=|m| m.pledge_description hint=|m| m.pledge_description_hint get=|d| &d.description set=|d, v| d.description = v limits=(DESCRIPTION_MIN, DESCRIPTION_MAX)/>
        <TextField id="start" label=|m| m.pledge_start get=|d| &d.start set=|d, v| d.start = v kind="date" class="field short"/>
        <TextField id="end" label=|m| m.pledge_end get=|d| &d.end set=|d, v| d.end = v kind="date" class="field short"/>
        <TextArea id="measurement" label=|m| m.pledge_measurement get=|d| &d.measurement set=|d, v| d.measurement = v/>
    }
}
