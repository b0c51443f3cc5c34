//! The current language as Leptos context: which language is shown, loading another one's
//! file when it is chosen, remembering the choice, and the `<html lang dir>` that follow it.
//! The language also travels in the URL (`?lang=fr`, absent for English), so a shared link
//! opens in the sender's language.

use leptos::prelude::*;

use crate::browser::links::{lang_in_query, with_lang};
use crate::domain::locale::{negotiate, Locale};
use crate::i18n::format;
use crate::i18n::{self, Arg, Messages};

/// The language on screen. Deliberately one signal: hundreds of view closures capture it,
/// and every extra field would be copied into each of them.
#[derive(Clone, Copy)]
pub struct I18n {
    locale: RwSignal<Locale>,
}

/// Switching languages: what is loading and what failed. Apart from `I18n` (see there).
#[derive(Clone, Copy)]
struct Switching {
    /// A language whose file is being fetched.
    pending: RwSignal<Option<Locale>>,
    /// A language whose file could not be fetched or read.
    failed: RwSignal<Option<Locale>>,
}

impl Switching {
    fn get() -> Switching {
        expect_context::<Switching>()
    }
}

impl I18n {
    fn with(locale: Locale) -> I18n {
        I18n { locale: RwSignal::new(locale) }
    }

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

    /// A link inside the app that follows the language (for `<A href>`). Links whose path
    /// is itself reactive call `crate::browser::links::app_path` with `self.locale()` in their closure.
    pub fn href(self, path: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || crate::browser::links::app_path(path, self.locale.get())
    }

    /// A path for `navigate()` in the language on screen (read at the moment of navigating).
    pub fn nav(&self, path: &str) -> String {
        crate::browser::links::nav_path(path, self.locale.get_untracked())
    }

    pub fn pending(&self) -> Option<Locale> {
        Switching::get().pending.get()
    }

    pub fn failed(&self) -> Option<Locale> {
        Switching::get().failed.get()
    }

    pub fn dismiss_failure(&self) {
        Switching::get().failed.set(None);
    }

    /// The visitor picked `locale` in the switcher: shown as soon as its file is in, and
    /// remembered for the next visit.
    pub fn choose(&self, locale: Locale) {
        crate::browser::storage::save_language(locale.code());
        let switching = Switching::get();
        switching.failed.set(None);
        if locale.is_loaded() {
            switching.pending.set(None);
            self.locale.set(locale);
        } else {
            load(*self, switching, locale);
        }
    }
}

fn load(i18n: I18n, switching: Switching, locale: Locale) {
    switching.pending.set(Some(locale));
    leptos::task::spawn_local(async move {
        let outcome = fetch_translation(locale).await;
        // A later choice wins over this one if the visitor changed their mind meanwhile.
        if switching.pending.try_get_untracked().flatten() != Some(locale) {
            return;
        }
        switching.pending.set(None);
        match outcome {
            Ok(()) => i18n.locale.set(locale),
            Err(()) => switching.failed.set(Some(locale)),
        }
    });
}

async fn fetch_translation(locale: Locale) -> Result<(), ()> {
    let text = crate::browser::fetch::fetch_text(&locale.file_url()).await.map_err(|_| ())?;
    i18n::install(locale, &text).map(|_| ()).map_err(|_| ())
}

/// An address written the way many multilingual sites write them, `/fr/explorer`, is
/// rewritten in place to this app's form, `/explorer?lang=fr`, before the router reads it.
fn lift_language_prefix() -> Option<Locale> {
    let location = window().location();
    let path = crate::browser::links::path_in_app(&location.pathname().ok()?);
    let rest = path.trim_start_matches('/');
    let (first, tail) = rest.split_once('/').unwrap_or((rest, ""));
    // Exact lowercase codes only: no route of the app is two letters long.
    let locale = Locale::ALL.into_iter().find(|l| l.code() == first)?;
    let query = location.search().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = with_lang(&format!("{}/{tail}{query}{hash}", crate::browser::links::base()), locale);
    window().history().ok()?.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)).ok()?;
    Some(locale)
}

/// The language to start in: the link's, else the one chosen on an earlier visit, else the
/// first of the browser's languages that we speak, else English.
fn initial_locale() -> Locale {
    let window = window();
    let from_url = lift_language_prefix().or_else(|| window.location().search().ok().and_then(|q| lang_in_query(&q)));
    from_url
        .or_else(|| crate::browser::storage::load_language().and_then(|code| Locale::from_code(&code)))
        .or_else(|| {
            let languages: Vec<String> = window.navigator().languages().iter().filter_map(|v| v.as_string()).collect();
            negotiate(languages.iter().map(String::as_str))
        })
        .unwrap_or(Locale::En)
}

fn set_document_language(locale: Locale) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", locale.code());
        let _ = html.set_attribute("dir", if locale.is_rtl() { "rtl" } else { "ltr" });
    }
}

thread_local! {
    /// What `prepare_language` settled on, for `provide_i18n`.
    static START: std::cell::Cell<(Locale, Option<Locale>)> = const { std::cell::Cell::new((Locale::En, None)) };
}

/// Runs before the app is mounted (`app::boot`): picks the language to start in and
/// fetches its file, so the first paint is already in that language (showing English for a
/// moment and then switching would move everything under a reader's eyes). If the file
/// cannot be had, the app starts in English and says so.
pub async fn prepare_language() {
    let initial = initial_locale();
    set_document_language(initial);
    let translated = initial == Locale::En || fetch_translation(initial).await.is_ok();
    let outcome = if translated {
        (initial, None)
    } else {
        set_document_language(Locale::En);
        (Locale::En, Some(initial))
    };
    i18n::set_current(outcome.0);
    START.with(|s| s.set(outcome));
}

pub fn provide_i18n() {
    let (initial, failed) = START.with(std::cell::Cell::get);
    let i18n = I18n::with(initial);
    let switching = Switching { pending: RwSignal::new(None), failed: RwSignal::new(failed) };
    Effect::new(move |_| {
        let locale = i18n.locale();
        i18n::set_current(locale);
        set_document_language(locale);
    });
    provide_context(i18n);
    provide_context(switching);
}

/// Keeps the address bar's `lang` in step with the language shown: after a switch, and
/// after any navigation whose link did not carry it (Back to an older entry, say). Needs
/// the router, so the shell calls it.
pub fn sync_url_language() {
    let i18n = use_i18n();
    let navigate = leptos_router::hooks::use_navigate();
    let location = leptos_router::hooks::use_location();
    Effect::new(move |_| {
        let locale = i18n.locale();
        let search = location.search.get();
        let _ = location.pathname.get();
        if lang_in_query(&search).unwrap_or(Locale::En) == locale {
            return;
        }
        let Ok(loc) = window().location().pathname() else { return };
        let path = crate::browser::links::path_in_app(&loc);
        let query = window().location().search().unwrap_or_default();
        let hash = window().location().hash().unwrap_or_default();
        let url = with_lang(&format!("{path}{query}{hash}"), locale);
        navigate(&url, leptos_router::NavigateOptions { replace: true, scroll: false, ..Default::default() });
    });
}

/// The language context, which `provide_i18n` gives (the `App` before anything else renders,
/// a component test in its mount). Without it this is a wiring mistake, shown as one.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
