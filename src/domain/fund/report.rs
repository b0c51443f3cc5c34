//! A data file checked as a host needs it: the snapshot when the file is valid, every
//! problem and every unknown field with the line to edit. The command-line validator and
//! the in-browser checker both print this, so they always agree.

use crate::domain::fund::decode::{decode_with_unknown, parse_root, Problem};
use crate::domain::fund::fields::UnknownField;
use crate::domain::fund::locate::line_of;
use crate::domain::fund::FundSnapshot;

/// Something found in the file, with its line when it has one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located<T> {
    pub line: Option<usize>,
    pub item: T,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub snapshot: Option<FundSnapshot>,
    pub problems: Vec<Located<Problem>>,
    /// Fields the app does not read, in the order of the file. They never make it invalid.
    pub warnings: Vec<Located<UnknownField>>,
}

impl Report {
    pub fn is_valid(&self) -> bool {
        self.snapshot.is_some()
    }

    /// A file refused for its size before it is read: the one problem it has.
    pub fn too_large(bytes: usize) -> Report {
        Report {
            snapshot: None,
            problems: vec![Located { line: None, item: Problem::TooLarge { bytes } }],
            warnings: Vec::new(),
        }
    }
}

pub fn check(text: &str) -> Report {
    // One parse serves both the rules and the unknown fields (a file can be 16 MB).
    let (decoded, unknown) = match parse_root(text) {
        Ok(root) => decode_with_unknown(&root),
        Err(problems) => (Err(problems), Vec::new()),
    };
    let (snapshot, problems) = match decoded {
        Ok(s) => (Some(s), Vec::new()),
        Err(problems) => (None, problems),
    };
    let problems = problems
        .into_iter()
        .map(|item| {
            let line = match (&item, item.path()) {
                (Problem::Syntax { line, .. }, _) => Some(*line),
                (_, Some(path)) => line_of(text, path),
                _ => None,
            };
            Located { line, item }
        })
        .collect();
    let mut warnings: Vec<_> =
        unknown.into_iter().map(|item| Located { line: line_of(text, &item.path), item }).collect();
    warnings.sort_by_key(|w| w.line.unwrap_or(usize::MAX));
    Report { snapshot, problems, warnings }
}
