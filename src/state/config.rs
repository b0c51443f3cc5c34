//! What `config.json` may set for the two wizards; anything missing or malformed is simply
//! not offered (or, for the official form's address, falls back to the Hub's form). A
//! progress report goes where its own keys say, else where pledges go.

use leptos::prelude::*;
use serde_json::Value;

use crate::domain::pledge::rules::email_ok;
use crate::domain::safe_url::SafeUrl;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct SiteConfig {
    pub pledge_email: Option<String>,
    pub endpoint: Option<SafeUrl>,
    pub official_form: Option<SafeUrl>,
    pub progress_email: Option<String>,
    pub progress_endpoint: Option<SafeUrl>,
}

async fn load_config() -> SiteConfig {
    let Ok(text) = crate::browser::fetch::fetch_text("config.json").await else { return SiteConfig::default() };
    let Ok(value) = serde_json::from_str::<Value>(&text) else { return SiteConfig::default() };
    let url = |key: &str| value.get(key).and_then(Value::as_str).and_then(SafeUrl::parse);
    let email = |key: &str| value.get(key).and_then(Value::as_str).filter(|e| email_ok(e)).map(str::to_string);
    let pledge_email = email("pledge_email");
    let endpoint = url("submission_endpoint");
    SiteConfig {
        progress_email: email("progress_email").or_else(|| pledge_email.clone()),
        progress_endpoint: url("progress_endpoint").or_else(|| endpoint.clone()),
        pledge_email,
        endpoint,
        official_form: url("official_form_url"),
    }
}

/// The site's configuration, loaded once per page that needs it.
pub fn site_config() -> LocalResource<SiteConfig> {
    LocalResource::new(load_config)
}
