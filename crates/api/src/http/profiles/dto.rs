//! Bodies of customer and manager profiles and their pages (the list queries are in `queries`).

use portrait_domain::customer::CustomerProfile;
use portrait_domain::manager::ManagerProfile;
use portrait_domain::ports::Page;
use portrait_domain::services::profiles::ManagerCard;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Unix seconds as RFC 3339 in UTC (`2026-12-01T08:30:00Z`), the form the original's
/// clients read for `created_at` and `updated_at`.
#[must_use]
pub fn rfc3339(secs: i64) -> String {
    chrono::DateTime::from_timestamp(secs, 0).unwrap_or_default().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// A customer's profile: Portrait's fields and, beside them, the original system's
/// (`id`, `customer_class`, `created_at`, `updated_at`), so its clients keep working.
#[derive(Debug, Serialize, ToSchema)]
pub struct CustomerProfileDto {
    /// The original's profile id. Profiles are keyed by their customer, so it is `user_id`.
    pub id: i64,
    pub user_id: i64,
    pub username: String,
    pub name: String,
    pub age: Option<u8>,
    pub occupation: String,
    /// In fen (1/100 CNY).
    pub total_assets: i64,
    pub needs: Vec<String>,
    pub hobbies: Vec<String>,
    /// A (best) to E; null before the first assignment.
    #[schema(schema_with = crate::http::closed_sets::class_or_null)]
    pub class: Option<String>,
    /// The original's name for `class`: the same value.
    #[schema(schema_with = crate::http::closed_sets::class_or_null)]
    pub customer_class: Option<String>,
    pub segment: Option<i32>,
    pub manager_id: Option<i64>,
    pub manager_name: Option<String>,
    pub match_score: Option<i32>,
    /// When the profile was made (RFC 3339, UTC).
    #[schema(format = DateTime, example = "2026-12-01T08:30:00Z")]
    pub created_at: String,
    /// When the profile or its assignment last changed (RFC 3339, UTC).
    #[schema(format = DateTime, example = "2026-12-01T08:30:00Z")]
    pub updated_at: String,
    /// The customer's home unit.
    pub unit_id: i64,
    pub unit_code: String,
    pub unit_name: String,
}

impl From<CustomerProfile> for CustomerProfileDto {
    fn from(p: CustomerProfile) -> Self {
        let class = p.class.map(|c| c.as_str().to_owned());
        Self {
            id: p.user_id,
            user_id: p.user_id,
            username: p.username,
            name: p.name,
            age: p.age,
            occupation: p.occupation,
            total_assets: p.total_assets,
            needs: p.needs.to_vec(),
            hobbies: p.hobbies.to_vec(),
            customer_class: class.clone(),
            class,
            segment: p.segment,
            manager_id: p.manager_id,
            manager_name: p.manager_name,
            match_score: p.match_score,
            created_at: rfc3339(p.created_at),
            updated_at: rfc3339(p.updated_at),
            unit_id: p.unit.id,
            unit_code: p.unit.code,
            unit_name: p.unit.name,
        }
    }
}

/// A change to a customer's profile; absent fields stay as they are. `class`, `segment`,
/// `manager_id` and `role` are computed or set elsewhere and are refused here.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"age": 35, "occupation": "engineer", "total_assets": 50000000, "needs": ["investment", "retirement"], "hobbies": ["travel", "reading"]}))]
pub struct CustomerProfileUpdate {
    #[schema(schema_with = crate::http::request_limits::display_name_or_null)]
    pub name: Option<String>,
    /// 18–120.
    #[schema(schema_with = crate::http::request_limits::age_or_null)]
    pub age: Option<i64>,
    #[schema(schema_with = crate::http::request_limits::occupation_or_null)]
    pub occupation: Option<String>,
    /// In fen, not negative.
    #[schema(schema_with = crate::http::request_limits::assets_or_null)]
    pub total_assets: Option<i64>,
    #[schema(schema_with = crate::http::request_limits::tags_or_null)]
    pub needs: Option<Vec<String>>,
    #[schema(schema_with = crate::http::request_limits::tags_or_null)]
    pub hobbies: Option<Vec<String>>,
    // Read only: accepted by the parser just to be refused with `field_not_allowed` (clearer
    // than "unknown field"), so left out of the schema.
    #[schema(ignore)]
    pub class: Option<serde_json::Value>,
    #[schema(ignore)]
    pub segment: Option<serde_json::Value>,
    #[schema(ignore)]
    pub manager_id: Option<serde_json::Value>,
    #[schema(ignore)]
    pub role: Option<serde_json::Value>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ManagerProfileDto {
    pub user_id: i64,
    pub username: String,
    pub name: String,
    pub capabilities: Vec<String>,
    pub hobbies: Vec<String>,
    pub capacity: u32,
    pub active: bool,
    pub customer_count: u64,
    /// The manager's unit.
    pub unit_id: i64,
    pub unit_code: String,
    pub unit_name: String,
    /// Their work phone and e-mail, when set on their staff account.
    pub phone: Option<String>,
    pub email: Option<String>,
}

impl From<ManagerProfile> for ManagerProfileDto {
    fn from(p: ManagerProfile) -> Self {
        Self {
            user_id: p.user_id,
            username: p.username,
            name: p.name,
            capabilities: p.capabilities.to_vec(),
            hobbies: p.hobbies.to_vec(),
            capacity: p.capacity,
            active: p.active,
            customer_count: p.customer_count,
            unit_id: p.unit.id,
            unit_code: p.unit.code,
            unit_name: p.unit.name,
            phone: p.phone,
            email: p.email,
        }
    }
}

/// What a customer sees of their own manager. Closed (no other properties), so a full
/// profile never also reads as a card: the two are `oneOf` in `ManagerView`.
#[derive(Debug, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ManagerCardDto {
    pub user_id: i64,
    pub name: String,
    pub capabilities: Vec<String>,
    pub hobbies: Vec<String>,
    /// Where the manager works.
    pub unit_id: i64,
    pub unit_code: String,
    pub unit_name: String,
    /// How to reach them, when set.
    pub phone: Option<String>,
    pub email: Option<String>,
}

impl From<ManagerCard> for ManagerCardDto {
    fn from(c: ManagerCard) -> Self {
        Self {
            user_id: c.user_id,
            name: c.name,
            capabilities: c.capabilities,
            hobbies: c.hobbies,
            unit_id: c.unit.id,
            unit_code: c.unit.code,
            unit_name: c.unit.name,
            phone: c.phone,
            email: c.email,
        }
    }
}

/// The full profile (the manager, admins) or the public card (their customers).
#[derive(Debug, Serialize, ToSchema)]
#[serde(untagged)]
pub enum ManagerView {
    Full(ManagerProfileDto),
    Card(ManagerCardDto),
}

/// A change to a manager's profile. `capacity` and `active` are for admins only.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"capabilities": ["investment", "insurance"], "hobbies": ["travel"], "capacity": 60}))]
pub struct ManagerProfileUpdate {
    #[schema(schema_with = crate::http::request_limits::display_name_or_null)]
    pub name: Option<String>,
    #[schema(schema_with = crate::http::request_limits::tags_or_null)]
    pub capabilities: Option<Vec<String>>,
    #[schema(schema_with = crate::http::request_limits::tags_or_null)]
    pub hobbies: Option<Vec<String>>,
    /// 0–10000; admins only.
    #[schema(schema_with = crate::http::request_limits::capacity_or_null)]
    pub capacity: Option<i64>,
    /// False puts the manager on leave and releases their customers; admins only.
    pub active: Option<bool>,
    #[schema(ignore)]
    pub role: Option<serde_json::Value>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CustomerPage {
    pub items: Vec<CustomerProfileDto>,
    pub total: u64,
    pub page: u64,
    pub per_page: u64,
}

impl From<Page<CustomerProfile>> for CustomerPage {
    fn from(p: Page<CustomerProfile>) -> Self {
        Self { items: p.items.into_iter().map(Into::into).collect(), total: p.total, page: p.page, per_page: p.per_page }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ManagerPage {
    pub items: Vec<ManagerProfileDto>,
    pub total: u64,
    pub page: u64,
    pub per_page: u64,
}

impl From<Page<ManagerProfile>> for ManagerPage {
    fn from(p: Page<ManagerProfile>) -> Self {
        Self { items: p.items.into_iter().map(Into::into).collect(), total: p.total, page: p.page, per_page: p.per_page }
    }
}
