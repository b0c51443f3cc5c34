//! The explorer's rules: the catalogue of programmes filtered, searched and sorted, the view
//! as a URL query, the exports, and the "what if" projection.

pub mod catalogue;
pub mod export;
pub mod query;
pub mod whatif;
