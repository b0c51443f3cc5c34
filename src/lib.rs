//! mmptf-explorer: the Migration Multi-Partner Trust Fund explorer and IMRF pledge wizard.
//! Layers, each importing only those below it: `app` (wiring) → `pages` → `components` →
//! `state`, `i18n` → `browser` → `domain` (plain Rust).

// Without the `app` feature (native tests, the validator) the library is its lower layers.
#[cfg(feature = "app")]
pub mod app;
pub mod browser;
#[cfg(feature = "app")]
pub mod components;
pub mod domain;
pub mod i18n;
#[cfg(feature = "app")]
pub mod pages;
#[cfg(feature = "app")]
pub mod state;

#[cfg(feature = "app")]
pub use app::App;
