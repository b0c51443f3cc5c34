//! Section II of the official form: the pledge's name, its type, its partners (IIa), the
//! pledge it matches (IIb), and whether it mirrors a Global Compact on Refugees pledge.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::repeating_rows::RepeatingRows;
use crate::domain::pledge::field::Field;
use crate::domain::pledge::rules::MAX_PARTNERS;
use crate::domain::pledge::{Choice, Partner, PledgeType, YesNo};
use crate::i18n::locale::use_i18n;
use crate::i18n::Arg;

use super::super::messages::options;
use super::super::state::use_wizard;
use crate::components::form::fields::{chosen, Aria, FieldShell, PlaceSelect, Radios, RowText, TextField};

#[component]
pub fn PartnersStep() -> impl IntoView {
    let i18n = use_i18n();
    let w = use_wizard();
    let joint = w.slice(|d| d.is_joint());
    let matching = w.slice(|d| d.matching == Some(YesNo::Yes));
    // A version 1 joint pledge keeps its partners and asks which kind of joint pledge it is.
    let choose_again = w.slice(|d| d.pledge_type.is_none() && d.partners.iter().any(|p| !p.is_blank()));
    // Choosing a joint type opens the first partner row.
    Effect::new(move |_| {
        if joint.get() && w.read_untracked(|d| d.partners.is_empty()) {
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
            options={options::<PledgeType>()}
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
            options={options::<YesNo>()}
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
            options={options::<YesNo>()}
            get=|d| chosen(d.mirror)
            set=|d, v| d.mirror = Choice::parse(v)
        />
    }
}

/// Section IIa: each partner's name, headquarters country and contact e-mail.
#[component]
fn Partners() -> impl IntoView {
    let w = use_wizard();
    let rows: Box<dyn FnOnce(Aria) -> AnyView> = Box::new(move |_| {
        view! {
            <RepeatingRows
                count=w.slice(|d| d.partners.len())
                max=MAX_PARTNERS
                first_id=|i| Field::PartnerName(i).id()
                add_id="add-partner"
                add_label=|m| m.partner_add()
                remove_label=|m| m.partner_remove()
                add=Callback::new(move |()| w.edit(|d| d.partners.push(Partner::default())))
                remove=Callback::new(move |i| w.edit(|d| if i < d.partners.len() { d.partners.remove(i); }))
                row=partner_row
            />
        }
        .into_any()
    });
    view! {
        <FieldShell field=Field::Partners label=|m| m.partners_legend() hint=|m| m.partners_hint() class="field conditional"
            group=true control=rows/>
    }
}

fn partner_row(i: usize, remove: AnyView) -> AnyView {
    let i18n = use_i18n();
    let heading = i18n.fill(|m| m.sheet_partner(), &[("number", Arg::Count(i as u64 + 1))]);
    view! {
        <fieldset class="repeat-row partner">
            <legend>{heading}</legend>
            <RowText field=Field::PartnerName(i)
                get=Arc::new(move |d| d.partners.get(i).map(|p| p.name.clone()).unwrap_or_default())
                set=Arc::new(move |d, v| if let Some(p) = d.partners.get_mut(i) { p.name = v; })/>
            <PlaceSelect
                field=Field::PartnerCountry(i)
                optional=true
                get=Arc::new(move |d| d.partners.get(i).map(|p| p.country.clone()).unwrap_or_default())
                set=Arc::new(move |d, v| if let Some(p) = d.partners.get_mut(i) { p.country = v; })
            />
            <RowText field=Field::PartnerEmail(i) kind="email" optional=true
                get=Arc::new(move |d| d.partners.get(i).map(|p| p.email.clone()).unwrap_or_default())
                set=Arc::new(move |d, v| if let Some(p) = d.partners.get_mut(i) { p.email = v; })/>
            {remove}
        </fieldset>
    }
    .into_any()
}
