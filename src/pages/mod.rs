pub mod about;
pub mod check;
pub mod explorer;
pub mod home;
pub mod not_found;
pub mod pledge;
pub mod programme;
