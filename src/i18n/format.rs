//! Numbers, money, percentages and dates, formatted by the browser's `Intl` so that every
//! language gets its own conventions with no locale data in the wasm. Amounts are handed
//! over as exact decimal strings, never through a float.

use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::domain::date::Date;
use crate::domain::locale::Locale;
use crate::domain::money::Money;
use crate::domain::progress::BasisPoints;
use crate::i18n::{format_message, Arg, PluralCategory};

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let obj = Object::new();
    for (key, value) in pairs {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&obj, &JsValue::from_str(key), value);
    }
    obj
}

fn locales(locale: Locale) -> Array {
    Array::of1(&JsValue::from_str(locale.intl_tag()))
}

/// A cache key for a set of options: their names and string or whole-number values.
fn options_key(locale: Locale, opts: &[(&str, JsValue)]) -> String {
    let mut key = String::from(locale.intl_tag());
    for (name, value) in opts {
        key.push('|');
        key.push_str(name);
        key.push('=');
        match value.as_string() {
            Some(s) => key.push_str(&s),
            None => key.push_str(&(value.as_f64().unwrap_or(-1.0) as i64).to_string()),
        }
    }
    key
}

thread_local! {
    static NUMBER_FORMATS: std::cell::RefCell<Vec<(String, Function)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Runs `Intl.NumberFormat(locale, opts).format(value)`, reusing formatters (building one
/// costs far more than using it, and a list of rows formats many amounts). On any failure
/// (an engine without the option, say) falls back to the raw value rather than nothing.
fn number_format(locale: Locale, opts: &[(&str, JsValue)], value: JsValue) -> String {
    let key = options_key(locale, opts);
    let format = NUMBER_FORMATS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some((_, f)) = cache.iter().find(|(k, _)| *k == key) {
            return f.clone();
        }
        let f = Intl::NumberFormat::new(&locales(locale), &options(opts)).format();
        cache.push((key, f.clone()));
        f
    });
    format
        .call1(&JsValue::NULL, &value)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| value.as_string().unwrap_or_default())
}

thread_local! {
    static PLURAL_RULES: std::cell::RefCell<Vec<(Locale, Intl::PluralRules)>> = const { std::cell::RefCell::new(Vec::new()) };
}

pub fn number(locale: Locale, n: u64) -> String {
    number_format(locale, &[], JsValue::from_str(&n.to_string()))
}

/// A share, with at most one decimal: "40%", "42.9%".
pub fn percent(locale: Locale, share: BasisPoints) -> String {
    number_format(
        locale,
        &[("style", "percent".into()), ("maximumFractionDigits", 1.into())],
        JsValue::from_f64(share.as_fraction()),
    )
}

/// The exact amount with its ISO code: "USD 28,000,000" (cents shown only when there are some).
pub fn money(locale: Locale, amount: Money) -> String {
    let digits = if amount.is_whole() { 0 } else { amount.currency().exponent() };
    number_format(
        locale,
        &[
            ("style", "currency".into()),
            ("currency", amount.currency().code().into()),
            ("currencyDisplay", "code".into()),
            ("minimumFractionDigits", digits.into()),
            ("maximumFractionDigits", digits.into()),
        ],
        JsValue::from_str(&amount.to_decimal_string()),
    )
}

/// A rounded amount in words for headlines: "USD 70 million", "USD 1.5 million".
pub fn money_compact(locale: Locale, amount: Money) -> String {
    let figure = number_format(
        locale,
        &[("notation", "compact".into()), ("compactDisplay", "long".into()), ("maximumFractionDigits", 1.into())],
        JsValue::from_str(&amount.to_decimal_string()),
    );
    fill(
        locale,
        locale.messages().money_compact(),
        &[("currency", Arg::Text(amount.currency().code())), ("amount", Arg::Text(&figure))],
    )
}

/// A calendar date in the language's long style: "1 February 2022".
pub fn date(locale: Locale, date: Date) -> String {
    date_with(locale, date, &[("dateStyle", "long".into())])
}

