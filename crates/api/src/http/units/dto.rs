//! Bodies of the organisation's units.

use portrait_domain::organisation::{OrgUnit, UnitSummary};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// A unit with what it holds directly (its sub-units not counted).
#[derive(Debug, Serialize, ToSchema)]
pub struct UnitDto {
    pub id: i64,
    /// Unique, in capitals.
    pub code: String,
    pub name: String,
    /// `null` for the head office, the root.
    pub parent_id: Option<i64>,
    /// 0 for the head office, 1 for a branch, and so on.
    pub depth: u32,
    /// A closed unit takes no new members or sub-units.
    pub closed: bool,
    pub managers: u64,
    pub customers: u64,
    pub admins: u64,
    /// Seats of its active managers.
    pub capacity: u64,
    /// Customers assigned to its managers.
    pub load: u64,
}

impl From<UnitSummary> for UnitDto {
    fn from(s: UnitSummary) -> Self {
        Self {
            id: s.unit.id,
            code: s.unit.code,
            name: s.unit.name,
            parent_id: s.unit.parent_id,
            depth: s.unit.depth,
            closed: s.unit.closed,
            managers: s.managers,
            customers: s.customers,
            admins: s.admins,
            capacity: s.capacity,
            load: s.load,
        }
    }
}

/// A unit just written; what it holds is read from the list.
#[derive(Debug, Serialize, ToSchema)]
pub struct UnitRecordDto {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub parent_id: Option<i64>,
    pub depth: u32,
    pub closed: bool,
}

impl From<OrgUnit> for UnitRecordDto {
    fn from(u: OrgUnit) -> Self {
        Self { id: u.id, code: u.code, name: u.name, parent_id: u.parent_id, depth: u.depth, closed: u.closed }
    }
}

/// The admin's unit and every unit below it, parents before children.
#[derive(Debug, Serialize, ToSchema)]
pub struct UnitList {
    pub units: Vec<UnitDto>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"code": "SH-PD", "name": "浦东支行", "parent_id": 2}))]
pub struct NewUnitRequest {
    #[schema(schema_with = crate::http::request_limits::unit_code)]
    pub code: String,
    #[schema(schema_with = crate::http::request_limits::unit_name)]
    pub name: String,
    /// The open unit it goes under.
    pub parent_id: i64,
}

/// Absent fields stay as they are.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"name": "浦东新区支行", "parent_id": 2}))]
pub struct UnitUpdate {
    #[serde(default)]
    #[schema(schema_with = crate::http::request_limits::unit_name)]
    pub name: Option<String>,
    /// Moves the unit, with everything below it, under this open unit.
    #[serde(default)]
    pub parent_id: Option<i64>,
}

/// The part of the organisation a dashboard or an analysis covers.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct UnitFilterQuery {
    /// Only this unit and everything below it (within the admin's part); the admin's whole
    /// part when absent.
    pub unit_id: Option<i64>,
}
