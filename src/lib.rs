//! mmptf-explorer: the Migration Multi-Partner Trust Fund explorer and IMRF pledge wizard.
//! Layers, each importing only those below it: `app` (wiring) → `pages` → `components` →
//! `state`, `i18n` → `browser` → `domain` (plain Rust).

pub mod app;
pub mod browser;
pub mod components;
pub mod domain;
pub mod i18n;
pub mod pages;
pub mod state;

pub use app::App;
