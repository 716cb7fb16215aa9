//! Bodies of the staff directory.

use portrait_domain::ports::Page;
use portrait_domain::runs::Departure;
use portrait_domain::staff::{StaffMember, StaffQuery, StaffStatus};
use portrait_domain::user::Role;
use portrait_domain::{DomainError, ErrorCode};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Serialize, ToSchema)]
pub struct StaffDto {
    pub id: i64,
    pub username: String,
    pub name: String,
    /// `manager` or `admin`.
    #[schema(schema_with = crate::http::closed_sets::one_of::<Role>)]
    pub role: String,
    pub unit_id: i64,
    pub unit_code: String,
    /// 1 (entry) to 9.
    pub grade: Option<u8>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub active: bool,
    /// `active`, `on_leave` (a manager who takes no customers) or `deactivated`.
    #[schema(schema_with = crate::http::closed_sets::one_of::<StaffStatus>)]
    pub status: String,
    /// Until its owner chooses their own password.
    pub must_change_password: bool,
    /// A manager's capacity; `null` for admins.
    pub capacity: Option<u32>,
    /// Unix seconds.
    pub created_at: i64,
}

impl From<StaffMember> for StaffDto {
    fn from(m: StaffMember) -> Self {
        let status = m.status().as_str().to_owned();
        Self {
            id: m.id,
            username: m.username,
            name: m.name,
            role: m.role.as_str().to_owned(),
            unit_id: m.unit_id,
            unit_code: m.unit_code,
            grade: m.grade,
            phone: m.phone,
            email: m.email,
            active: m.active,
            status,
            must_change_password: m.must_change_password,
            capacity: m.capacity,
            created_at: m.created_at,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct StaffPage {
    pub items: Vec<StaffDto>,
    pub total: u64,
    pub page: u64,
    pub per_page: u64,
}

impl From<Page<StaffMember>> for StaffPage {
    fn from(p: Page<StaffMember>) -> Self {
        Self { items: p.items.into_iter().map(Into::into).collect(), total: p.total, page: p.page, per_page: p.per_page }
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct StaffListQuery {
    /// Part of the username or the name.
    pub search: Option<String>,
    /// `manager` or `admin`.
    pub role: Option<String>,
    /// This unit and everything below it.
    pub unit_id: Option<i64>,
    pub active: Option<bool>,
    /// From 1.
    #[param(schema_with = crate::http::request_limits::page)]
    pub page: Option<u64>,
    /// 1–500, default 50.
    #[param(schema_with = crate::http::request_limits::per_page)]
    pub per_page: Option<u64>,
}

impl TryFrom<StaffListQuery> for StaffQuery {
    type Error = DomainError;

    fn try_from(q: StaffListQuery) -> Result<Self, DomainError> {
        let role = match q.role.as_deref() {
            None => None,
            Some(text) => match Role::parse(text)? {
                Role::Customer => return Err(DomainError::validation("role", ErrorCode::InvalidRole, "staff are managers or admins")),
                role => Some(role),
            },
        };
        Ok(Self {
            search: q.search,
            role,
            unit_id: q.unit_id,
            active: q.active,
            page: q.page.unwrap_or(1),
            per_page: q.per_page.unwrap_or(50),
        })
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"username": "li.na", "name": "李娜", "role": "manager", "unit_id": 1, "password": "first-pass-1",
    "grade": 3, "phone": "+86 21 6888 8888", "email": "li.na@bank.example", "capacity": 200}))]
pub struct NewStaffRequest {
    #[schema(schema_with = crate::http::request_limits::username)]
    pub username: String,
    pub name: String,
    /// `manager` or `admin`.
    pub role: String,
    /// A unit of the caller's part of the organisation.
    pub unit_id: i64,
    /// The first password; its owner must change it at first login.
    #[schema(schema_with = crate::http::request_limits::new_password)]
    pub password: String,
    pub grade: Option<i64>,
    pub phone: Option<String>,
    pub email: Option<String>,
    /// A manager's capacity (default from the settings).
    pub capacity: Option<i64>,
}

/// Absent fields stay as they are; an empty `phone` or `email` clears it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"unit_id": 2, "grade": 4, "phone": "", "active": true}))]
pub struct StaffUpdate {
    pub name: Option<String>,
    pub unit_id: Option<i64>,
    pub grade: Option<i64>,
    pub phone: Option<String>,
    pub email: Option<String>,
    /// `false` deactivates the account (every session ends); a manager must have no customers.
    pub active: Option<bool>,
}

/// A manager's departure: their book re-homed and their status changed in one step.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"status": "on_leave", "dry_run": true}))]
pub struct DepartureRequest {
    /// `on_leave` (logs in, takes no customers) or `deactivated` (no login).
    #[schema(schema_with = crate::http::closed_sets::one_of::<Departure>)]
    pub status: String,
    /// Propose only: the transfer and the status change are applied together when the run
    /// is committed (`/api/admin/assignment-runs/{id}/commit`).
    #[serde(default)]
    pub dry_run: bool,
}

impl DepartureRequest {
    /// # Errors
    /// `invalid_departure`.
    pub fn departure(&self) -> Result<Departure, DomainError> {
        Departure::parse(&self.status)
            .ok_or_else(|| DomainError::validation("status", ErrorCode::InvalidDeparture, "status must be on_leave or deactivated"))
    }
}
