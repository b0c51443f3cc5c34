//! Section I of the official form: the pledging entity, its contacts, and where the
//! pledge is carried out.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::repeating_rows::RepeatingRows;
use crate::domain::pledge::field::Field;
use crate::domain::pledge::rules::MAX_COUNTRIES;
use crate::domain::pledge::{Choice, EntityType, Region, YesNo};
use crate::i18n::locale::use_i18n;
use crate::i18n::Arg;

use super::super::messages::{options, Labelled};
use super::super::state::use_wizard;
use crate::components::form::fields::{chosen, Aria, FieldShell, PlaceSelect, Radios, TextField};

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
            options={options::<EntityType>()}
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
            options={options::<YesNo>()}
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
        <PlaceSelect
            field=Field::Country
            hint=|m| m.about_country_hint()
            with_global=true
            get=Arc::new(|d| d.country.clone())
            set=Arc::new(|d, v| d.country = v)
        />
        <OtherCountries/>
        <FieldShell field=Field::Region optional=true control=Box::new(move |aria: Aria| view! {
            <select id="region" name="region" aria-invalid=aria.invalid aria-describedby=aria.described_by
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    w.edit(|d| d.region = Region::parse(&v));
                }>
                {move || {
                    let m = i18n.m();
                    let current = w.read_untracked(|d| d.region);
                    view! {
                        <option value="" selected=current.is_none()>{m.about_region_choose()}</option>
                        {Region::ALL.iter().map(|r| view! {
                            <option value=r.as_str() selected=current == Some(*r)>{r.words(m)}</option>
                        }).collect_view()}
                    }
                }}
            </select>
        }.into_any())/>
    }
}

/// "Other countries of implementation": a list of country choices.
#[component]
fn OtherCountries() -> impl IntoView {
    let w = use_wizard();
    let rows: Box<dyn FnOnce(Aria) -> AnyView> = Box::new(move |_| {
        view! {
            <RepeatingRows
                count=w.slice(|d| d.other_countries.len())
                max=MAX_COUNTRIES
                first_id=|i| Field::OtherCountry(i).id()
                add_id="add-country"
                add_label=|m| m.about_add_country()
                remove_label=|m| m.about_remove_country()
                add=Callback::new(move |()| w.edit(|d| d.other_countries.push(String::new())))
                remove=Callback::new(move |i| w.edit(|d| if i < d.other_countries.len() { d.other_countries.remove(i); }))
                row=country_row
            />
        }
        .into_any()
    });
    view! {
        <FieldShell field=Field::OtherCountries label=|m| m.about_other_countries() hint=|m| m.about_other_countries_hint()
            optional=true group=true control=rows/>
    }
}

fn country_row(i: usize, remove: AnyView) -> AnyView {
    view! {
        <div class="repeat-row">
            <PlaceSelect
                field=Field::OtherCountry(i)
                get=Arc::new(move |d| d.other_countries.get(i).cloned().unwrap_or_default())
                set=Arc::new(move |d, v| if let Some(c) = d.other_countries.get_mut(i) { *c = v; })
            />
            {remove}
        </div>
    }
    .into_any()
}
