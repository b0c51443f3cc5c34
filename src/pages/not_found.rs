//! Any address the app does not know.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::locale::use_i18n;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    let m = move || i18n.m();
    view! {
        <Title text=move || m().not_found_title/>
        <h1>{move || m().not_found_heading}</h1>
        <p>{move || m().not_found_body}</p>
        <p><A href="/">{move || m().not_found_home}</A></p>
    }
}
