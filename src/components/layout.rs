//! The page shell: skip link, header with the main navigation, the page, and a footer
//! that names the data's source and date.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos_router::components::A;

use crate::data::{app_path, use_fund};
use crate::format;
use crate::i18n::Arg;
use crate::locale::use_i18n;

/// The router would treat `#main` (resolved against `<base href>`) as a navigation, so
/// the skip link moves focus itself.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    if let Some(main) = document().get_element_by_id("main").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = main.focus();
    }
}

/// After a navigation inside the app, focus goes to the new page's main heading (or the
/// main region), so keyboard and screen-reader users start at the top of what changed.
fn focus_main_heading() {
    let doc = document();
    let target = doc.query_selector("main h1").ok().flatten().or_else(|| doc.get_element_by_id("main"));
    if let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        if !el.has_attribute("tabindex") {
            let _ = el.set_attribute("tabindex", "-1");
        }
        let _ = el.focus();
    }
}

#[component]
pub fn Shell(children: Children) -> impl IntoView {
    let pathname = leptos_router::hooks::use_location().pathname;
    Effect::new(move |previous: Option<String>| {
        let path = pathname.get();
        if previous.as_ref().is_some_and(|p| *p != path) {
            request_animation_frame(focus_main_heading);
        }
        path
    });
    let i18n = use_i18n();
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>{i18n.t(|m| m.skip_to_content)}</a>
        <header class="site-header">
            <A href=app_path("/") attr:class="site-name">{i18n.t(|m| m.app_name)}</A>
            <nav aria-label=i18n.t(|m| m.nav_label)>
                <ul>
                    <li><A href=app_path("/") exact=true>{i18n.t(|m| m.nav_home)}</A></li>
                    <li><A href=app_path("/explorer")>{i18n.t(|m| m.nav_explorer)}</A></li>
                    <li><A href=app_path("/pledge")>{i18n.t(|m| m.nav_pledge)}</A></li>
                    <li><A href=app_path("/about")>{i18n.t(|m| m.nav_about)}</A></li>
                </ul>
            </nav>
        </header>
        <main id="main" tabindex="-1">{children()}</main>
        <Footer/>
    }
}

#[component]
fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    let fund = use_fund();
    let text = move || match fund.0.get() {
        Some(Ok(s)) => {
            let locale = i18n.locale();
            let date = format::date(locale, s.as_of);
            i18n.fill(|m| m.footer_data_source, &[("source", Arg::Text(&s.source.title)), ("date", Arg::Text(&date))])
        }
        _ => i18n.m().footer_data_pending.to_string(),
    };
    view! {
        <footer class="site-footer">
            <p>{text}</p>
        </footer>
    }
}
