//! Registers the service worker (`sw.js`, written by `scripts/sw.mjs` at build time) that
//! keeps the app usable offline after a first visit. Through `Reflect`, because a browser
//! without service workers (or a page not served over https or from localhost) has no
//! `navigator.serviceWorker`, and calling into it would throw.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};

pub fn register_service_worker() {
    let Some(window) = web_sys::window() else { return };
    let navigator: JsValue = window.navigator().into();
    let Ok(container) = Reflect::get(&navigator, &JsValue::from_str("serviceWorker")) else { return };
    if container.is_undefined() || container.is_null() {
        return;
    }
    let Some(register) =
        Reflect::get(&container, &JsValue::from_str("register")).ok().and_then(|f| f.dyn_into::<Function>().ok())
    else {
        return;
    };
    // Relative to <base href>: the worker and its scope are the app's folder, under any sub-path.
    let Ok(promise) = register.call1(&container, &JsValue::from_str("sw.js")) else { return };
    if let Ok(promise) = promise.dyn_into::<Promise>() {
        // Offline support is an extra: a refusal (private mode, a host without sw.js) is not an error to show.
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        });
    }
}
