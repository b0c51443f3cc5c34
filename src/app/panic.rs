//! A panic in wasm leaves a dead page. This hook replaces it with a short message and a
//! reload link, built with DOM calls (no HTML parsing), in the language last shown.
//! Drafts are saved as they are typed, so a reload loses nothing already saved.

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("mmptf-explorer: {info}").into());
        show_recovery();
    }));
}

fn show_recovery() -> Option<()> {
    let body = web_sys::window()?.document()?.body()?;
    show_recovery_in(&body)
}

/// Replaces everything inside `root` with the recovery message.
pub fn show_recovery_in(root: &web_sys::Element) -> Option<()> {
    let m = crate::i18n::current().messages();
    let document = web_sys::window()?.document()?;
    let main = document.create_element("main").ok()?;
    main.set_attribute("role", "alert").ok()?;
    main.set_class_name("panic-recovery");
    let heading = document.create_element("h1").ok()?;
    heading.set_text_content(Some(m.panic_heading()));
    let text = document.create_element("p").ok()?;
    text.set_text_content(Some(m.panic_body()));
    let link = document.create_element("a").ok()?;
    // Reloading the current address keeps the visitor where they were.
    let here = web_sys::window()?.location().href().ok()?;
    link.set_attribute("href", &here).ok()?;
    // A real reload: the router, still listening after the panic, would otherwise take the
    // click as a move within the app and reload nothing.
    link.set_attribute("rel", "external").ok()?;
    link.set_text_content(Some(m.panic_reload()));
    main.append_child(&heading).ok()?;
    main.append_child(&text).ok()?;
    main.append_child(&link).ok()?;
    root.set_text_content(None);
    root.append_child(&main).ok()?;
    Some(())
}
