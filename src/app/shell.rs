//! The page shell: skip link, header with the main navigation and the languages, the page,
//! and a footer that names the data's source and date. It owns the count of pages on their
//! way, so that focus moves to a new page only once it has arrived.

use leptos::prelude::*;

use crate::browser::focus::{focus_main, focus_main_heading};
use crate::browser::links::{path_in_app, with_lang};
use crate::domain::locale::Locale;
use crate::i18n::locale::{sync_url_language, use_i18n};
use crate::i18n::{format, Arg, Messages};
use crate::state::fund::use_fund;

/// The router would treat `#main` (resolved against `<base href>`) as a navigation, so
/// the skip link moves focus itself.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    focus_main();
}

/// How many pages are on their way (`routes::arrive` counts them): the shell moves focus to
/// a new page's heading only once it is there.
#[derive(Clone, Copy)]
pub(super) struct PagesLoading(pub(super) RwSignal<u32>);

#[component]
pub fn Shell(children: Children) -> impl IntoView {
    let pathname = leptos_router::hooks::use_location().pathname;
    let loading = RwSignal::new(0);
    provide_context(PagesLoading(loading));
    let busy = move || loading.get() > 0;
    // The heading is focused once the new page is in: a page still being fetched would
    // otherwise leave focus on the old page's heading, about to be removed.
    let pending = StoredValue::new(false);
    Effect::new(move |previous: Option<String>| {
        let path = pathname.get();
        let busy = busy();
        if previous.as_ref().is_some_and(|p| *p != path) {
            pending.set_value(true);
        }
        if !busy && pending.get_value() {
            request_animation_frame(move || {
                if pending.get_value() && loading.get_untracked() == 0 {
                    pending.set_value(false);
                    focus_main_heading();
                }
            });
        }
        path
    });
    sync_url_language();
    let i18n = use_i18n();
    view! {
        // One banner holds the skip link and the language bar too: content outside every
        // landmark is missed by those who move between landmarks (IBM Equal Access).
        <header>
            <a class="skip-link" href="#main" on:click=skip_to_main>{i18n.t(|m| m.skip_to_content())}</a>
            <LanguageSwitcher/>
            <div class="site-header">
                <a href=i18n.href("/") class="site-name">{i18n.t(|m| m.app_name())}</a>
                <nav aria-label=i18n.t(|m| m.nav_label())>
                    <ul>
                        <li><NavLink path="/" label=|m| m.nav_home()/></li>
                        <li><NavLink path="/explorer" label=|m| m.nav_explorer()/></li>
                        <li><NavLink path="/pledge" label=|m| m.nav_pledge()/></li>
                        <li><NavLink path="/progress" label=|m| m.nav_progress()/></li>
                        <li><NavLink path="/about" label=|m| m.nav_about()/></li>
                    </ul>
                </nav>
            </div>
        </header>
        <LanguageNotice/>
        <main id="main" tabindex="-1">{children()}</main>
        <Footer/>
    }
}

/// A main-navigation link, marked as the current page for its section. (The router's `<A>`
/// compares the whole href, which carries `?lang=`, so it would never match.)
#[component]
fn NavLink(path: &'static str, label: fn(&Messages) -> &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let pathname = leptos_router::hooks::use_location().pathname;
    let current = move || {
        let here = path_in_app(&pathname.get());
        let here = here.trim_end_matches('/');
        let active = if path == "/" {
            here.is_empty()
        } else {
            here == path
                || here.starts_with(&format!("{path}/"))
                || (path == "/explorer" && here.starts_with("/programmes"))
        };
        active.then_some("page")
    };
    view! { <a href=i18n.href(path) aria-current=current>{i18n.t(label)}</a> }
}

/// The six languages, each named in itself, as UN sites list them. A link (not a form
/// control) so each can be opened in a new tab, and so it reads the same in every language.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let location = leptos_router::hooks::use_location();
    let items = Locale::ALL
        .into_iter()
        .map(|locale| {
            let href = move || {
                let _ = (location.pathname.get(), location.search.get());
                let here = window().location();
                let url = format!(
                    "{}{}{}",
                    here.pathname().unwrap_or_default(),
                    here.search().unwrap_or_default(),
                    here.hash().unwrap_or_default()
                );
                with_lang(&url, locale)
            };
            let on_click = move |ev: leptos::ev::MouseEvent| {
                // Let the browser open a new tab or window as asked.
                if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() || ev.button() != 0 {
                    return;
                }
                ev.prevent_default();
                i18n.choose(locale);
            };
            let current = move || (i18n.locale() == locale).then_some("true");
            let busy = move || (i18n.pending() == Some(locale)).then_some("true");
            view! {
                <li>
                    <a href=href lang=locale.code() hreflang=locale.code() aria-current=current aria-busy=busy on:click=on_click>
                        {locale.autonym()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="languages" aria-label=i18n.t(|m| m.language_label())>
            <ul>{items}</ul>
        </nav>
    }
}

/// Says when a language is on its way, or could not be loaded (the page then stays in the
/// language it was in).
#[component]
fn LanguageNotice() -> impl IntoView {
    let i18n = use_i18n();
    let loading =
        move || i18n.pending().map(|l| i18n.fill(|m| m.language_loading(), &[("language", Arg::Text(l.autonym()))]));
    let failed = move || {
        i18n.failed().map(|l| {
            let text = i18n.fill(|m| m.language_failed(), &[("language", Arg::Text(l.autonym()))]);
            view! {
                <div class="notice warning" role="alert">
                    <p>{text}</p>
                    <button type="button" class="secondary" on:click=move |_| i18n.choose(l)>{i18n.t(|m| m.error_retry())}</button>
                    " "
                    <button type="button" class="secondary" on:click=move |_| i18n.dismiss_failure()>{i18n.t(|m| m.dismiss())}</button>
                </div>
            }
        })
    };
    view! {
        <p class="visually-hidden" role="status">{loading}</p>
        {failed}
    }
}

#[component]
fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    let fund = use_fund();
    let text = move || match fund.get() {
        Some(Ok(s)) => {
            let locale = i18n.locale();
            let (date, age) = (format::date(locale, s.as_of), format::age(locale, s.as_of));
            let source = Arg::Text(&s.source.title);
            if age.is_empty() {
                i18n.fill(|m| m.footer_data_source(), &[("source", source), ("date", Arg::Text(&date))])
            } else {
                i18n.fill(
                    |m| m.footer_data_source_age(),
                    &[("source", source), ("date", Arg::Text(&date)), ("age", Arg::Text(&age))],
                )
            }
        }
        _ => i18n.m().footer_data_pending().to_string(),
    };
    view! {
        <footer class="site-footer">
            <p>{text}</p>
        </footer>
    }
}
