//! Repeating rows (partners, other countries, instalments): an Add button that focuses the
//! new row's first control, and Remove buttons that move focus somewhere sensible (the row
//! that takes its place, the previous one, or Add) rather than dropping it to the page.

use leptos::prelude::*;

use crate::browser::focus::focus_id;

/// Focus after removing row `i` of a list that had `len` rows: the next row's first
/// control (now at `i`), else the previous row's, else the Add button.
pub fn focus_after_remove(first_id: impl Fn(usize) -> String + 'static, add_id: &'static str, i: usize, len: usize) {
    let target = if i + 1 < len {
        first_id(i)
    } else if i > 0 {
        first_id(i - 1)
    } else {
        add_id.to_string()
    };
    request_animation_frame(move || focus_id(&target));
}
