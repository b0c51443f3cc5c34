//! Data-to-SVG geometry for horizontal bar charts, pure so it is tested natively. The
//! component only draws what this computes.

/// A "nice" axis maximum at or above `max`: 1, 2 or 5 times a power of ten.
pub fn nice_max(max: u64) -> u64 {
    if max <= 1 {
        return 1;
    }
    let mut magnitude = 1u64;
    while let Some(next) = magnitude.checked_mul(10).filter(|&n| n <= max) {
        magnitude = next;
    }
    for step in [1, 2, 5, 10] {
        let candidate = magnitude.saturating_mul(step);
        if candidate >= max {
            return candidate;
        }
    }
    magnitude.saturating_mul(10)
}

#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub value: u64,
    /// Top of the bar's row.
    pub y: f64,
    pub width: f64,
    pub height: f64,
    /// Where the value label goes: just past the bar's end.
    pub label_x: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub value: u64,
    pub x: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BarLayout {
    pub bars: Vec<Bar>,
    pub ticks: Vec<Tick>,
    /// Width available to bars (the plot area), from x = 0.
    pub plot_width: f64,
    pub height: f64,
}

/// Lays out one horizontal bar per value, top to bottom, scaled to `plot_width`.
/// `row` is the height of each row, of which `bar` is the bar itself.
pub fn horizontal_bars(values: &[u64], plot_width: f64, row: f64, bar: f64) -> BarLayout {
    let axis_max = nice_max(values.iter().copied().max().unwrap_or(0));
    let scale = |v: u64| v as f64 / axis_max as f64 * plot_width;
    let bars = values
        .iter()
        .enumerate()
        .map(|(i, &value)| {
            let width = scale(value);
            Bar { value, y: i as f64 * row + (row - bar) / 2.0, width, height: bar, label_x: width + 4.0 }
        })
        .collect();
    // Ticks on whole numbers only, at most five intervals.
    let step = [1u64, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000, 20_000, 25_000, 50_000]
        .into_iter()
        .find(|s| axis_max / s <= 5)
        .unwrap_or(axis_max / 5 + 1);
    let ticks = (0..=axis_max / step).map(|k| Tick { value: k * step, x: scale(k * step) }).collect();
    BarLayout { bars, ticks, plot_width, height: values.len() as f64 * row }
}

/// An SVG coordinate rounded to a tenth, written without the float formatter (which
/// would add some 20 KB to the wasm for nothing a chart needs).
pub fn coord(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let abs = tenths.unsigned_abs();
    if abs.is_multiple_of(10) {
        format!("{sign}{}", abs / 10)
    } else {
        format!("{sign}{}.{}", abs / 10, abs % 10)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinates_are_written_to_a_tenth() {
        assert_eq!(coord(0.0), "0");
        assert_eq!(coord(40.0), "40");
        assert_eq!(coord(42.86), "42.9");
        assert_eq!(coord(-3.04), "-3");
        assert_eq!(coord(-0.26), "-0.3");
        assert_eq!(coord(193.999), "194");
    }

    #[test]
    fn nice_maxima() {
        assert_eq!(nice_max(0), 1);
        assert_eq!(nice_max(1), 1);
        assert_eq!(nice_max(3), 5);
        assert_eq!(nice_max(7), 10);
        assert_eq!(nice_max(12), 20);
        assert_eq!(nice_max(34), 50);
        assert_eq!(nice_max(46), 50);
        assert_eq!(nice_max(100), 100);
        assert_eq!(nice_max(101), 200);
        assert_eq!(nice_max(10_000), 10_000);
        assert_eq!(nice_max(u64::MAX), u64::MAX);
    }

    #[test]
    fn bars_scale_to_the_plot_and_stack_in_rows() {
        let layout = horizontal_bars(&[12, 34], 200.0, 30.0, 20.0);
        assert_eq!(layout.height, 60.0);
        assert_eq!(layout.bars[0].width, 12.0 / 50.0 * 200.0);
        assert_eq!(layout.bars[1].width, 34.0 / 50.0 * 200.0);
        assert_eq!(layout.bars[0].y, 5.0);
        assert_eq!(layout.bars[1].y, 35.0);
        assert_eq!(layout.bars[1].label_x, layout.bars[1].width + 4.0);
        let tick_values: Vec<u64> = layout.ticks.iter().map(|t| t.value).collect();
        assert_eq!(tick_values, vec![0, 10, 20, 30, 40, 50]);
        assert_eq!(layout.ticks.last().map(|t| t.x), Some(200.0));
    }

    #[test]
    fn empty_and_zero_data_draw_nothing_wider_than_zero() {
        let layout = horizontal_bars(&[], 100.0, 10.0, 8.0);
        assert!(layout.bars.is_empty());
        assert_eq!(layout.height, 0.0);
        let zeros = horizontal_bars(&[0, 0], 100.0, 10.0, 8.0);
        assert!(zeros.bars.iter().all(|b| b.width == 0.0));
        assert_eq!(zeros.ticks.iter().map(|t| t.value).collect::<Vec<_>>(), vec![0, 1]);
    }

    #[test]
    fn large_values_keep_few_ticks() {
        let layout = horizontal_bars(&[9_999], 100.0, 10.0, 8.0);
        assert!(layout.ticks.len() <= 6, "{:?}", layout.ticks);
        assert!(layout.bars[0].width <= 100.0);
    }
}
