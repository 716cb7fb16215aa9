//! CSV exchange: imports (uploaded, checked, applied as a background job) and exports.

pub mod dto;
pub mod exports;
pub mod imports;
