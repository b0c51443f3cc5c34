//! The fund's progress as the native `<progress>` element (role progressbar without ARIA to
//! keep in step), its value spoken as text.

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
    // Without a target there is no value: a <progress> without one is indeterminate, and
    // the text says why, where "0 %" would be false.
    let value = share.map(|_| coord(fill_width(share)));
    view! { <progress class="meter" max=coord(TRACK) value=value aria-valuetext=value_text aria-label=label></progress> }
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
