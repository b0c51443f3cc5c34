//! `/`: where the fund stands, at a glance.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::components::fund_gate::FundGate;
use crate::components::fund_history::FundHistory;
use crate::components::headline::Headline;
use crate::i18n::locale::use_i18n;
use crate::state::fund::use_fund;

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let fund = use_fund();
    view! {
        <Title text=i18n.t(|m| m.home_title())/>
        <h1>{i18n.t(|m| m.home_heading())}</h1>
        <p class="lead">{i18n.t(|m| m.home_intro())}</p>
        <FundGate children=|snapshot| view! { <Headline snapshot=snapshot/> }/>
        <p class="actions">
            <A href=i18n.href("/explorer") attr:class="button">{i18n.t(|m| m.home_cta_explore())}</A>
            " "
            <A href=i18n.href("/pledge") attr:class="button secondary">{i18n.t(|m| m.home_cta_pledge())}</A>
        </p>
        // Below the calls to action, and only once the data is in: the gate above already
        // says "loading" or shows the error, once.
        {move || {
            fund.get().and_then(Result::ok).filter(|s| !s.history.is_empty()).map(|snapshot| view! { <FundHistory snapshot=snapshot/> })
        }}
    }
}
