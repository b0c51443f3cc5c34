//! Section II of the official form: the pledge's name, its type, its partners (IIa), the
//! pledge it matches (IIb), and whether it mirrors a Global Compact on Refugees pledge.

use std::sync::Arc;

use leptos::prelude::*;

use crate::browser::focus::focus_id;

use crate::domain::pledge::field::Field;
use crate::domain::pledge::rules::MAX_PARTNERS;
use crate::domain::pledge::{Choice, Partner, PledgeType, YesNo};
use crate::i18n::locale::use_i18n;
use crate::i18n::Arg;

use super::super::fields::{choices, chosen, described_by, InlineError, PlaceSelect, Radios, TextField};
use super::super::messages::field_label;
use super::super::state::use_wizard;
use super::rows::focus_after_remove;

#[component]
pub fn PledgeStep() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let joint = w.slice(|d| d.is_joint());
    let matching = w.slice(|d| d.matching == Some(YesNo::Yes));
    // A version 1 joint pledge keeps its partners and asks which kind of joint pledge it is.
    let choose_again = w.slice(|d| d.pledge_type.is_none() && d.partners.iter().any(|p| !p.is_blank()));
    // Choosing a joint type opens the first partner row.
    Effect::new(move |_| {
        if joint.get() && w.draft.with_untracked(|d| d.partners.is_empty()) {
            w.edit(|d| d.partners.push(Partner::default()));
        }
    });
    view! {
        <TextField field=Field::Title label=|m| m.pledge_title_label() hint=|m| m.pledge_title_hint() get=|d| &d.title set=|d, v| d.title = v/>
        {move || choose_again.get().then(|| view! { <div class="notice" role="note"><p>{i18n.t(|m| m.pledge_type_choose_again())}</p></div> })}
        <Radios
            field=Field::PledgeType
            legend=|m| m.pledge_type()
            hint=|m| m.pledge_type_hint()
            options=choices(&[
                (PledgeType::Individual, |m| m.pledge_type_individual(), Some(|m| m.pledge_type_individual_hint())),
                (PledgeType::Common, |m| m.pledge_type_common(), Some(|m| m.pledge_type_common_hint())),
                (PledgeType::Partnership, |m| m.pledge_type_partnership(), Some(|m| m.pledge_type_partnership_hint())),
            ])
            get=|d| chosen(d.pledge_type)
            set=|d, v| d.pledge_type = Choice::parse(v)
        >
            <Show when=move || joint.get()>
                <Partners/>
            </Show>
        </Radios>
        <Radios
            field=Field::Matching
            legend=|m| m.partners_matching()
            options=choices(&[(YesNo::Yes, |m| m.yes(), None), (YesNo::No, |m| m.no(), None)])
            get=|d| chosen(d.matching)
            set=|d, v| d.matching = Choice::parse(v)
        >
            <Show when=move || matching.get()>
                <div class="conditional">
                    <TextField field=Field::MatchedTitle label=|m| m.partners_matched_title() get=|d| &d.matched_title set=|d, v| d.matched_title = v/>
                    <TextField field=Field::MatchedId label=|m| m.partners_matched_id() hint=|m| m.partners_matched_id_hint() get=|d| &d.matched_id set=|d, v| d.matched_id = v/>
                </div>
            </Show>
        </Radios>
        <Radios
            field=Field::Mirror
            legend=|m| m.mirror_legend()
            hint=|m| m.mirror_hint()
            optional=true
            options=choices(&[(YesNo::Yes, |m| m.yes(), None), (YesNo::No, |m| m.no(), None)])
            get=|d| chosen(d.mirror)
            set=|d, v| d.mirror = Choice::parse(v)
        />
    }
}

/// Section IIa: each partner's name, headquarters country and contact e-mail.
#[component]
fn Partners() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let count = w.slice(|d| d.partners.len());
    let rows = move || {
        (0..count.get())
            .map(|i| {
                let heading = i18n.fill(|m| m.sheet_partner(), &[("number", Arg::Count(i as u64 + 1))]);
                let remove = i18n.fill(|m| m.partner_remove(), &[("number", Arg::Count(i as u64 + 1))]);
                view! {
                    <fieldset class="repeat-row partner">
                        <legend>{heading}</legend>
                        <PartnerText field=Field::PartnerName(i) kind="text"
                            get=|p| &p.name set=|p, v| p.name = v/>
                        {move || view! {
                            <PlaceSelect
                                field=Field::PartnerCountry(i)
                                label=field_label(i18n.locale(), Field::PartnerCountry(i))
                                optional=true
                                get=Arc::new(move |d| d.partners.get(i).map(|p| p.country.clone()).unwrap_or_default())
                                set=Arc::new(move |d, v| if let Some(p) = d.partners.get_mut(i) { p.country = v; })
                            />
                        }}
                        <PartnerText field=Field::PartnerEmail(i) kind="email"
                            get=|p| &p.email set=|p, v| p.email = v/>
                        <button type="button" class="secondary" on:click=move |_| {
                            let len = w.draft.with_untracked(|d| d.partners.len());
                            w.edit(|d| if i < d.partners.len() { d.partners.remove(i); });
                            focus_after_remove(|j| Field::PartnerName(j).id(), "add-partner", i, len);
                        }>{remove}</button>
                    </fieldset>
                }
            })
            .collect_view()
    };
    view! {
        <div class="conditional">
            <fieldset class="field" aria-describedby="partners-hint">
                <legend>{i18n.t(|m| m.partners_legend())}</legend>
                <p class="hint" id="partners-hint">{i18n.t(|m| m.partners_hint())}</p>
                {rows}
                <button type="button" class="secondary" id="add-partner"
                    disabled=move || { count.get() >= MAX_PARTNERS }
                    on:click=move |_| {
                        let next = count.get_untracked();
                        w.edit(|d| d.partners.push(Partner::default()));
                        request_animation_frame(move || focus_id(&Field::PartnerName(next).id()));
                    }>
                    {i18n.t(|m| m.partner_add())}
                </button>
            </fieldset>
        </div>
    }
}

/// One text box of a partner row, linked to its inline error.
#[component]
fn PartnerText(
    field: Field,
    kind: &'static str,
    get: fn(&Partner) -> &String,
    set: fn(&mut Partner, String),
) -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let index = match field {
        Field::PartnerName(i) | Field::PartnerEmail(i) => i,
        _ => 0,
    };
    let id = field.id();
    let has_error = move || w.error_for(field).is_some();
    let described = id.clone();
    let optional = matches!(field, Field::PartnerEmail(_));
    view! {
        <div class=move || if has_error() { "field field-error" } else { "field" }>
            <label for=id.clone()>
                {move || field_label(i18n.locale(), field)}
                {optional.then(|| view! { " " <span class="optional">{i18n.t(|m| m.wizard_optional())}</span> })}
            </label>
            <InlineError field=field/>
            <input id=id.clone() name=id type=kind autocomplete="off"
                aria-invalid=move || if has_error() { "true" } else { "false" }
                aria-describedby=move || described_by(&described, false, has_error())
                prop:value=w.slice(move |d| d.partners.get(index).map(|p| get(p).clone()).unwrap_or_default())
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    w.edit(|d| if let Some(p) = d.partners.get_mut(index) { set(p, v); });
                }/>
        </div>
    }
}
