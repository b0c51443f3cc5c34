//! Progress toward the fund's target, in exact integer arithmetic.

use super::money::Money;

/// A share expressed in basis points (1/100 of a percent): 4000 = 40 %, 4286 = 42.86 %.
/// Integer, so comparisons and rounding are exact; it is turned into a fraction only
/// at the edge, to hand to `Intl.NumberFormat`'s percent style.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct BasisPoints(pub u64);

impl BasisPoints {
    pub const HUNDRED_PERCENT: BasisPoints = BasisPoints(10_000);

    /// The share as a fraction of one (0.4 for 40 %), for display only.
    pub fn as_fraction(self) -> f64 {
        self.0 as f64 / 10_000.0
    }

    /// Whole percent, rounded half up (for `aria-valuenow`).
    pub fn whole_percent(self) -> u64 {
        (self.0 + 50) / 100
    }

    /// The share capped at 100 %, for drawing a meter that cannot overflow its track.
    pub fn clamped(self) -> BasisPoints {
        BasisPoints(self.0.min(10_000))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub target: Money,
    pub raised: Money,
}

impl Progress {
    pub fn new(target: Money, raised: Money) -> Progress {
        Progress { target, raised }
    }

    /// Raised as a share of the target, rounded half up to the basis point.
    /// `None` when there is no (positive) target: a share of nothing has no meaning,
    /// and the view says "no target set" instead of dividing by zero.
    pub fn share(&self) -> Option<BasisPoints> {
        let target = self.target.minor();
        if target <= 0 {
            return None;
        }
        let raised = self.raised.minor().max(0) as i128;
        let target = target as i128;
        let bp = (raised * 10_000 * 2 + target) / (target * 2);
        Some(BasisPoints(u64::try_from(bp).unwrap_or(u64::MAX)))
    }

    /// What is still needed to reach the target; zero once it is reached.
    pub fn remaining(&self) -> Money {
        let gap = self.target.saturating_sub(self.raised);
        if gap.is_negative() {
            Money::zero(self.target.currency())
        } else {
            gap
        }
    }

    /// How far the raised amount exceeds the target; zero until it does.
    pub fn over_target(&self) -> Money {
        let excess = self.raised.saturating_sub(self.target);
        if excess.is_negative() {
            Money::zero(self.target.currency())
        } else {
            excess
        }
    }

    pub fn is_reached(&self) -> bool {
        self.target.minor() > 0 && self.raised.minor() >= self.target.minor()
    }

    /// The same fund with `extra` more raised (a pledge, a what-if). `None` on overflow
    /// or a currency mismatch, which the caller reports rather than guesses around.
    pub fn with_additional(&self, extra: Money) -> Option<Progress> {
        Some(Progress { target: self.target, raised: self.raised.checked_add(extra)? })
    }
}

/// How much of a meter's track of length `track` is filled: the share capped at 100 %, so an
/// over-target fund shows a full bar (the text says by how much it is over).
pub fn fill_width(share: Option<BasisPoints>, track: f64) -> f64 {
    share.map(|s| s.clamped().as_fraction() * track).unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_meter_fills_with_the_share_and_never_overflows() {
        assert_eq!(fill_width(Some(BasisPoints(4000)), 100.0), 40.0);
        assert_eq!(fill_width(Some(BasisPoints(0)), 100.0), 0.0);
        assert_eq!(fill_width(Some(BasisPoints(12_000)), 100.0), 100.0);
        assert_eq!(fill_width(None, 100.0), 0.0);
        assert!((fill_width(Some(BasisPoints(4286)), 100.0) - 42.86).abs() < 1e-9);
    }
    use crate::domain::money::Currency;

    fn usd(major: i64) -> Money {
        Money::from_major(major, Currency::USD).unwrap()
    }

    #[test]
    fn the_february_2022_snapshot() {
        let p = Progress::new(usd(70_000_000), usd(28_000_000));
        assert_eq!(p.share(), Some(BasisPoints(4000)));
        assert_eq!(p.share().map(BasisPoints::whole_percent), Some(40));
        assert_eq!(p.remaining(), usd(42_000_000));
        assert_eq!(p.over_target(), usd(0));
        assert!(!p.is_reached());
    }

    #[test]
    fn a_two_million_pledge_gives_42_9_percent() {
        let p = Progress::new(usd(70_000_000), usd(28_000_000)).with_additional(usd(2_000_000)).unwrap();
        // 30/70 = 42.857… %, rounded to the basis point.
        assert_eq!(p.share(), Some(BasisPoints(4286)));
    }

    #[test]
    fn rounding_is_half_up_at_the_basis_point() {
        // 1/3 = 33.333… % → 3333; 2/3 = 66.666… % → 6667; 1/8 = 12.5 % exactly.
        assert_eq!(Progress::new(usd(3), usd(1)).share(), Some(BasisPoints(3333)));
        assert_eq!(Progress::new(usd(3), usd(2)).share(), Some(BasisPoints(6667)));
        assert_eq!(Progress::new(usd(8), usd(1)).share(), Some(BasisPoints(1250)));
        // 0.005 % rounds up to one basis point: 1 cent of USD 200.
        assert_eq!(Progress::new(usd(200), Money::from_minor(1, Currency::USD)).share(), Some(BasisPoints(1)));
        assert_eq!(BasisPoints(4049).whole_percent(), 40);
        assert_eq!(BasisPoints(4050).whole_percent(), 41);
    }

    #[test]
    fn zero_or_negative_target_has_no_share() {
        assert_eq!(Progress::new(usd(0), usd(10)).share(), None);
        assert_eq!(Progress::new(usd(-5), usd(10)).share(), None);
        assert!(!Progress::new(usd(0), usd(0)).is_reached());
        assert_eq!(Progress::new(usd(0), usd(10)).remaining(), usd(0));
    }

    #[test]
    fn over_target_is_reported_and_clamped_for_the_meter() {
        let p = Progress::new(usd(70), usd(84));
        assert_eq!(p.share(), Some(BasisPoints(12_000)));
        assert_eq!(p.share().map(BasisPoints::clamped), Some(BasisPoints::HUNDRED_PERCENT));
        assert_eq!(p.remaining(), usd(0));
        assert_eq!(p.over_target(), usd(14));
        assert!(p.is_reached());
        assert!(Progress::new(usd(70), usd(70)).is_reached());
    }

    #[test]
    fn nothing_raised_and_huge_amounts() {
        assert_eq!(Progress::new(usd(70), usd(0)).share(), Some(BasisPoints(0)));
        let max = usd(crate::domain::money::MAX_MAJOR);
        assert_eq!(Progress::new(usd(1), max).share(), Some(BasisPoints(10_000_000_000_000_000_000)));
        assert_eq!(Progress::new(max, usd(1)).share(), Some(BasisPoints(0)));
        let overflow = Money::from_minor(i64::MAX, Currency::USD);
        assert_eq!(Progress::new(usd(1), overflow).with_additional(usd(1)), None);
    }
}
