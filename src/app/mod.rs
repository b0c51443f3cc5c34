//! The wiring: the contexts every page shares, the one route table, the shell around the
//! pages, the boot sequence and the panic view. Everything above `pages`, nothing below.

pub mod boot;
pub mod panic;
mod routes;
mod shell;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::i18n::locale::{provide_i18n, use_i18n};
use crate::pages::{home::HomePage, not_found::NotFoundPage, pledge::WizardHome};
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
                <Routes fallback=|| view! { <NotFoundPage/> }>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/explorer") view=routes::ExplorerRoute/>
                    <Route path=path!("/programmes") view=routes::ExplorerRoute/>
                    <Route path=path!("/programmes/:id") view=routes::ProgrammeRoute/>
                    <Route path=path!("/pledge") view=routes::PledgeStartRoute/>
                    <Route path=path!("/pledge/:step") view=routes::PledgeStepRoute/>
                    <Route path=path!("/about") view=routes::AboutRoute/>
                    <Route path=path!("/check-data") view=routes::CheckDataRoute/>
                </Routes>
            </Shell>
        </Router>
    }
}
