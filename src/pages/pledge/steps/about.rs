//! Section I of the official form: the pledging entity, its contacts, and where the
//! pledge is carried out.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::pledge::field::Field;
use crate::domain::pledge::rules::MAX_COUNTRIES;
use crate::domain::pledge::{Choice, EntityType, Region, YesNo};
use crate::i18n::locale::use_i18n;
use crate::i18n::Arg;

use super::super::fields::{choices, chosen, PlaceSelect, Radios, TextField};
use super::super::messages::{entity_type_text, field_label, region_label};
use super::super::state::use_wizard;
use super::rows::focus_after_remove;

#[component]
pub fn AboutStep() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let other = w.slice(|d| d.entity_type == Some(EntityType::Other));
    let legacy = w.slice(|d| (!d.legacy_country.trim().is_empty()).then(|| d.legacy_country.clone()));
    view! {
        <TextField field=Field::Entity label=|m| m.about_entity() hint=|m| m.about_entity_hint() get=|d| &d.entity set=|d, v| d.entity = v autocomplete="organization"/>
        <Radios
            field=Field::EntityType
            legend=|m| m.about_entity_type()
            options=choices(&EntityType::ALL.iter().map(|&t| (t, entity_type_text(t), None)).collect::<Vec<_>>())
            get=|d| chosen(d.entity_type)
            set=|d, v| d.entity_type = Choice::parse(v)
        >
            <Show when=move || other.get()>
                <TextField field=Field::EntityTypeOther label=|m| m.about_entity_type_other() get=|d| &d.entity_type_other set=|d, v| d.entity_type_other = v class="field conditional"/>
            </Show>
        </Radios>
        <Radios
            field=Field::Champion
            legend=|m| m.about_champion()
            hint=|m| m.about_champion_hint()
            optional=true
            options=choices(&[(YesNo::Yes, |m| m.yes(), None), (YesNo::No, |m| m.no(), None)])
            get=|d| chosen(d.champion)
            set=|d, v| d.champion = Choice::parse(v)
        />
        <TextField field=Field::ContactName label=|m| m.about_contact_name() get=|d| &d.contact_name set=|d, v| d.contact_name = v autocomplete="name"/>
        <TextField field=Field::ContactPosition label=|m| m.about_position() hint=|m| m.about_position_hint() get=|d| &d.contact_position set=|d, v| d.contact_position = v autocomplete="organization-title"/>
        <TextField field=Field::ContactEmail label=|m| m.about_contact_email() get=|d| &d.contact_email set=|d, v| d.contact_email = v kind="email" autocomplete="email"/>
        <TextField field=Field::ContactPhone label=|m| m.about_contact_phone() hint=|m| m.about_contact_phone_hint() get=|d| &d.contact_phone set=|d, v| d.contact_phone = v kind="tel" optional=true autocomplete="tel"/>
        <TextField field=Field::SecondaryName label=|m| m.about_secondary_name() hint=|m| m.about_secondary_hint() get=|d| &d.secondary_name set=|d, v| d.secondary_name = v optional=true/>
        <TextField field=Field::SecondaryEmail label=|m| m.about_secondary_email() get=|d| &d.secondary_email set=|d, v| d.secondary_email = v kind="email" optional=true/>
        {move || legacy.get().map(|value| view! {
            <div class="notice" role="note">
                <p>{i18n.fill(|m| m.about_legacy_country_note(), &[("value", Arg::Text(&value))])}</p>
            </div>
        })}
        {move || view! {
            <PlaceSelect
                field=Field::Country
                label=i18n.m().about_country().to_string()
                hint=|m| m.about_country_hint()
                with_global=true
                get=Arc::new(|d| d.country.clone())
                set=Arc::new(|d, v| d.country = v)
            />
        }}
        <OtherCountries/>
        <div class="field">
            <label for="region">{i18n.t(|m| m.about_region())}" "<span class="optional">{i18n.t(|m| m.wizard_optional())}</span></label>
            <select id="region" name="region"
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    w.edit(|d| d.region = <Region as crate::domain::pledge::Choice>::parse(&v));
                }>
                {move || {
                    let m = i18n.m();
                    let current = w.draft.with_untracked(|d| d.region);
                    view! {
                        <option value="" selected=current.is_none()>{m.about_region_choose()}</option>
                        {<Region as crate::domain::pledge::Choice>::ALL.iter().map(|r| view! {
                            <option value=crate::domain::pledge::Choice::as_str(*r) selected=current == Some(*r)>{region_label(m, *r)}</option>
                        }).collect_view()}
                    }
                }}
            </select>
        </div>
    }
}

/// "Other countries of implementation": a list of country choices.
#[component]
fn OtherCountries() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let count = w.slice(|d| d.other_countries.len());
    let rows = move || {
        (0..count.get())
            .map(|i| {
                let remove = i18n.fill(|m| m.about_remove_country(), &[("number", Arg::Count(i as u64 + 1))]);
                view! {
                    <div class="repeat-row">
                        {move || view! {
                            <PlaceSelect
                                field=Field::OtherCountry(i)
                                label=field_label(i18n.locale(), Field::OtherCountry(i))
                                get=Arc::new(move |d| d.other_countries.get(i).cloned().unwrap_or_default())
                                set=Arc::new(move |d, v| if let Some(c) = d.other_countries.get_mut(i) { *c = v; })
                            />
                        }}
                        <button type="button" class="secondary" on:click=move |_| {
                            let len = w.draft.with_untracked(|d| d.other_countries.len());
                            w.edit(|d| if i < d.other_countries.len() { d.other_countries.remove(i); });
                            focus_after_remove(|j| Field::OtherCountry(j).id(), "add-country", i, len);
                        }>{remove}</button>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="field" aria-describedby="other-countries-hint">
            <legend>{i18n.t(|m| m.about_other_countries())}" "<span class="optional">{i18n.t(|m| m.wizard_optional())}</span></legend>
            <p class="hint" id="other-countries-hint">{i18n.t(|m| m.about_other_countries_hint())}</p>
            {rows}
            <button type="button" class="secondary" id="add-country"
                disabled=move || { count.get() >= MAX_COUNTRIES }
                on:click=move |_| {
                    let next = count.get_untracked();
                    w.edit(|d| d.other_countries.push(String::new()));
                    request_animation_frame(move || crate::browser::focus::focus_id(&Field::OtherCountry(next).id()));
                }>
                {i18n.t(|m| m.about_add_country())}
            </button>
        </fieldset>
    }
}
