//! Checks a data file before it is published: every problem, with its JSON path and line,
//! in the same words the app's error view and its in-browser checker use; then every field
//! the app does not read (a warning, with "did you mean …?" for a near miss such as `budjet`).
//! Exit status 0 when the file is valid (warnings or not), 1 when it has problems (or, with
//! `--strict`, warnings), 2 when it cannot be read.
//! Usage: cargo run --bin validate-data -- [--strict] [public/data/fund.json]

use std::process::ExitCode;

use mmptf_explorer::domain::fund::decode::Problem;
use mmptf_explorer::domain::fund::report::check;
use mmptf_explorer::domain::locale::Locale;
use mmptf_explorer::i18n::problem_text::{describe, describe_unknown, PlainFormats};

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let strict = args.iter().any(|a| a == "--strict");
    let path =
        args.iter().find(|a| !a.starts_with("--")).cloned().unwrap_or_else(|| "public/data/fund.json".to_string());
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: cannot read the file: {e}");
            return ExitCode::from(2);
        }
    };
    let text = String::from_utf8_lossy(&bytes);
    let m = Locale::En.messages();
    let report = check(&text);

    if let Some(s) = &report.snapshot {
        let c = s.counted();
        println!(
            "{path}: valid. {} programmes ({} funded, {} in the pipeline), {} of {} raised, as of {}; {}.",
            s.programmes.len(),
            c.funded,
            c.pipeline,
            s.raised.to_decimal_string(),
            s.target.to_decimal_string(),
            s.as_of,
            plural(s.history.len(), "history point"),
        );
    }
    for p in &report.problems {
        let at = match (p.line, &p.item) {
            (Some(line), Problem::Syntax { column, .. }) => format!("{path}:{line}:{column}"),
            (Some(line), _) => format!("{path}:{line}"),
            (None, _) => path.clone(),
        };
        println!("{at}: {}", describe(m, &PlainFormats, &p.item));
    }
    for w in &report.warnings {
        let at = w.line.map_or_else(|| path.clone(), |l| format!("{path}:{l}"));
        println!("{at}: warning: {}", describe_unknown(m, &PlainFormats, &w.item));
    }
    let (problems, warnings) = (report.problems.len(), report.warnings.len());
    if problems > 0 || warnings > 0 {
        println!("{} found, {}.", plural(problems, "problem"), plural(warnings, "warning"));
    }
    if problems > 0 || (strict && warnings > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
