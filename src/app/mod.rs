//! The wiring: the contexts every page shares, the router (from the one route table,
//! `routes.json`), the shell around the pages, the boot sequence and the panic view. The top
//! layer: nothing imports it but `main.rs`.

pub mod boot;
pub mod panic;
mod routes;
mod shell;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::Router;

use crate::i18n::locale::{provide_i18n, use_i18n};
use crate::state::draft::WizardHome;
use crate::state::fund::FundResource;
use shell::Shell;

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_i18n();
    provide_context(FundResource::new());
    WizardHome::provide();
    let i18n = use_i18n();
    let title_formatter = move |page: String| format!("{page} – {}", i18n.m().app_name());

    view! {
        <Title formatter=title_formatter/>
        <Router base=crate::browser::links::base()>
            <Shell>
                <routes::RouteTable/>
            </Shell>
        </Router>
    }
}
