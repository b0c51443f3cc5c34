//! Loading the data file the host publishes (`data/fund.json`), with typed errors that the
//! error view explains. The rules themselves live in `domain::fund_decode`.

use std::sync::Arc;

use gloo_net::http::Request;
use leptos::prelude::*;

use crate::domain::fund::FundSnapshot;
use crate::domain::fund_decode::{decode_fund, Problem};

/// Relative to the document's `<base href>`, so it resolves under any sub-path and from
/// any deep link.
pub const FUND_URL: &str = "data/fund.json";

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    #[error("the data file could not be reached")]
    Network,
    #[error("the server answered HTTP {0}")]
    Http(u16),
    #[error("the data file is invalid")]
    Invalid(Vec<Problem>),
}

pub type FundResult = Result<Arc<FundSnapshot>, LoadError>;

pub async fn load_fund() -> FundResult {
    let text = fetch_text(FUND_URL).await?;
    decode_fund(&text).map(Arc::new).map_err(LoadError::Invalid)
}

/// A file published next to the app, as text. Revalidated with the server each time
/// (`no-cache`), so a host's update shows on the next visit. The one fetch routine for the
/// data and translation files: a second copy of the request's state machine would cost
/// kilobytes of wasm.
pub async fn fetch_text(url: &str) -> Result<String, LoadError> {
    let response =
        Request::get(url).cache(web_sys::RequestCache::NoCache).send().await.map_err(|_| LoadError::Network)?;
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    response.text().await.map_err(|_| LoadError::Network)
}

/// The fund data, fetched once and shared by every page.
#[derive(Clone, Copy)]
pub struct FundResource(pub LocalResource<FundResult>);

type SharedLoad = futures::future::Shared<futures::future::LocalBoxFuture<'static, FundResult>>;

thread_local! {
    /// The data file's request, started before the app is mounted (see `locale::prepare`)
    /// and handed over to the app's first load.
    static STARTED: std::cell::RefCell<Option<SharedLoad>> = const { std::cell::RefCell::new(None) };
}

/// Starts fetching the data file ahead of mounting and waits for it up to `patience_ms`:
/// when it is in by then (index.html preloads it, so it usually is), the first render
/// already has it and the page appears complete at once; when not, the app mounts with its
/// loading message and the same request carries on.
pub async fn prefetch_fund(patience_ms: i32) {
    use futures::FutureExt;
    let shared = load_fund().boxed_local().shared();
    STARTED.with(|s| *s.borrow_mut() = Some(shared.clone()));
    let timeout = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, patience_ms);
        }
    }));
    let _ = futures::future::select(shared, timeout).await;
}

impl FundResource {
    pub fn new() -> FundResource {
        // The first load takes over the request started before mounting; "Try again"
        // fetches anew.
        FundResource(LocalResource::new(|| async {
            match STARTED.with(|s| s.borrow_mut().take()) {
                Some(started) => started.await,
                None => load_fund().await,
            }
        }))
    }
}

impl Default for FundResource {
    fn default() -> Self {
        FundResource::new()
    }
}

pub fn use_fund() -> FundResource {
    use_context::<FundResource>().unwrap_or_default()
}

thread_local! {
    static BASE: String = read_base();
}

/// The path the app is served under ("" at the root, "/some/path" under a sub-path), read
/// from the document once.
pub fn base() -> String {
    BASE.with(Clone::clone)
}

/// A browser path as the app sees it, without the base: "/some/path/explorer" is
/// "/explorer", and the app's root is "/".
pub fn path_in_app(pathname: &str) -> String {
    let rest = BASE.with(|base| pathname.strip_prefix(base.as_str()).unwrap_or(pathname).to_string());
    if rest.is_empty() {
        "/".to_string()
    } else {
        rest
    }
}

/// An address inside the app, under the path it is served from: `app_path("/explorer")` is
/// "/explorer" at a domain's root and "/some/path/explorer" under a sub-path. Every internal
/// link goes through here: `<A>` takes its href as given, while `navigate()` adds the
/// router's base itself and so is given the plain path.
///
/// The link keeps the language on screen (`?lang=fr`); links that must follow a later
/// language switch use `I18n::href`, which tracks it.
pub fn app_path(path: &str) -> String {
    app_path_in(path, crate::i18n::current())
}

pub fn app_path_in(path: &str, locale: crate::i18n::Locale) -> String {
    let full = BASE.with(|base| format!("{base}{path}"));
    crate::i18n::with_lang(&full, locale)
}

/// A path for `navigate()` (which adds the base itself), keeping the language.
pub fn nav_path(path: &str) -> String {
    crate::i18n::with_lang(path, crate::i18n::current())
}

/// Reads the base from `<base href>`, which Trunk writes from `--public-url`.
fn read_base() -> String {
    // Without a <base> element, baseURI is the page itself, which on a deep link is not
    // the app's root: treat that as being served at the root.
    let has_base = document().query_selector("base[href]").ok().flatten().is_some();
    if !has_base {
        return String::new();
    }
    let base = document().base_uri().ok().flatten().unwrap_or_default();
    let path = web_sys::Url::new(&base).map(|u| u.pathname()).unwrap_or_default();
    path.trim_end_matches('/').to_string()
}
