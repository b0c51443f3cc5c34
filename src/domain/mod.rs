//! Plain Rust: no Leptos, no web-sys. Everything here is tested natively with `cargo test`.

pub mod catalogue;
pub mod chart;
pub mod country;
pub mod data_report;
pub mod date;
pub mod draft_store;
pub mod export;
pub mod fund;
pub mod fund_decode;
pub mod fund_fields;
pub mod gcm;
pub mod history;
pub mod json_locate;
pub mod mail_link;
pub mod money;
pub mod pledge;
pub mod pledge_field;
pub mod pledge_file;
pub mod pledge_rules;
pub mod progress;
pub mod query;
pub mod safe_url;
pub mod text_fold;
pub mod whatif;
