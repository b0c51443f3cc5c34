//! Checks a data file before it is published: every problem, with its JSON path and line,
//! in the same words the app's error view uses; then every field the app does not read
//! (a warning, with "did you mean …?" for a near miss such as `budjet`).
//! Exit status 0 when the file is valid (warnings or not), 1 when it has problems (or, with
//! `--strict`, warnings), 2 when it cannot be read.
//! Usage: cargo run --bin validate-data -- [--strict] [public/data/fund.json]

use std::process::ExitCode;

use mmptf_explorer::domain::fund_decode::{decode_fund, Problem};
use mmptf_explorer::domain::fund_fields::unknown_fields;
use mmptf_explorer::domain::json_locate::line_of;
use mmptf_explorer::i18n::Locale;
use mmptf_explorer::problem_text::{describe, describe_unknown, PlainFormats};

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let strict = args.iter().any(|a| a == "--strict");
    let path = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .cloned()
        .unwrap_or_else(|| "public/data/fund.json".to_string());
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: cannot read the file: {e}");
            return ExitCode::from(2);
        }
    };
    let text = String::from_utf8_lossy(&bytes);
    let m = Locale::En.messages();
    let place = |json_path: &str| {
        line_of(&text, json_path).map_or_else(|| path.clone(), |l| format!("{path}:{l}"))
    };

    let decoded = decode_fund(&text);
    let problems = match &decoded {
        Ok(s) => {
            let c = s.counted();
            println!(
                "{path}: valid. {} programmes ({} funded, {} in the pipeline), {} of {} raised, as of {}.",
                s.programmes.len(),
                c.funded,
                c.pipeline,
                s.raised.to_decimal_string(),
                s.target.to_decimal_string(),
                s.as_of
            );
            0
        }
        Err(problems) => {
            for p in problems {
                let at = match (p.path(), p) {
                    (Some(json_path), _) => place(json_path),
                    (None, Problem::Syntax { line, column, .. }) => {
                        format!("{path}:{line}:{column}")
                    }
                    (None, _) => path.clone(),
                };
                println!("{at}: {}", describe(m, &PlainFormats, p));
            }
            problems.len()
        }
    };
    // Unknown fields can be listed only in a file that is JSON at all.
    let warnings = serde_json::from_str::<serde_json::Value>(text.trim_start_matches('\u{feff}'))
        .map(|root| unknown_fields(&root))
        .unwrap_or_default();
    // In the order of the file, as an editor shows it.
    let mut located: Vec<_> = warnings
        .iter()
        .map(|w| (line_of(&text, &w.path), w))
        .collect();
    located.sort_by_key(|(line, _)| line.unwrap_or(usize::MAX));
    for (line, w) in located {
        let at = line.map_or_else(|| path.clone(), |l| format!("{path}:{l}"));
        println!("{at}: warning: {}", describe_unknown(m, &PlainFormats, w));
    }
    if problems > 0 || !warnings.is_empty() {
        println!(
            "{} found, {}.",
            plural(problems, "problem"),
            plural(warnings.len(), "warning")
        );
    }
    if problems > 0 || (strict && !warnings.is_empty()) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
