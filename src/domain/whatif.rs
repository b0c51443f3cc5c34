//! "What if" a visitor (or a pledger) added a contribution: the new share of the target,
//! what would remain, and how many pipeline programmes with a published budget it could
//! fund, taken strictly in the order the data file lists them.

use super::fund::{FundSnapshot, Status};
use super::money::{Money, MoneyError};
use super::progress::{BasisPoints, Progress};

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
