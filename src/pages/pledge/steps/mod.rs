//! The questions of each step, one file per step, in the official form's order. Each step
//! has one name, from its address to its component: `/pledge/partners` is `Step::Partners`,
//! `partners.rs` and `PartnersStep`. (The review, `/pledge/check`, is GOV.UK's "Check your
//! answers" and lives with the confirmation in `pledge/`.)

mod about;
mod alignment;
mod details;
mod kind;
mod partners;
mod start;
mod your_pledge;

pub use about::AboutStep;
pub use alignment::AlignmentStep;
pub use details::{DetailsStep, FundEffect};
pub use kind::KindStep;
pub use partners::PartnersStep;
pub use start::StartStep;
pub use your_pledge::YourPledgeStep;
