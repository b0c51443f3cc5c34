pub mod bar_chart;
pub mod error_view;
pub mod explorer;
pub mod fund_gate;
pub mod fund_history;
pub mod headline;
pub mod progress_meter;
pub mod repeating_rows;
