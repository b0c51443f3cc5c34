//! Renders its children once the fund data has loaded; until then a status line, and on
//! failure the error view. Pages never see a half-loaded or invalid snapshot.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::error_view::ErrorView;
use crate::domain::fund::FundSnapshot;
use crate::i18n::locale::use_i18n;
use crate::state::fund::use_fund;

#[component]
pub fn FundGate<F, V>(children: F) -> impl IntoView
where
    F: Fn(Arc<FundSnapshot>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let fund = use_fund();
    let i18n = use_i18n();
    move || match fund.get() {
        None => view! { <p role="status" class="loading home-loading">{i18n.t(|m| m.loading())}</p> }.into_any(),
        Some(Ok(snapshot)) => children(snapshot).into_any(),
        Some(Err(error)) => view! { <ErrorView error=error on_retry=move || fund.refetch()/> }.into_any(),
    }
}
