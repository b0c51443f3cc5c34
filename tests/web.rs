//! Component tests in headless Chromium (wasm-bindgen-test): the pieces that need a real
//! DOM and the browser's Intl.
#![cfg(target_arch = "wasm32")]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use mmptf_explorer::components::error_view::ErrorView;
use mmptf_explorer::components::fund_history::FundHistory;
use mmptf_explorer::components::progress_meter::ProgressMeter;
use mmptf_explorer::domain::date::Date;
use mmptf_explorer::domain::fund::decode::{decode_fund, Expected, Problem};
use mmptf_explorer::domain::locale::Locale;
use mmptf_explorer::domain::money::{Currency, Money};
use mmptf_explorer::domain::progress::BasisPoints;
use mmptf_explorer::i18n::format;
use mmptf_explorer::i18n::locale::provide_i18n;
use mmptf_explorer::state::fund::LoadError;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> web_sys::HtmlElement {
    let doc = document();
    let el = doc.create_element("div").unwrap().dyn_into::<web_sys::HtmlElement>().unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

fn usd(major: i64) -> Money {
    Money::from_major(major, Currency::USD).unwrap()
}

/// Intl puts no-break spaces in some formats; compare with ordinary spaces.
fn plain(text: &str) -> String {
    text.replace(['\u{a0}', '\u{202f}'], " ")
}

#[wasm_bindgen_test]
fn intl_formats_the_headline_figures() {
    assert_eq!(format::money_compact(Locale::En, usd(70_000_000)), "USD 70 million");
    assert_eq!(format::money_compact(Locale::En, usd(1_500_000)), "USD 1.5 million");
    assert_eq!(plain(&format::money(Locale::En, usd(28_000_000))), "USD 28,000,000");
    assert_eq!(plain(&format::money(Locale::En, Money::from_minor(150_000_025, Currency::USD))), "USD 1,500,000.25");
    assert_eq!(format::percent(Locale::En, BasisPoints(4000)), "40%");
    assert_eq!(format::percent(Locale::En, BasisPoints(4286)), "42.9%");
    assert_eq!(format::date(Locale::En, Date::new(2022, 2, 1).unwrap()), "1 February 2022");
    assert_eq!(format::date(Locale::En, Date::new(2024, 12, 31).unwrap()), "31 December 2024");
    assert_eq!(format::number(Locale::En, 12_345), "12,345");
}

#[wasm_bindgen_test]
fn intl_formats_each_language_its_own_way() {
    assert_eq!(plain(&format::money_compact(Locale::Fr, usd(70_000_000))), "USD 70 millions");
    assert_eq!(plain(&format::percent(Locale::Fr, BasisPoints(4000))), "40 %");
    assert_eq!(format::date(Locale::Fr, Date::new(2022, 2, 1).unwrap()), "1 février 2022");
    assert_eq!(format::date(Locale::Es, Date::new(2022, 2, 1).unwrap()), "1 de febrero de 2022");
    assert_eq!(plain(&format::number(Locale::Ru, 12_345)), "12 345");
    assert_eq!(format::number(Locale::Es, 12_345), "12.345");
    assert!(format::date(Locale::Zh, Date::new(2022, 2, 1).unwrap()).starts_with("2022年2月1日"));
    assert!(format::date(Locale::Ru, Date::new(2022, 2, 1).unwrap()).starts_with("1 февраля 2022"));
    assert!(format::date(Locale::Ar, Date::new(2022, 2, 1).unwrap()).contains("فبراير"));
}

#[wasm_bindgen_test]
fn plural_forms_follow_each_languages_rules() {
    let ru = "{count, plural, one {# программа} few {# программы} many {# программ} other {# программы}}";
    let fill = |locale, template, n| format::fill(locale, template, &[("count", mmptf_explorer::i18n::Arg::Count(n))]);
    assert_eq!(fill(Locale::Ru, ru, 1), "1 программа");
    assert_eq!(fill(Locale::Ru, ru, 3), "3 программы");
    assert_eq!(fill(Locale::Ru, ru, 12), "12 программ");
    assert_eq!(fill(Locale::Ru, ru, 21), "21 программа");
    let ar = "{count, plural, zero {z} one {o} two {t} few {f#} many {m#} other {x#}}";
    assert_eq!(fill(Locale::Ar, ar, 2), "t");
    assert!(fill(Locale::Ar, ar, 5).starts_with('f'));
    assert!(fill(Locale::Ar, ar, 12).starts_with('m'));
}

#[wasm_bindgen_test]
fn right_to_left_isolates_each_text_argument() {
    let text =
        format::fill(Locale::Ar, "المصدر: {source}", &[("source", mmptf_explorer::i18n::Arg::Text("UN (2022)"))]);
    assert_eq!(text, "المصدر: \u{2068}UN (2022)\u{2069}");
    // Left to right, nothing is added.
    assert_eq!(
        format::fill(Locale::Fr, "Source : {source}", &[("source", mmptf_explorer::i18n::Arg::Text("UN"))]),
        "Source : UN"
    );
}

#[wasm_bindgen_test]
fn plurals_come_from_intl() {
    let m = Locale::En.messages();
    assert_eq!(
        format::fill(Locale::En, m.headline_funded(), &[("count", mmptf_explorer::i18n::Arg::Count(1))]),
        "1 programme funded"
    );
    assert_eq!(
        format::fill(Locale::En, m.headline_funded(), &[("count", mmptf_explorer::i18n::Arg::Count(12))]),
        "12 programmes funded"
    );
    assert_eq!(
        format::fill(Locale::En, m.headline_pipeline(), &[("count", mmptf_explorer::i18n::Arg::Count(1234))]),
        "1,234 programmes in the pipeline"
    );
}

#[wasm_bindgen_test]
async fn the_meter_is_a_progressbar_with_its_value_in_words() {
    let el = container();
    let _handle = leptos::mount::mount_to(el.clone(), || {
        view! {
            <ProgressMeter
                share=Some(BasisPoints(4000))
                label=Signal::stored("Progress toward the target".to_string())
                value_text=Signal::stored("40% of USD 70 million".to_string())
            />
        }
    });
    leptos::task::tick().await;
    // The native element: its role is progressbar, its value and maximum are its own.
    let meter = el.query_selector("progress").unwrap().expect("a progress element");
    assert_eq!(meter.get_attribute("value").as_deref(), Some("40"));
    assert_eq!(meter.get_attribute("max").as_deref(), Some("100"));
    assert_eq!(meter.get_attribute("aria-valuetext").as_deref(), Some("40% of USD 70 million"));
    assert_eq!(meter.get_attribute("aria-label").as_deref(), Some("Progress toward the target"));
}

#[wasm_bindgen_test]
async fn an_over_target_meter_stays_inside_its_track() {
    let el = container();
    let _handle = leptos::mount::mount_to(el.clone(), || {
        view! { <ProgressMeter share=Some(BasisPoints(15_000)) label=Signal::stored("p".to_string()) value_text=Signal::stored("150%".to_string())/> }
    });
    leptos::task::tick().await;
    let meter = el.query_selector("progress").unwrap().unwrap();
    assert_eq!(meter.get_attribute("value").as_deref(), Some("100"));
}

#[wasm_bindgen_test]
async fn a_meter_without_a_target_claims_no_value() {
    // No target, no share: the bar is empty, and a screen reader must not hear "0 %".
    let el = container();
    let _handle = leptos::mount::mount_to(el.clone(), || {
        view! { <ProgressMeter share=None label=Signal::stored("p".to_string()) value_text=Signal::stored("No target has been published".to_string())/> }
    });
    leptos::task::tick().await;
    let meter = el.query_selector("progress").unwrap().unwrap();
    assert_eq!(meter.get_attribute("value"), None);
    assert_eq!(meter.get_attribute("aria-valuetext").as_deref(), Some("No target has been published"));
}

#[wasm_bindgen_test]
async fn the_error_view_is_an_alert_that_lists_problems_and_retries() {
    let el = container();
    let retries = Arc::new(AtomicUsize::new(0));
    let counter = retries.clone();
    let error = LoadError::Invalid(vec![
        Problem::WrongType { path: "fund.target".into(), expected: Expected::Amount },
        Problem::Syntax { line: 3, column: 7, truncated: true },
    ]);
    let _handle = leptos::mount::mount_to(el.clone(), move || {
        provide_i18n();
        let counter = counter.clone();
        view! { <ErrorView error=error.clone() on_retry=move || { counter.fetch_add(1, Ordering::SeqCst); }/> }
    });
    leptos::task::tick().await;
    let alert = el.query_selector("[role=alert]").unwrap().expect("an alert");
    let text = alert.text_content().unwrap_or_default();
    assert!(text.contains("The fund data could not be loaded"), "{text}");
    assert!(text.contains("The data file has 2 problems:"), "{text}");
    assert!(text.contains("At fund.target: expected an amount (a number)."), "{text}");
    assert!(text.contains("it ends too early, at line 3, column 7"), "{text}");
    let button = alert.query_selector("button").unwrap().unwrap().dyn_into::<web_sys::HtmlElement>().unwrap();
    assert_eq!(button.text_content().as_deref(), Some("Try again"));
    button.click();
    assert_eq!(retries.load(Ordering::SeqCst), 1);
}

#[wasm_bindgen_test]
async fn http_errors_name_the_status() {
    let el = container();
    let _handle = leptos::mount::mount_to(el.clone(), || {
        provide_i18n();
        view! { <ErrorView error=LoadError::Http(503) on_retry=|| {}/> }
    });
    leptos::task::tick().await;
    let text = el.text_content().unwrap_or_default();
    assert!(text.contains("HTTP status 503"), "{text}");
}

#[wasm_bindgen_test]
fn the_panic_recovery_replaces_the_page_with_a_reload_link() {
    // In the app the root is <body>; here a container, so the test runner's own output survives.
    let root = container();
    root.set_text_content(Some("the dead app"));
    mmptf_explorer::app::panic::show_recovery_in(&root).expect("the recovery view can be shown");
    assert!(!root.text_content().unwrap_or_default().contains("the dead app"));
    let alert = root.query_selector("[role=alert]").unwrap().expect("an alert");
    let text = alert.text_content().unwrap_or_default();
    assert!(text.contains("Something went wrong"), "{text}");
    let link = alert.query_selector("a").unwrap().expect("a reload link");
    assert_eq!(link.text_content().as_deref(), Some("Reload the page"));
    assert_eq!(link.get_attribute("href"), web_sys::window().unwrap().location().href().ok());
}

#[wasm_bindgen_test]
fn intl_names_every_country_in_each_language_and_sorts_and_lists_them() {
    use mmptf_explorer::domain::country;
    assert_eq!(format::country_name(Locale::En, "DE"), "Germany");
    assert_eq!(format::country_name(Locale::Fr, "DE"), "Allemagne");
    assert_eq!(format::country_name(Locale::Es, "DE"), "Alemania");
    assert_eq!(format::country_name(Locale::Ru, "DE"), "Германия");
    assert_eq!(format::country_name(Locale::Zh, "DE"), "德国");
    assert_eq!(format::country_name(Locale::Ar, "DE"), "ألمانيا");
    // Every code of the list is one the browser knows (it names it, not echoes it).
    assert_eq!(country::codes().count(), 249);
    for code in country::codes() {
        assert_ne!(format::country_name(Locale::En, code), code, "{code}");
    }
    let mut names = vec![("Zambia".to_string(), 1), ("Åland Islands".to_string(), 2), ("Albania".to_string(), 3)];
    format::sort_texts(Locale::En, &mut names);
    assert_eq!(names.iter().map(|n| n.1).collect::<Vec<_>>(), vec![2, 3, 1]);
    assert_eq!(format::list(Locale::En, &["A".into(), "B".into(), "C".into()]), "A, B and C");
    assert_eq!(format::list(Locale::Fr, &["A".into(), "B".into()]), "A et B");
}

#[wasm_bindgen_test]
fn intl_writes_months_and_years_in_each_language() {
    let july = Date::new(2021, 7, 1).unwrap();
    assert_eq!(format::month(Locale::En, july), "July 2021");
    assert_eq!(format::month(Locale::Fr, july), "juillet 2021");
    assert_eq!(format::month(Locale::Es, july), "julio de 2021");
    assert_eq!(format::year(Locale::En, 2024), "2024");
}

#[wasm_bindgen_test]
async fn the_history_is_a_named_chart_with_a_summary_and_a_table() {
    let el = container();
    let snapshot = Arc::new(decode_fund(include_str!("../public/data/fund.json")).expect("the shipped file is valid"));
    let _handle = leptos::mount::mount_to(el.clone(), move || {
        provide_i18n();
        view! { <FundHistory snapshot=snapshot.clone()/> }
    });
    leptos::task::tick().await;
    let svg = el.query_selector("svg[role=img]").unwrap().expect("a chart");
    assert_eq!(
        svg.get_attribute("aria-label").as_deref(),
        Some("Programmes funded and in the pipeline, by date reported")
    );
    let summary_id = svg.get_attribute("aria-describedby").expect("described");
    let summary = document().get_element_by_id(&summary_id).expect("the summary").text_content().unwrap_or_default();
    assert_eq!(summary, "Funded programmes reported: 6 on 19 October 2020, 21 on 11 March 2024.");
    assert_eq!(el.query_selector_all("svg[role=img] circle.funded").unwrap().length(), 4);
    assert_eq!(el.query_selector_all("svg[role=img] circle.since").unwrap().length(), 1);
    assert_eq!(el.query_selector_all("svg[role=img] rect.pipeline").unwrap().length(), 2);
    // Each marker says what it is when hovered.
    let markers = el.query_selector_all("svg[role=img] g > title").unwrap();
    assert_eq!(markers.length(), 6);
    let titles: Vec<String> =
        (0..markers.length()).filter_map(|i| markers.item(i)).filter_map(|n| n.text_content()).collect();
    assert!(
        titles.iter().any(|t| t == "11 March 2024: Funded programmes, 21 (reported since this snapshot)"),
        "{titles:?}"
    );
    let rows = el.query_selector_all("table tbody tr").unwrap();
    assert_eq!(rows.length(), 4);
    let july = rows.item(1).and_then(|r| r.text_content()).unwrap_or_default();
    assert!(july.starts_with("July 2021"), "{july}");
    let later = rows.item(3).and_then(|r| r.text_content()).unwrap_or_default();
    assert!(later.contains("reported since this snapshot") && later.contains("not stated"), "{later}");
}
