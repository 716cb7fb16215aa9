//! Manager profiles: capabilities, hobbies, capacity and whether they take customers.

use serde::Serialize;

use crate::error::{DomainError, DomainResult, ErrorCode};
use crate::limits;
use crate::organisation::UnitRef;
use crate::tags::TagSet;
use crate::user::UserId;

/// How many customers a manager may hold: 0–10,000.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ManagerCapacity(u32);

impl ManagerCapacity {
    pub const DEFAULT: u32 = 50;

    /// # Errors
    /// `invalid_capacity` outside 0..=10000.
    pub fn new(value: i64) -> DomainResult<Self> {
        match u32::try_from(value) {
            Ok(v) if limits::CAPACITY.contains(&i64::from(v)) => Ok(Self(v)),
            _ => Err(DomainError::validation("capacity", ErrorCode::InvalidCapacity, "capacity must be between 0 and 10000")),
        }
    }

    #[must_use]
    pub fn get(self) -> u32 {
        self.0
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ManagerProfile {
    pub user_id: UserId,
    pub username: String,
    pub name: String,
    pub capabilities: TagSet,
    pub hobbies: TagSet,
    pub capacity: u32,
    /// False while on leave or deactivated: takes no new customers.
    pub active: bool,
    pub customer_count: u64,
    /// The unit the manager belongs to.
    pub unit: UnitRef,
    /// How their customers reach them, when set on their staff account.
    pub phone: Option<String>,
    pub email: Option<String>,
}

/// The fields of a manager's profile a caller may change; `None` keeps the current value.
#[derive(Debug, Clone, Default)]
pub struct ManagerChanges {
    pub name: Option<String>,
    pub capabilities: Option<TagSet>,
    pub hobbies: Option<TagSet>,
    pub capacity: Option<ManagerCapacity>,
    pub active: Option<bool>,
}

impl ManagerChanges {
    /// Whether the change touches what only an admin may set.
    #[must_use]
    pub fn touches_admin_fields(&self) -> bool {
        self.capacity.is_some() || self.active.is_some()
    }
}
