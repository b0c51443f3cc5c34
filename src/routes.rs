//! Every page but the overview is loaded when it is first visited. In the release build
//! (`--cfg wasm_split`, set by `scripts/wasm-build.mjs`) each `#[lazy]` function below is
//! cut out of the main wasm into a chunk of its own, which the router fetches on the way to
//! that page: a visitor who reads the overview never downloads the explorer or the wizard.
//! Unsplit builds (the dev server's debug build, the component tests, native `cargo test`)
//! compile the same functions as plain `async` ones, since an unsplit wasm that asks for a
//! chunk never starts. Each function is reached only from its route, so that nothing else
//! pulls the page's code back into the main module.

use leptos::prelude::*;
use leptos_router::{Lazy, LazyRoute};

use crate::pages::{about, data_check, explorer, pledge, programme};

/// The routes' views, for `<Route view=…>`.
pub fn explorer() -> Lazy<Explorer> {
    Lazy::new()
}
pub fn programme() -> Lazy<Programme> {
    Lazy::new()
}
pub fn pledge_start() -> Lazy<PledgeStart> {
    Lazy::new()
}
pub fn pledge_step() -> Lazy<PledgeStep> {
    Lazy::new()
}
pub fn about() -> Lazy<About> {
    Lazy::new()
}
pub fn check_data() -> Lazy<CheckData> {
    Lazy::new()
}

pub struct Explorer;
impl LazyRoute for Explorer {
    fn data() -> Self {
        Self
    }
    async fn view(_: Self) -> AnyView {
        explorer_view().await
    }
}
#[cfg_attr(wasm_split, lazy)]
async fn explorer_view() -> AnyView {
    view! { <explorer::ExplorerPage/> }.into_any()
}

pub struct Programme;
impl LazyRoute for Programme {
    fn data() -> Self {
        Self
    }
    async fn view(_: Self) -> AnyView {
        programme_view().await
    }
}
#[cfg_attr(wasm_split, lazy)]
async fn programme_view() -> AnyView {
    view! { <programme::ProgrammePage/> }.into_any()
}

pub struct PledgeStart;
impl LazyRoute for PledgeStart {
    fn data() -> Self {
        Self
    }
    async fn view(_: Self) -> AnyView {
        pledge_start_view().await
    }
}
#[cfg_attr(wasm_split, lazy)]
async fn pledge_start_view() -> AnyView {
    view! { <pledge::PledgeStartPage/> }.into_any()
}

pub struct PledgeStep;
impl LazyRoute for PledgeStep {
    fn data() -> Self {
        Self
    }
    async fn view(_: Self) -> AnyView {
        pledge_step_view().await
    }
}
#[cfg_attr(wasm_split, lazy)]
async fn pledge_step_view() -> AnyView {
    view! { <pledge::PledgeStepPage/> }.into_any()
}

pub struct About;
impl LazyRoute for About {
    fn data() -> Self {
        Self
    }
    async fn view(_: Self) -> AnyView {
        about_view().await
    }
}
#[cfg_attr(wasm_split, lazy)]
async fn about_view() -> AnyView {
    view! { <about::AboutPage/> }.into_any()
}

pub struct CheckData;
impl LazyRoute for CheckData {
    fn data() -> Self {
        Self
    }
    async fn view(_: Self) -> AnyView {
        check_data_view().await
    }
}
#[cfg_attr(wasm_split, lazy)]
async fn check_data_view() -> AnyView {
    view! { <data_check::CheckPage/> }.into_any()
}
