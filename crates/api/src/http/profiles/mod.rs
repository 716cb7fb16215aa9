//! Customer and manager profiles: reading, listing and editing them.

pub mod customers;
pub mod dto;
pub mod managers;
pub mod queries;
