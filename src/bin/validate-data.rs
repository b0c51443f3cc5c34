//! Checks a data file before it is published: every problem, with its JSON path and line,
//! in the same words the app's error view uses. Exit status 0 when the file is valid, 1 when
//! it has problems, 2 when it cannot be read.
//! Usage: cargo run --bin validate-data -- [public/data/fund.json]

use std::process::ExitCode;

use mmptf_explorer::domain::fund_decode::decode_fund;
use mmptf_explorer::domain::json_locate::line_of;
use mmptf_explorer::i18n::Locale;
use mmptf_explorer::problem_text::{describe, PlainFormats};

fn main() -> ExitCode {
    let path = std::env::args().nth(1).unwrap_or_else(|| "public/data/fund.json".to_string());
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: cannot read the file: {e}");
            return ExitCode::from(2);
        }
    };
    let text = String::from_utf8_lossy(&bytes);
    let m = Locale::En.messages();
    match decode_fund(&text) {
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
            ExitCode::SUCCESS
        }
        Err(problems) => {
            for p in &problems {
                let line = p.path().and_then(|path| line_of(&text, path));
                let place = match (line, p) {
                    (Some(l), _) => format!("{path}:{l}"),
                    (None, mmptf_explorer::domain::fund_decode::Problem::Syntax { line, column, .. }) => format!("{path}:{line}:{column}"),
                    (None, _) => path.clone(),
                };
                println!("{place}: {}", describe(m, &PlainFormats, p));
            }
            println!("{} problem{} found.", problems.len(), if problems.len() == 1 { "" } else { "s" });
            ExitCode::from(1)
        }
    }
}
