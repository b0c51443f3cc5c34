//! Data-file problems in words, shared by the app's error view (numbers through the
//! browser's Intl) and the hosts' validator (plain numbers), so both say the same thing.

use crate::domain::fund::decode::Figure;
use crate::domain::fund::decode::{Expected, Problem};
use crate::domain::fund::fields::UnknownField;
use crate::domain::money::{Money, MoneyError};
use crate::domain::progress::BasisPoints;
use crate::i18n::{format_message, Arg, Messages, PluralCategory};

/// How numbers are written: by `Intl` in the browser, plainly on the command line.
pub trait Formats {
    fn fill(&self, template: &str, args: &[(&str, Arg)]) -> String;
    fn megabytes(&self, bytes: usize) -> String;
    fn percent(&self, share: BasisPoints) -> String;
    fn money(&self, amount: Money) -> String;
}

/// Plain English-style numbers, for the command line.
pub struct PlainFormats;

impl Formats for PlainFormats {
    fn fill(&self, template: &str, args: &[(&str, Arg)]) -> String {
        format_message(template, args, &|n| n.to_string(), &|n| {
            if n == 1 {
                PluralCategory::One
            } else {
                PluralCategory::Other
            }
        })
    }

    fn megabytes(&self, bytes: usize) -> String {
        format!("{}.{} MB", bytes / 1_000_000, (bytes % 1_000_000) / 100_000)
    }

    fn percent(&self, share: BasisPoints) -> String {
        let tenths = (share.0 + 5) / 10;
        if tenths.is_multiple_of(10) {
            format!("{}%", tenths / 10)
        } else {
            format!("{}.{}%", tenths / 10, tenths % 10)
        }
    }

    fn money(&self, amount: Money) -> String {
        format!("{} {}", amount.currency(), amount.to_decimal_string())
    }
}

fn expected(m: &Messages, e: Expected) -> &'static str {
    match e {
        Expected::Object => m.expected_object(),
        Expected::List => m.expected_list(),
        Expected::Text => m.expected_text(),
        Expected::WholeNumber => m.expected_whole_number(),
        Expected::Amount => m.expected_amount(),
    }
}

/// One problem as a sentence, with its place in the file when it has one.
pub fn describe(m: &Messages, f: &dyn Formats, problem: &Problem) -> String {
    let fill = |template: &str, args: &[(&str, Arg)]| f.fill(template, args);
    let what = match problem {
        Problem::Empty => m.problem_empty().to_string(),
        Problem::TooLarge { bytes } => fill(m.problem_too_large(), &[("size", Arg::Text(&f.megabytes(*bytes)))]),
        Problem::LooksLikeHtml => m.problem_html().to_string(),
        Problem::Syntax { line, column, truncated } => fill(
            if *truncated { m.problem_truncated() } else { m.problem_syntax() },
            &[("line", Arg::Count(*line as u64)), ("column", Arg::Count(*column as u64))],
        ),
        Problem::Missing { .. } => m.problem_missing().to_string(),
        Problem::WrongType { expected: e, .. } => {
            fill(m.problem_wrong_type(), &[("expected", Arg::Text(expected(m, *e)))])
        }
        Problem::EmptyText { .. } => m.problem_empty_text().to_string(),
        Problem::UnsupportedVersion { found, .. } => fill(m.problem_version(), &[("found", Arg::Text(found))]),
        Problem::BadCurrency { .. } => m.problem_currency().to_string(),
        Problem::BadAmount { error, .. } => match error {
            MoneyError::Negative => m.problem_amount_negative(),
            MoneyError::TooPrecise => m.problem_amount_precise(),
            MoneyError::TooLarge => m.problem_amount_large(),
            MoneyError::NotANumber => m.problem_amount_nan(),
        }
        .to_string(),
        Problem::BadDate { .. } => m.problem_date().to_string(),
        Problem::BadUrl { .. } => m.problem_url().to_string(),
        Problem::UnknownStatus { found, .. } => fill(m.problem_status(), &[("found", Arg::Text(found))]),
        Problem::DuplicateId { id, .. } => fill(m.problem_duplicate_id(), &[("id", Arg::Text(id))]),
        Problem::ObjectiveOutOfRange { found, .. } => fill(m.problem_objective(), &[("found", Arg::Text(found))]),
        Problem::NoSources { .. } => m.problem_no_sources().to_string(),
        Problem::TooManyProgrammes { found } => fill(m.problem_too_many(), &[("count", Arg::Count(*found as u64))]),
        Problem::CountMismatch { status, declared, found } => fill(
            m.problem_count_mismatch(),
            &[
                ("status", Arg::Text(status.as_str())),
                ("declared", Arg::Count(*declared)),
                ("found", Arg::Count(*found)),
            ],
        ),
        Problem::PercentMismatch { declared, computed_basis_points } => fill(
            m.problem_percent_mismatch(),
            &[
                ("declared", Arg::Count(*declared)),
                ("computed", Arg::Text(&f.percent(BasisPoints(*computed_basis_points)))),
            ],
        ),
        Problem::BudgetsExceedRaised { budgets, raised } => fill(
            m.problem_budgets_exceed(),
            &[("budgets", Arg::Text(&f.money(*budgets))), ("raised", Arg::Text(&f.money(*raised)))],
        ),
        Problem::BadPointDate { .. } => m.problem_point_date().to_string(),
        Problem::HistoryOrder { .. } => m.problem_history_order().to_string(),
        Problem::HistoryNoFigure { .. } => m.problem_history_no_figure().to_string(),
        Problem::HistoryDisagrees { snapshot, .. } => {
            let figure = match *snapshot {
                Figure::Count(n) => f.fill("{n}", &[("n", Arg::Count(n))]),
                Figure::Amount(amount) => f.money(amount),
                Figure::Percent(p) => f.percent(BasisPoints(p * 100)),
            };
            fill(m.problem_history_disagrees(), &[("figure", Arg::Text(&figure))])
        }
    };
    match problem.path() {
        Some(path) => fill(m.problem_at(), &[("path", Arg::Text(path)), ("problem", Arg::Text(&what))]),
        None => what,
    }
}

/// A field the app does not read, at its path, with the near miss it may be.
pub fn describe_unknown(m: &Messages, f: &dyn Formats, unknown: &UnknownField) -> String {
    let what = match unknown.suggestion {
        Some(s) => f.fill(
            m.warning_unknown_field_suggest(),
            &[("field", Arg::Text(&unknown.field)), ("suggestion", Arg::Text(s))],
        ),
        None => f.fill(m.warning_unknown_field(), &[("field", Arg::Text(&unknown.field))]),
    };
    f.fill(m.problem_at(), &[("path", Arg::Text(&unknown.path)), ("problem", Arg::Text(&what))])
}
