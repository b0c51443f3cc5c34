//! The current language as Leptos context, and the `<html lang dir>` that follows it.

use leptos::prelude::*;

use crate::format;
use crate::i18n::{Arg, Locale, Messages};

#[derive(Clone, Copy)]
pub struct I18n {
    locale: RwSignal<Locale>,
}

impl I18n {
    /// The current language (tracked: views that call this follow a language change).
    pub fn locale(&self) -> Locale {
        self.locale.get()
    }

    pub fn m(&self) -> &'static Messages {
        self.locale.get().messages()
    }

    /// A reactive text for a message without arguments. Every call returns the same closure
    /// type, so the hundreds of labels in the views share one compiled renderer instead of
    /// one each (a large part of the wasm's size otherwise).
    pub fn t(self, pick: fn(&Messages) -> &'static str) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || pick(self.locale.get().messages())
    }

    /// A message with arguments filled in, numbers and plurals per language.
    pub fn fill(&self, pick: fn(&Messages) -> &'static str, args: &[(&str, Arg)]) -> String {
        let locale = self.locale.get();
        format::fill(locale, pick(locale.messages()), args)
    }

    pub fn set(&self, locale: Locale) {
        self.locale.set(locale);
    }
}

pub fn provide_i18n() {
    let i18n = I18n { locale: RwSignal::new(Locale::En) };
    Effect::new(move |_| {
        let locale = i18n.locale();
        crate::panic_hook::remember_locale(locale);
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", locale.code());
            let _ = html.set_attribute("dir", if locale.is_rtl() { "rtl" } else { "ltr" });
        }
    });
    provide_context(i18n);
}

pub fn use_i18n() -> I18n {
    // Provided by `App` before anything else renders; a fresh English context keeps a
    // component usable on its own (in a component test, say) instead of panicking.
    use_context::<I18n>().unwrap_or(I18n { locale: RwSignal::new(Locale::En) })
}
