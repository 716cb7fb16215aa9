//! The bank's organisation: a tree of units (head office → branches → sub-branches) that
//! every account belongs to — a manager's unit, a customer's home unit, an admin's scope.

pub mod ports;
pub mod rules;
pub mod scope;
pub mod service;
pub mod unit;

pub use ports::OrgUnits;
pub use scope::{Scope, admin_over, admin_scope, known_subtree, list_units, works_with};
pub use service::{OrganisationService, UnitChanges};
pub use unit::{NewUnit, OrgUnit, UnitCode, UnitId, UnitName, UnitRef, UnitSummary};
