//! `/about`: the fund, its governance, and where the data comes from.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::i18n::locale::use_i18n;
use crate::state::fund::FUND_URL;

#[component]
pub fn AboutPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t(|m| m.about_title())/>
        <h1>{i18n.t(|m| m.about_heading())}</h1>
        <p>{i18n.t(|m| m.about_fund())}</p>
        <p>{i18n.t(|m| m.about_governance())}</p>
        <p>{i18n.t(|m| m.about_data())}</p>
        <p>{i18n.t(|m| m.about_not_published())}</p>
        <p><a href=FUND_URL download="fund.json" type="application/json">{i18n.t(|m| m.about_data_link())}</a></p>
        <p><A href=i18n.href("/check-data")>{i18n.t(|m| m.about_check_link())}</A></p>
    }
}
