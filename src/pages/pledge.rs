//! `/pledge`: what a pledge is and the official form's rules, before the wizard starts.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::locale::use_i18n;

#[component]
pub fn PledgePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t(|m| m.pledge_title)/>
        <h1>{i18n.t(|m| m.pledge_heading)}</h1>
        <p class="lead">{i18n.t(|m| m.pledge_intro)}</p>
        <h2>{i18n.t(|m| m.pledge_good_heading)}</h2>
        <ul>
            <li>{i18n.t(|m| m.pledge_good_concrete)}</li>
            <li>{i18n.t(|m| m.pledge_good_measurable)}</li>
            <li>{i18n.t(|m| m.pledge_good_realistic)}</li>
            <li>{i18n.t(|m| m.pledge_good_time_bound)}</li>
        </ul>
        <h2>{i18n.t(|m| m.pledge_kinds_heading)}</h2>
        <ul>
            <li>{i18n.t(|m| m.pledge_kind_financial)}</li>
            <li>{i18n.t(|m| m.pledge_kind_human_resources)}</li>
            <li>{i18n.t(|m| m.pledge_kind_process)}</li>
            <li>{i18n.t(|m| m.pledge_kind_policy)}</li>
        </ul>
        <h2>{i18n.t(|m| m.pledge_rules_heading)}</h2>
        <ul>
            <li>{i18n.t(|m| m.pledge_rule_one_per_form)}</li>
            <li>{i18n.t(|m| m.pledge_rule_joint)}</li>
            <li>{i18n.t(|m| m.pledge_rule_matching)}</li>
            <li>{i18n.t(|m| m.pledge_rule_refugees)}</li>
            <li>{i18n.t(|m| m.pledge_rule_description)}</li>
            <li>{i18n.t(|m| m.pledge_rule_contact)}</li>
        </ul>
    }
}
