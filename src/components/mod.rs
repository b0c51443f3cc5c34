pub mod bar_chart;
pub mod error_view;
pub mod fund_gate;
pub mod fund_history;
pub mod progress_meter;
