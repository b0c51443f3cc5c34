//! "What if" a visitor (or a pledger) added a contribution: the new share of the target,
//! what would remain, and how many pipeline programmes with a published budget it could
//! fund, taken strictly in the order the data file lists them.

use crate::domain::fund::{FundSnapshot, Status};
use crate::domain::money::{Money, MoneyError};
use crate::domain::progress::{BasisPoints, Progress};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WhatIf {
    pub extra: Money,
    pub share_before: Option<BasisPoints>,
    pub share_after: Option<BasisPoints>,
    pub remaining: Money,
    pub over_target: Money,
    /// Pipeline programmes (with a published budget) the amount covers, in file order.
    pub fundable: usize,
    /// What those programmes' budgets add up to.
    pub fundable_total: Money,
    pub pipeline_with_budget: usize,
    pub pipeline_total: usize,
}

/// Parses the amount field. Empty means "no amount yet" (`Ok(None)`), not an error.
pub fn parse_amount(text: &str, snapshot: &FundSnapshot) -> Result<Option<Money>, MoneyError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    Money::parse_decimal(text, snapshot.currency).map(Some)
}

/// The slider's range, in whole units of the fund's currency (dollars, yen, dinars).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SliderRange {
    pub max: i64,
    pub step: i64,
}

impl SliderRange {
    /// Where an amount puts the thumb: its whole units, at most the end.
    pub fn position(&self, amount: Money) -> i64 {
        amount.whole_units().clamp(0, self.max)
    }
}

/// The slider spans up to the target (or what raising it fully would need, if more); its step
/// is the largest power of ten that still leaves this many steps, so it lands on round
/// amounts and the arrow keys move by a useful amount.
const MIN_SLIDER_STEPS: i64 = 500;

pub fn slider(snapshot: &FundSnapshot) -> SliderRange {
    let span = snapshot.target.whole_units().max(snapshot.progress().remaining().whole_units()).max(1);
    let mut step = 1i64;
    while span / (step * 10) >= MIN_SLIDER_STEPS {
        step *= 10;
    }
    SliderRange { max: span, step }
}

pub fn what_if(snapshot: &FundSnapshot, extra: Money) -> Option<WhatIf> {
    let before = snapshot.progress();
    let after: Progress = before.with_additional(extra)?;
    let pipeline: Vec<_> = snapshot.programmes.iter().filter(|p| p.status == Status::Pipeline).collect();
    let budgets: Vec<Money> = pipeline.iter().filter_map(|p| p.budget).collect();
    let mut left = extra;
    let mut fundable = 0;
    let mut fundable_total = Money::zero(snapshot.currency);
    // Strict queue: stop at the first programme the rest of the amount cannot cover,
    // rather than skipping ahead to cheaper ones.
    for budget in &budgets {
        if budget.minor() > left.minor() {
            break;
        }
        left = left.saturating_sub(*budget);
        fundable_total = fundable_total.checked_add(*budget)?;
        fundable += 1;
    }
    Some(WhatIf {
        extra,
        share_before: before.share(),
        share_after: after.share(),
        remaining: after.remaining(),
        over_target: after.over_target(),
        fundable,
        fundable_total,
        pipeline_with_budget: budgets.len(),
        pipeline_total: pipeline.len(),
    })
}
