//! Files the visitor gives the app (a draft to open, a data file to check).

use wasm_bindgen::JsCast;

/// The file chosen in the `<input type="file">` an event came from, and the input emptied,
/// so that choosing the same file again is a change again.
pub fn take_chosen(ev: &web_sys::Event) -> Option<web_sys::File> {
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files()?.get(0)?;
    input.set_value("");
    Some(file)
}

/// A file's text, or `None` when the browser cannot read it (gone, or not text).
pub async fn read_text(file: &web_sys::File) -> Option<String> {
    wasm_bindgen_futures::JsFuture::from(file.text()).await.ok()?.as_string()
}
