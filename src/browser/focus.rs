//! Moving keyboard focus: the one place that does, so that every move scrolls and marks its
//! target the same way.

use wasm_bindgen::JsCast;

use super::document;

/// Moves focus to the element with this id (a field, the error summary, a dialog's button),
/// scrolling it into view.
pub fn focus_id(id: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        el.scroll_into_view();
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// After a navigation inside the app, focus goes to the new page's main heading (or the
/// main region), so keyboard and screen-reader users start at the top of what changed.
pub fn focus_main_heading() {
    let Some(doc) = document() else { return };
    let target = doc.query_selector("main h1").ok().flatten().or_else(|| doc.get_element_by_id("main"));
    if let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        if !el.has_attribute("tabindex") {
            let _ = el.set_attribute("tabindex", "-1");
        }
        let _ = el.focus();
    }
}

/// Moves focus to the main region, without scrolling past its top (the skip link).
pub fn focus_main() {
    let main = document().and_then(|d| d.get_element_by_id("main"));
    if let Some(main) = main.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = main.focus();
    }
}
