//! Any address the app does not know.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::i18n::locale::use_i18n;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t(|m| m.not_found_title())/>
        <h1>{i18n.t(|m| m.not_found_heading())}</h1>
        <p>{i18n.t(|m| m.not_found_body())}</p>
        <p><A href=i18n.href("/")>{i18n.t(|m| m.not_found_home())}</A></p>
    }
}
