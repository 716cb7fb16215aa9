//! The staff directory: relationship managers and administrators, each in a unit, managed by
//! the admins of that part of the organisation.

pub mod member;
pub mod ports;
pub mod service;

pub use member::{StaffMember, StaffQuery, StaffStatus};
pub use ports::{NewStaff, StaffChanges, StaffDirectory};
pub use service::{StaffInput, StaffPatch, StaffService};
