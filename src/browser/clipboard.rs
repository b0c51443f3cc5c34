//! Copying text for the visitor to paste elsewhere (into the official pledge form).

/// Writes text to the clipboard; false when the browser refuses. Looked up rather than
/// called through web-sys's `Clipboard`: where the page is not a secure context the
/// browser has no `navigator.clipboard` at all, and this then says false instead of throwing.
pub async fn copy_text(text: String) -> bool {
    async {
        let clipboard = js_sys::Reflect::get(&web_sys::window()?.navigator(), &"clipboard".into()).ok()?;
        let write = js_sys::Reflect::get(&clipboard, &"writeText".into()).ok()?;
        let f: js_sys::Function = wasm_bindgen::JsCast::dyn_into(write).ok()?;
        let promise: js_sys::Promise = wasm_bindgen::JsCast::dyn_into(f.call1(&clipboard, &text.into()).ok()?).ok()?;
        wasm_bindgen_futures::JsFuture::from(promise).await.ok()
    }
    .await
    .is_some()
}
