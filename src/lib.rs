//! mmptf-explorer: the Migration Multi-Partner Trust Fund explorer and IMRF pledge wizard.

pub mod browser;
pub mod components;
pub mod data;
pub mod domain;
pub mod i18n;
pub mod links;
pub mod pages;
pub mod routes;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use components::layout::Shell;
use data::FundResource;
use i18n::locale::{provide_i18n, use_i18n};
use pages::{home::HomePage, not_found::NotFoundPage, pledge::WizardHome};

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_i18n();
    provide_context(FundResource::new());
    WizardHome::provide();
    provide_context(routes::PagesLoading(RwSignal::new(0)));
    let i18n = use_i18n();
    let title_formatter = move |page: String| format!("{page} – {}", i18n.m().app_name());

    view! {
        <Title formatter=title_formatter/>
        <Router base=links::base()>
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
