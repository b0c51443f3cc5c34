//! What can be wrong with a data file, each problem at its JSON path: the app's error view,
//! the checker page and the command-line validator word these.

use crate::domain::fund::Status;
use crate::domain::money::{Money, MoneyError};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Object,
    List,
    Text,
    WholeNumber,
    Amount,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Empty,
    TooLarge {
        bytes: usize,
    },
    LooksLikeHtml,
    Syntax {
        line: usize,
        column: usize,
        truncated: bool,
    },
    Missing {
        path: String,
    },
    WrongType {
        path: String,
        expected: Expected,
    },
    EmptyText {
        path: String,
    },
    UnsupportedVersion {
        path: String,
        found: String,
    },
    BadCurrency {
        path: String,
    },
    BadAmount {
        path: String,
        error: MoneyError,
    },
    BadDate {
        path: String,
    },
    BadUrl {
        path: String,
    },
    UnknownStatus {
        path: String,
        found: String,
    },
    DuplicateId {
        path: String,
        id: String,
    },
    ObjectiveOutOfRange {
        path: String,
        found: String,
    },
    NoSources {
        path: String,
    },
    TooManyProgrammes {
        found: usize,
    },
    CountMismatch {
        status: Status,
        declared: u64,
        found: u64,
    },
    PercentMismatch {
        declared: u64,
        computed_basis_points: u64,
    },
    BudgetsExceedRaised {
        budgets: Money,
        raised: Money,
    },
    /// A history point's date is neither `YYYY-MM-DD` nor `YYYY-MM`.
    BadPointDate {
        path: String,
    },
    /// History points must be oldest first, one per date.
    HistoryOrder {
        path: String,
    },
    HistoryNoFigure {
        path: String,
    },
    /// A point on the snapshot's day states another figure than the snapshot does.
    HistoryDisagrees {
        path: String,
        snapshot: Figure,
    },
}

impl Problem {
    /// The JSON path the problem is at, if it is at one place.
    pub fn path(&self) -> Option<&str> {
        match self {
            Problem::Missing { path }
            | Problem::WrongType { path, .. }
            | Problem::EmptyText { path }
            | Problem::UnsupportedVersion { path, .. }
            | Problem::BadCurrency { path }
            | Problem::BadAmount { path, .. }
            | Problem::BadDate { path }
            | Problem::BadUrl { path }
            | Problem::UnknownStatus { path, .. }
            | Problem::DuplicateId { path, .. }
            | Problem::ObjectiveOutOfRange { path, .. }
            | Problem::NoSources { path }
            | Problem::BadPointDate { path }
            | Problem::HistoryOrder { path }
            | Problem::HistoryNoFigure { path }
            | Problem::HistoryDisagrees { path, .. } => Some(path),
            _ => None,
        }
    }
}

/// A figure as the snapshot states it, for a history point that disagrees with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    Count(u64),
    Amount(Money),
    Percent(u64),
}
