//! Talking to the browser: the network, storage, files, the service worker, and the page's
//! last words when the app panics.

pub mod download;
pub mod fetch;
pub mod offline;
pub mod panic_hook;
pub mod storage;
