//! Rows a visitor adds and removes (a pledge's partners, its other countries, its
//! instalments): an Add button that focuses the new row's first control, and on each row a
//! Remove button that moves focus somewhere sensible (the row that takes its place, else the
//! previous one, else Add) rather than dropping it to the top of the page.

use leptos::prelude::*;

use crate::browser::focus::focus_id;
use crate::i18n::locale::use_i18n;
use crate::i18n::{Arg, Messages};

/// The list's rows, each drawn by `row` with its Remove button to place last, then Add.
/// The state stays the caller's: `add` appends a row, `remove` takes row `i` out.
#[component]
pub fn RepeatingRows(
    /// How many rows there are now.
    #[prop(into)]
    count: Signal<usize>,
    /// No Add button beyond this many rows.
    max: usize,
    /// The id of row `i`'s first control.
    first_id: fn(usize) -> String,
    /// The Add button's id, where focus goes when the last row is removed.
    add_id: &'static str,
    add_label: fn(&Messages) -> &'static str,
    /// Names the row a Remove button removes ("Remove partner {number}").
    remove_label: fn(&Messages) -> &'static str,
    add: Callback<()>,
    remove: Callback<usize>,
    /// Row `i`, given its Remove button.
    row: fn(usize, AnyView) -> AnyView,
) -> impl IntoView {
    let i18n = use_i18n();
    let rows = move || {
        (0..count.get())
            .map(|i| {
                let label = i18n.fill(remove_label, &[("number", Arg::Count(i as u64 + 1))]);
                let button = view! {
                    <button type="button" class="secondary" on:click=move |_| {
                        let len = count.get_untracked();
                        remove.run(i);
                        let target = if i + 1 < len { first_id(i) } else if i > 0 { first_id(i - 1) } else { add_id.to_string() };
                        request_animation_frame(move || focus_id(&target));
                    }>{label}</button>
                };
                row(i, button.into_any())
            })
            .collect_view()
    };
    view! {
        {rows}
        <button type="button" class="secondary" id=add_id
            disabled=move || { count.get() >= max }
            on:click=move |_| {
                let next = count.get_untracked();
                add.run(());
                request_animation_frame(move || focus_id(&first_id(next)));
            }>
            {i18n.t(add_label)}
        </button>
    }
}
