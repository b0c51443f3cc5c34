//! The router, made from the one route table (`src/app/routes.json`, by `build.rs`), and
//! the pages that load when first visited. In the release build (`--cfg wasm_split`, set by
//! `scripts/wasm-build.mjs`) each function made by `page_chunk!` is cut out of the main wasm
//! into a chunk of its own, fetched on the way to that page: a visitor who reads the
//! overview never downloads the explorer or the wizard.
//! Unsplit builds (the dev server's debug build, the component tests, native `cargo test`)
//! compile the same functions as plain ones that give the page's future, since an unsplit
//! wasm that asks for a chunk never starts. Each function is reached only from its route, so
//! that nothing else pulls the page's code back into the main module.
//!
//! The routes themselves stay synchronous components that show the page when its chunk is
//! in. (Leptos's async `Lazy` routes were tried first: a navigation made while a chunk was on
//! its way, such as the language joining the address or a second click, left the page blank
//! or on the wrong page.) The split is `fallible`, where Leptos's `#[lazy]` is not: a chunk
//! that cannot be fetched gives this page an error with "Try again", not a panic that takes
//! the whole app down (the next attempt fetches it afresh).

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use leptos::reactive::computed::ScopedFuture;
use leptos::wasm_split::SplitLoaderError;
use leptos_meta::Title;
use leptos_router::components::{Route, Routes};
use leptos_router::path;

use super::shell::PagesLoading;
use crate::browser::focus::focus_main_heading;
use crate::i18n::locale::use_i18n;

type Loaded = Result<AnyView, SplitLoaderError>;
type PageFuture = Pin<Box<dyn Future<Output = Loaded>>>;

/// Shows "Loading the page…" until the page's code has arrived, then the page; if the code
/// cannot be fetched, says so, with a button that tries again.
fn arrive(load: fn() -> PageFuture) -> impl IntoView {
    let i18n = use_i18n();
    let loading = expect_context::<PagesLoading>();
    let owner = StoredValue::new_local(Owner::current());
    // `None` while loading; the view is taken out when shown (a view is not `Clone`, and the
    // closure below runs again only when this changes).
    let slot = RwSignal::new_local(None::<Option<AnyView>>);
    let attempt = move |again: bool| {
        loading.0.update(|n| *n += 1);
        slot.set(None);
        // The page is built when the future is polled: under this route's owner, so that it
        // finds the app's context (language, data, wizard), and untracked, so that what it
        // reads while being built does not re-run the router.
        // (A retry comes from a click, outside any owner: hence the route's, kept.)
        let build = || ScopedFuture::new_untracked(load());
        let page = match owner.get_value() {
            Some(owner) => owner.with(build),
            None => build(),
        };
        leptos::task::spawn_local(async move {
            let view = page.await.ok();
            // The visitor may have gone elsewhere meanwhile: then the slot is gone, and so
            // is the page.
            let _ = slot.try_set(Some(view));
            loading.0.try_update(|n| *n = n.saturating_sub(1));
            // A first attempt's focus is the shell's, which follows the address; a retry
            // stays at the same address, and its button is gone.
            if again {
                request_animation_frame(focus_main_heading);
            }
        });
    };
    attempt(false);
    move || {
        slot.track();
        match slot.try_update_untracked(|s| s.as_mut().map(Option::take)).flatten() {
            None => view! { <p role="status" class="loading">{i18n.t(|m| m.page_loading())}</p> }.into_any(),
            Some(Some(view)) => view,
            Some(None) => view! {
                <Title text=i18n.t(|m| m.page_failed_heading())/>
                <h1>{i18n.t(|m| m.page_failed_heading())}</h1>
                <p>{i18n.t(|m| m.page_failed())}</p>
                <p>
                    <button type="button" on:click=move |_| attempt(true)>{i18n.t(|m| m.page_retry())}</button>
                </p>
            }
            .into_any(),
        }
    }
}

/// A page's view, made by a function of its own: the split point. Split, it is an `async fn`
/// giving `Loaded`; unsplit, a function giving the future: the routes box either.
// rustfmt indents an attribute inside `macro_rules!` further on every run.
#[rustfmt::skip]
macro_rules! page_chunk {
    ($name:ident, $page:path) => {
        #[cfg_attr(
            wasm_split,
            leptos::wasm_split::wasm_split(
                $name,
                wasm_split_path = ::leptos::wasm_split,
                fallible,
                return_wrapper(let future = _; { future.await } -> Loaded)
            )
        )]
        fn $name() -> PageFuture {
            Box::pin(async { Ok($page().into_any()) })
        }
    };
}

// The route table (`RouteTable`) and one `page_chunk!` per split page, from `routes.json`.
include!(concat!(env!("OUT_DIR"), "/routes.rs"));
