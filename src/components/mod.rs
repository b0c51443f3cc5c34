pub mod bar_chart;
pub mod error_view;
pub mod fund_gate;
pub mod layout;
pub mod progress_meter;