/// A month and its year, for figures a source dates no closer: "July 2021".
pub fn month(locale: Locale, date: Date) -> String {
    date_with(locale, date, &[("year", "numeric".into()), ("month", "long".into())])
}

/// A year as the language writes it (its own digits where it has them).
pub fn year(locale: Locale, year: u16) -> String {
    match Date::new(year, 1, 1) {
        Some(d) => date_with(locale, d, &[("year", "numeric".into())]),
        None => year.to_string(),
    }
}

fn date_with(locale: Locale, date: Date, opts: &[(&str, JsValue)]) -> String {
    let mut pairs = opts.to_vec();
    pairs.push(("timeZone", "UTC".into()));
    let formatter = Intl::DateTimeFormat::new(&locales(locale), &options(&pairs));
    let millis = js_sys::Date::utc(f64::from(date.year), f64::from(date.month) - 1.0);
    let js_date = js_sys::Date::new(&JsValue::from_f64(millis + (f64::from(date.day) - 1.0) * 86_400_000.0));
    formatter
        .format()
        .call1(&JsValue::NULL, &js_date)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| date.to_string())
}

/// "4 years ago", "last month", "today", "in 3 days": how old a dated figure is today, by
/// the browser's `Intl.RelativeTimeFormat` in the page's language.
pub fn age(locale: Locale, then: Date) -> String {
    let now = js_sys::Date::new_0();
    let today = Date::new(now.get_utc_full_year() as u16, now.get_utc_month() as u8 + 1, now.get_utc_date() as u8);
    let Some(today) = today else { return String::new() };
    let (count, unit) = crate::domain::date::age(then, today);
    let unit = match unit {
        crate::domain::date::AgeUnit::Day => "day",
        crate::domain::date::AgeUnit::Month => "month",
        crate::domain::date::AgeUnit::Year => "year",
    };
    let formatter = Intl::RelativeTimeFormat::new(&locales(locale), &options(&[("numeric", "auto".into())]));
    String::from(formatter.format(count as f64, unit))
}

pub fn plural_category(locale: Locale, n: u64) -> PluralCategory {
    let rules = PLURAL_RULES.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some((_, r)) = cache.iter().find(|(l, _)| *l == locale) {
            return r.clone();
        }
        let r = Intl::PluralRules::new(&locales(locale), &Object::new());
        cache.push((locale, r.clone()));
        r
    });
    PluralCategory::parse(&String::from(rules.select(n as f64)))
}

/// Fills a message of the current language with numbers and plurals from `Intl`.
///
/// Right to left, each text argument is isolated (U+2068 … U+2069), as Fluent and ICU do:
/// a Latin title or an amount like "USD 28 million" inside an Arabic sentence would
/// otherwise have its parentheses and word order scrambled by the bidi algorithm.
pub fn fill(locale: Locale, template: &str, args: &[(&str, Arg)]) -> String {
    if !locale.is_rtl() {
        return format_message(template, args, &|n| number(locale, n), &|n| plural_category(locale, n));
    }
    let isolated: Vec<String> = args
        .iter()
        .map(|(_, a)| match a {
            Arg::Text(t) => format!("\u{2068}{t}\u{2069}"),
            Arg::Count(_) => String::new(),
        })
        .collect();
    let args: Vec<(&str, Arg)> = args
        .iter()
        .zip(&isolated)
        .map(|((name, a), iso)| match a {
            Arg::Text(_) => (*name, Arg::Text(iso.as_str())),
            Arg::Count(n) => (*name, Arg::Count(*n)),
        })
        .collect();
    format_message(template, &args, &|n| number(locale, n), &|n| plural_category(locale, n))
}

/// File sizes for messages: "20.5 MB".
pub fn megabytes(locale: Locale, bytes: usize) -> String {
    let mb = (bytes as f64) / 1_000_000.0;
    number_format(
        locale,
        &[("style", "unit".into()), ("unit", "megabyte".into()), ("maximumFractionDigits", 1.into())],
        JsValue::from_f64(mb),
    )
}

