//! The fund's progress as an SVG bar with `role="progressbar"`, its value spoken as text.

use leptos::prelude::*;

use crate::domain::chart::coord;
use crate::domain::progress::BasisPoints;

/// Track length in SVG user units; the bar scales to its container.
pub const TRACK: f64 = 100.0;

/// Width of the filled part: the share capped at 100 %, so an over-target fund shows a full
/// bar (the text says by how much it is over).
pub fn fill_width(share: Option<BasisPoints>) -> f64 {
    share.map(|s| s.clamped().as_fraction() * TRACK).unwrap_or(0.0)
}

#[component]
pub fn ProgressMeter(
    /// Raised as a share of the target; `None` when there is no target.
    share: Option<BasisPoints>,
    /// Accessible name of the meter.
    #[prop(into)]
    label: Signal<String>,
    /// The value in words, e.g. "40% of USD 70 million".
    #[prop(into)]
    value_text: Signal<String>,
) -> impl IntoView {
    // Without a target there is no value: an absent aria-valuenow makes the bar
    // indeterminate, and the text says why, where "0 %" would be false.
    let now = share.map(|s| s.clamped().whole_percent());
    let width = fill_width(share);
    view! {
        <svg
            class="meter"
            role="progressbar"
            aria-valuemin="0"
            aria-valuemax="100"
            aria-valuenow=now
            aria-valuetext=value_text
            aria-label=label
            viewBox="0 0 100 6"
            preserveAspectRatio="none"
            focusable="false"
        >
            <rect class="meter-track" x="0" y="0" width=coord(TRACK) height="6" rx="3"/>
            <rect class="meter-fill" x="0" y="0" width=coord(width) height="6" rx="3"/>
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_follows_the_share_and_never_overflows() {
        assert_eq!(fill_width(Some(BasisPoints(4000))), 40.0);
        assert_eq!(fill_width(Some(BasisPoints(0))), 0.0);
        assert_eq!(fill_width(Some(BasisPoints(12_000))), 100.0);
        assert_eq!(fill_width(None), 0.0);
        assert!((fill_width(Some(BasisPoints(4286))) - 42.86).abs() < 1e-9);
    }
}
