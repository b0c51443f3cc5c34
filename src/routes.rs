//! Every page but the overview is loaded when it is first visited. In the release build
//! (`--cfg wasm_split`, set by `scripts/wasm-build.mjs`) each `#[lazy]` function below is
//! cut out of the main wasm into a chunk of its own, fetched on the way to that page: a
//! visitor who reads the overview never downloads the explorer or the wizard.
//! Unsplit builds (the dev server's debug build, the component tests, native `cargo test`)
//! compile the same functions as plain `async` ones, since an unsplit wasm that asks for a
//! chunk never starts. Each function is reached only from its route, so that nothing else
//! pulls the page's code back into the main module.
//!
//! The routes themselves stay synchronous components that show the page when its chunk is
//! in. (Leptos's async `Lazy` routes were tried first: a navigation made while a chunk was on
//! its way, such as the language joining the address or a second click, left the page blank
//! or on the wrong page.)

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use leptos::reactive::computed::ScopedFuture;

use crate::i18n::locale::use_i18n;
use crate::pages::{about, data_check, explorer, pledge, programme};

/// How many pages are on their way: the shell moves focus to a new page's heading only once
/// it is there.
#[derive(Clone, Copy)]
pub struct PagesLoading(pub RwSignal<u32>);

type PageFuture = Pin<Box<dyn Future<Output = AnyView>>>;

/// Shows "Loading the page…" until the page's code has arrived, then the page.
fn arrive(page: PageFuture) -> impl IntoView {
    let i18n = use_i18n();
    let loading = use_context::<PagesLoading>();
    if let Some(l) = loading {
        l.0.update(|n| *n += 1);
    }
    let slot = RwSignal::new_local(None::<AnyView>);
    // The page is built when the future is polled: under this route's owner, so that it finds
    // the app's context (language, data, wizard), and untracked, so that what it reads while
    // being built does not re-run the router.
    let page = ScopedFuture::new_untracked(page);
    leptos::task::spawn_local(async move {
        let view = page.await;
        // The visitor may have gone elsewhere meanwhile: then the slot is gone, and so is
        // the page.
        let _ = slot.try_set(Some(view));
        if let Some(l) = loading {
            l.0.try_update(|n| *n = n.saturating_sub(1));
        }
    });
    move || {
        slot.track();
        match slot.try_update_untracked(Option::take).flatten() {
            Some(view) => view,
            None => view! { <p role="status" class="loading">{i18n.t(|m| m.page_loading())}</p> }.into_any(),
        }
    }
}

/// The explorer (`/explorer`, `/programmes`).
#[component]
pub fn ExplorerRoute() -> impl IntoView {
    arrive(Box::pin(explorer_view()))
}
#[cfg_attr(wasm_split, lazy)]
async fn explorer_view() -> AnyView {
    view! { <explorer::ExplorerPage/> }.into_any()
}

/// A programme's page.
#[component]
pub fn ProgrammeRoute() -> impl IntoView {
    arrive(Box::pin(programme_view()))
}
#[cfg_attr(wasm_split, lazy)]
async fn programme_view() -> AnyView {
    view! { <programme::ProgrammePage/> }.into_any()
}

/// The wizard's start page.
#[component]
pub fn PledgeStartRoute() -> impl IntoView {
    arrive(Box::pin(pledge_start_view()))
}
#[cfg_attr(wasm_split, lazy)]
async fn pledge_start_view() -> AnyView {
    view! { <pledge::PledgeStartPage/> }.into_any()
}

/// A step of the wizard.
#[component]
pub fn PledgeStepRoute() -> impl IntoView {
    arrive(Box::pin(pledge_step_view()))
}
#[cfg_attr(wasm_split, lazy)]
async fn pledge_step_view() -> AnyView {
    view! { <pledge::PledgeStepPage/> }.into_any()
}

/// About this explorer.
#[component]
pub fn AboutRoute() -> impl IntoView {
    arrive(Box::pin(about_view()))
}
#[cfg_attr(wasm_split, lazy)]
async fn about_view() -> AnyView {
    view! { <about::AboutPage/> }.into_any()
}

/// The data-file checker.
#[component]
pub fn CheckDataRoute() -> impl IntoView {
    arrive(Box::pin(check_data_view()))
}
#[cfg_attr(wasm_split, lazy)]
async fn check_data_view() -> AnyView {
    view! { <data_check::CheckPage/> }.into_any()
}
