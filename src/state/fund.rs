//! Loading the data file the host publishes (`data/fund.json`), with typed errors that the
//! error view explains. The rules themselves live in `domain::fund::decode`.

use std::sync::Arc;

use leptos::prelude::*;

use crate::browser::fetch::{fetch_text, sleep, FetchError};
use crate::domain::fund::decode::{decode_fund, Problem};
use crate::domain::fund::FundSnapshot;

/// Relative to the document's `<base href>`, so it resolves under any sub-path and from
/// any deep link.
pub const FUND_URL: &str = "data/fund.json";

/// Why the data cannot be shown; the error view words each (`components::error_view`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The data file could not be reached.
    Network,
    /// The server answered with this HTTP status.
    Http(u16),
    /// The file was read and breaks these rules.
    Invalid(Vec<Problem>),
}

impl From<FetchError> for LoadError {
    fn from(error: FetchError) -> LoadError {
        match error {
            FetchError::Network => LoadError::Network,
            FetchError::Http(status) => LoadError::Http(status),
        }
    }
}

pub type FundResult = Result<Arc<FundSnapshot>, LoadError>;

pub async fn load_fund() -> FundResult {
    let text = fetch_text(FUND_URL).await?;
    decode_fund(&text).map(Arc::new).map_err(LoadError::Invalid)
}

/// The fund data, fetched once and shared by every page.
#[derive(Clone, Copy)]
pub struct FundResource(LocalResource<FundResult>);

type SharedLoad = futures::future::Shared<futures::future::LocalBoxFuture<'static, FundResult>>;

thread_local! {
    /// The data file's request, started before the app is mounted (see `app::boot`)
    /// and handed over to the app's first load.
    static STARTED: std::cell::RefCell<Option<SharedLoad>> = const { std::cell::RefCell::new(None) };
}

/// Starts fetching the data file ahead of mounting and waits for it up to `patience_ms`:
/// when it is in by then (index.html preloads it, so it usually is), the first render
/// already has it and the page appears complete at once; when not, the app mounts with its
/// loading message and the same request carries on.
pub async fn prefetch(patience_ms: u32) {
    use futures::FutureExt;
    let shared = load_fund().boxed_local().shared();
    STARTED.with(|s| *s.borrow_mut() = Some(shared.clone()));
    let _ = futures::future::select(shared, Box::pin(sleep(patience_ms))).await;
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

impl FundResource {
    /// The data once loaded (tracked): `None` while it is on its way.
    pub fn get(&self) -> Option<FundResult> {
        self.0.get()
    }

    /// Loads the data file afresh ("Try again").
    pub fn refetch(&self) {
        self.0.refetch();
    }
}

/// The fund data `App` provides. Without it this is a wiring mistake, shown as one, not
/// papered over with a second fetch.
pub fn use_fund() -> FundResource {
    expect_context::<FundResource>()
}
