//! What the staff directory needs of storage. Creating and changing an account is one
//! transaction that checks, on the rows it has locked, that its unit is open and that a
//! manager who leaves has no customers left.

use async_trait::async_trait;

use super::member::{StaffMember, StaffQuery};
use crate::error::DomainResult;
use crate::organisation::UnitId;
use crate::ports::Page;
use crate::user::{Role, UserId};

/// A new manager or admin account.
#[derive(Debug, Clone)]
pub struct NewStaff {
    pub username: String,
    pub name: String,
    pub role: Role,
    pub unit_id: UnitId,
    pub password_hash: String,
    pub grade: Option<u8>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub capacity: u32,
    /// The admin who creates it: the account must choose its own password.
    pub created_by: UserId,
}

/// A change to an account (absent fields stay as they are; `Some(None)` clears).
#[derive(Debug, Clone, Default)]
pub struct StaffChanges {
    pub name: Option<String>,
    pub unit_id: Option<UnitId>,
    pub grade: Option<Option<u8>>,
    pub phone: Option<Option<String>>,
    pub email: Option<Option<String>>,
    /// `false` deactivates: every session of the account ends.
    pub active: Option<bool>,
}

#[async_trait]
pub trait StaffDirectory: Send + Sync + 'static {
    /// Managers and admins whose unit is one of `units`, by username.
    /// # Errors
    /// Storage failures.
    async fn staff(&self, query: &StaffQuery, units: &[UnitId]) -> DomainResult<Page<StaffMember>>;

    /// A manager or admin account (`None` for customers and unknown ids).
    /// # Errors
    /// Storage failures.
    async fn staff_member(&self, id: UserId) -> DomainResult<Option<StaffMember>>;

    /// # Errors
    /// `username_taken`; `not_found` or `unit_closed` for the unit; `busy`.
    async fn create_staff(&self, staff: &NewStaff) -> DomainResult<StaffMember>;

    /// # Errors
    /// `not_found`; `unit_closed`; `manager_has_customers` when deactivating a manager with
    /// a book; `busy`.
    async fn change_staff(&self, id: UserId, changes: &StaffChanges) -> DomainResult<StaffMember>;
}
