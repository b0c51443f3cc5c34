//! Plain Rust: no Leptos, no web-sys. Everything here is tested natively with `cargo test`.
//! Three bounded contexts (`fund`, `explorer`, `pledge`) over a shared kernel of values
//! (money, dates, progress, languages, safe URLs, the Compact's objectives, countries).

pub mod chart;
pub mod country;
pub mod date;
pub mod explorer;
pub mod fund;
pub mod gcm;
pub mod locale;
pub mod money;
pub mod pledge;
pub mod progress;
pub mod safe_url;
pub mod text_fold;