/// The browser's formatting for shared text (see `problem_text`).
pub struct BrowserFormats(pub Locale);

impl crate::i18n::problem_text::Formats for BrowserFormats {
    fn fill(&self, template: &str, args: &[(&str, Arg)]) -> String {
        fill(self.0, template, args)
    }

    fn megabytes(&self, bytes: usize) -> String {
        megabytes(self.0, bytes)
    }

    fn percent(&self, share: BasisPoints) -> String {
        percent(self.0, share)
    }

    fn money(&self, amount: Money) -> String {
        money(self.0, amount)
    }
}

/// The global `Intl` object, for the constructors js-sys does not bind.
fn intl_global() -> Option<JsValue> {
    Reflect::get(&js_sys::global(), &"Intl".into()).ok().filter(|v| v.is_object())
}

thread_local! {
    static REGION_NAMES: std::cell::RefCell<Vec<(Locale, JsValue)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A country's name in the page's language, from `Intl.DisplayNames` (no name data in the
/// wasm). Built through `Reflect`, as js-sys has no binding for it; where the browser
/// lacks it, the ISO code is shown, which is still a valid answer.
pub fn country_name(locale: Locale, code: &str) -> String {
    let names = REGION_NAMES.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some((_, n)) = cache.iter().find(|(l, _)| *l == locale) {
            return Some(n.clone());
        }
        let ctor: Function = Reflect::get(&intl_global()?, &"DisplayNames".into()).ok()?.dyn_into().ok()?;
        let args = Array::of2(&locales(locale), &options(&[("type", "region".into())]));
        let names = Reflect::construct(&ctor, &args).ok()?;
        cache.push((locale, names.clone()));
        Some(names)
    });
    names
        .and_then(|n| {
            let of: Function = Reflect::get(&n, &"of".into()).ok()?.dyn_into().ok()?;
            of.call1(&n, &JsValue::from_str(code)).ok()?.as_string()
        })
        .unwrap_or_else(|| code.to_string())
}

/// Sorts texts as the language's readers expect (`Intl.Collator`).
pub fn sort_texts<T>(locale: Locale, items: &mut [(String, T)]) {
    let collator = Intl::Collator::new(&locales(locale), &Object::new());
    let compare = collator.compare();
    items.sort_by(|a, b| {
        let order = compare
            .call2(&JsValue::NULL, &JsValue::from_str(&a.0), &JsValue::from_str(&b.0))
            .ok()
            .and_then(|v| v.as_f64());
        order.map_or(std::cmp::Ordering::Equal, |o| o.partial_cmp(&0.0).unwrap_or(std::cmp::Ordering::Equal))
    });
}

/// "A, B and C" in the page's language (`Intl.ListFormat`); a plain comma list where the
/// browser lacks it.
pub fn list(locale: Locale, items: &[String]) -> String {
    let formatted = (|| {
        let ctor: Function = Reflect::get(&intl_global()?, &"ListFormat".into()).ok()?.dyn_into().ok()?;
        let lf = Reflect::construct(&ctor, &Array::of2(&locales(locale), &options(&[("type", "conjunction".into())])))
            .ok()?;
        let format: Function = Reflect::get(&lf, &"format".into()).ok()?.dyn_into().ok()?;
        let array: Array = items.iter().map(|s| JsValue::from_str(s)).collect();
        format.call1(&lf, &array).ok()?.as_string()
    })();
    formatted.unwrap_or_else(|| items.join(", "))
}

/// A programme's title, or "Programme {id} (details not published)" for a record a source
/// counts without naming it.
pub fn programme_title(locale: Locale, p: &crate::domain::fund::Programme) -> String {
    match &p.title {
        Some(t) => t.clone(),
        None => fill(locale, locale.messages().unnamed_programme(), &[("id", Arg::Text(&p.id))]),
    }
}
