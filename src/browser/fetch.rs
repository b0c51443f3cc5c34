//! Talking to the host over the network, and waiting: the one fetch routine (and the one
//! POST, for a submission endpoint) and the one timer future, so none is written (and
//! compiled into the wasm) twice.

use gloo_net::http::Request;

/// Why a file could not be had: the network failed, or the server answered with an error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FetchError {
    Network,
    Http(u16),
}

/// A file published next to the app, as text. Revalidated with the server each time
/// (`no-cache`), so a host's update shows on the next visit. The one fetch routine for the
/// data and translation files: a second copy of the request's state machine would cost
/// kilobytes of wasm.
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let response =
        Request::get(url).cache(web_sys::RequestCache::NoCache).send().await.map_err(|_| FetchError::Network)?;
    if !response.ok() {
        return Err(FetchError::Http(response.status()));
    }
    response.text().await.map_err(|_| FetchError::Network)
}

/// Sends `body` as JSON to `url`, with an `Idempotency-Key` header so that the receiver can
/// recognise a repeated attempt. Any 2xx answer is success.
pub async fn post_json(url: &str, idempotency_key: &str, body: &str) -> Result<(), FetchError> {
    let request = Request::post(url)
        .header("content-type", "application/json")
        .header("Idempotency-Key", idempotency_key)
        .body(body.to_string())
        .map_err(|_| FetchError::Network)?;
    match request.send().await {
        Ok(r) if r.ok() => Ok(()),
        Ok(r) => Err(FetchError::Http(r.status())),
        Err(_) => Err(FetchError::Network),
    }
}

/// Resolves after `ms` milliseconds (a retry's pause, a patience limit).
pub async fn sleep(ms: u32) {
    let timer = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms as i32);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(timer).await;
}
