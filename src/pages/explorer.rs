//! `/explorer` (also `/programmes`): the explorer over the published data.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::explorer::Explorer;
use crate::components::fund_gate::FundGate;
use crate::i18n::locale::use_i18n;

#[component]
pub fn ExplorerPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t(|m| m.explorer_title())/>
        <h1>{i18n.t(|m| m.explorer_heading())}</h1>
        <p class="lead">{i18n.t(|m| m.explorer_intro())}</p>
        <FundGate children=|snapshot| view! { <Explorer snapshot=snapshot/> }/>
    }
}
