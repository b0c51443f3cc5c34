pub mod about;
pub mod data_check;
pub mod explorer;
pub mod home;
pub mod not_found;
pub mod pledge;
pub mod programme;
pub mod progress;
