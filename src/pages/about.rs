//! `/about`: the fund, its governance, and where the data comes from.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::data::FUND_URL;
use crate::locale::use_i18n;

#[component]
pub fn AboutPage() -> impl IntoView {
    let i18n = use_i18n();
    let m = move || i18n.m();
    view! {
        <Title text=move || m().about_title/>
        <h1>{move || m().about_heading}</h1>
        <p>{move || m().about_fund}</p>
        <p>{move || m().about_governance}</p>
        <p>{move || m().about_data}</p>
        <p>{move || m().about_not_published}</p>
        <p><a href=FUND_URL download="fund.json" type="application/json">{move || m().about_data_link}</a></p>
    }
}
