//! Talking to the browser: the network, storage, files, focus, addresses and the service
//! worker. Nothing above this layer calls web-sys for these.

pub mod clipboard;
pub mod clock;
pub mod download;
pub mod fetch;
pub mod files;
pub mod focus;
pub mod links;
pub mod offline;
pub mod storage;

/// The page's document, when there is one (not in a worker, nor in a native test).
fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}
