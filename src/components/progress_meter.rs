//! The fund's progress as the native `<progress>` element (role progressbar without ARIA to
//! keep in step), its value spoken as text.

use leptos::prelude::*;

use crate::domain::chart::coord;
use crate::domain::progress::{fill_width, BasisPoints};

/// Track length in SVG user units; the bar scales to its container.
pub const TRACK: f64 = 100.0;

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
    let value = share.map(|_| coord(fill_width(share, TRACK)));
    view! { <progress class="meter" max=coord(TRACK) value=value aria-valuetext=value_text aria-label=label></progress> }
}
