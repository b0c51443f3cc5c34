//! Writes the router and the split points from the one route table, `src/app/routes.json`
//! (which the build scripts read too), so that a route added there is everywhere: in the
//! router, as a chunk of its own, in a deep link's preloads and in the size report.
//! The generated code is included by `src/app/routes.rs`.

use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::Path;

const TABLE: &str = "src/app/routes.json";

struct Route {
    path: String,
    page: String,
    split: Option<String>,
}

fn text(route: &serde_json::Value, key: &str, i: usize) -> Option<String> {
    match route.get(key) {
        None => None,
        Some(serde_json::Value::String(s)) => Some(s.clone()),
        Some(other) => panic!("{TABLE}: routes[{i}].{key} should be text, not {other}"),
    }
}

fn is_name(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':')
}

fn main() {
    println!("cargo:rerun-if-changed={TABLE}");
    let source = std::fs::read_to_string(TABLE).unwrap_or_else(|e| panic!("{TABLE}: {e}"));
    let table: serde_json::Value = serde_json::from_str(&source).unwrap_or_else(|e| panic!("{TABLE}: {e}"));
    let rows = table.get("routes").and_then(|r| r.as_array()).unwrap_or_else(|| panic!("{TABLE}: no \"routes\" list"));
    let routes: Vec<Route> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let path = text(r, "path", i).unwrap_or_else(|| panic!("{TABLE}: routes[{i}] has no path"));
            let page = text(r, "page", i).unwrap_or_else(|| panic!("{TABLE}: routes[{i}] has no page"));
            let split = text(r, "split", i);
            // What is pasted into Rust below must be a path and a name, nothing else.
            assert!(
                path.starts_with('/') && !path.contains('"') && !path.contains('\\'),
                "{TABLE}: routes[{i}].path {path:?}"
            );
            assert!(is_name(&page), "{TABLE}: routes[{i}].page {page:?} is not a component's path");
            assert!(
                split.as_deref().is_none_or(|s| is_name(s) && !s.contains(':')),
                "{TABLE}: routes[{i}].split {split:?}"
            );
            Route { path, page, split }
        })
        .collect();
    let paths: BTreeSet<&str> = routes.iter().map(|r| r.path.as_str()).collect();
    assert_eq!(paths.len(), routes.len(), "{TABLE}: a path is listed twice");

    let mut out = String::from("// Written by build.rs from src/app/routes.json: edit that file, not this one.\n\n");
    // One split point per page, however many routes show it.
    let mut seen = BTreeSet::new();
    for r in &routes {
        if let Some(split) = &r.split {
            if seen.insert(split.clone()) {
                writeln!(out, "page_chunk!({split}, crate::pages::{});", r.page).unwrap();
            }
        }
    }
    out.push_str("\n/// The router's table, in the order of `routes.json`.\n#[component]\npub fn RouteTable() -> impl IntoView {\n    view! {\n        <Routes fallback=|| view! { <crate::pages::not_found::NotFoundPage/> }>\n");
    for r in &routes {
        let view = match &r.split {
            Some(split) => format!("|| arrive(|| Box::pin({split}()))"),
            None => format!("crate::pages::{}", r.page),
        };
        writeln!(out, "            <Route path=path!(\"{}\") view={view}/>", r.path).unwrap();
    }
    out.push_str("        </Routes>\n    }\n}\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_else(|e| panic!("OUT_DIR: {e}"))).join("routes.rs");
    std::fs::write(&dest, out).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
}
