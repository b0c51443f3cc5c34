//! Plain Rust: no Leptos, no web-sys. Everything here is tested natively with `cargo test`.

pub mod date;
pub mod fund;
pub mod fund_decode;
pub mod gcm;
pub mod money;
pub mod progress;
pub mod safe_url;
