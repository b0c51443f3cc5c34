//! The questions of each step, one file per step, in the official form's order.

mod about;
mod alignment;
mod description;
mod details;
mod nature;
mod pledge;
mod rows;
mod start;

pub use about::AboutStep;
pub use alignment::AlignmentStep;
pub use description::DescriptionStep;
pub use details::{DetailsStep, FundEffect};
pub use nature::NatureStep;
pub use pledge::PledgeStep;
pub use start::StartStep;
