//! HTTP request and response bodies (kept apart from domain types; converted here).

use portrait_domain::customer::CustomerProfile;
use portrait_domain::manager::ManagerProfile;
use portrait_domain::ports::{AuditRecord, Page};
use portrait_domain::services::profiles::ManagerCard;
use portrait_domain::user::User;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RegisterRequest {
    #[schema(example = "alice")]
    pub username: String,
    /// At least 8 characters, at most 72 bytes in UTF-8 (bcrypt's limit): 72 letters or digits,
    /// 24 Chinese characters.
    pub password: String,
    /// Display name; the username when missing.
    pub name: Option<String>,
    /// `customer` (default). Only an admin may create `manager` or `admin`.
    pub role: Option<String>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    pub username: String,
    pub password: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct UserDto {
    pub id: i64,
    pub username: String,
    pub name: String,
    #[schema(example = "customer")]
    pub role: String,
}

impl From<User> for UserDto {
    fn from(u: User) -> Self {
        Self { id: u.id, username: u.username, name: u.display_name, role: u.role.as_str().to_owned() }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct LoginResponse {
    pub token: String,
    /// Unix seconds.
    pub expires_at: i64,
    pub user: UserDto,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VerifyResponse {
    pub valid: bool,
    pub user: UserDto,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MessageResponse {
    pub msg: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CustomerProfileDto {
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
    pub class: Option<String>,
    pub segment: Option<i32>,
    pub manager_id: Option<i64>,
    pub manager_name: Option<String>,
    pub match_score: Option<i32>,
}

impl From<CustomerProfile> for CustomerProfileDto {
    fn from(p: CustomerProfile) -> Self {
        Self {
            user_id: p.user_id,
            username: p.username,
            name: p.name,
            age: p.age,
            occupation: p.occupation,
            total_assets: p.total_assets,
            needs: p.needs.to_vec(),
            hobbies: p.hobbies.to_vec(),
            class: p.class.map(|c| c.as_str().to_owned()),
            segment: p.segment,
            manager_id: p.manager_id,
            manager_name: p.manager_name,
            match_score: p.match_score,
        }
    }
}

/// A change to a customer's profile; absent fields stay as they are. `class`, `segment`,
/// `manager_id` and `role` are computed or set elsewhere and are refused here.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CustomerProfileUpdate {
    pub name: Option<String>,
    /// 18–120.
    pub age: Option<i64>,
    pub occupation: Option<String>,
    /// In fen, not negative.
    pub total_assets: Option<i64>,
    pub needs: Option<Vec<String>>,
    pub hobbies: Option<Vec<String>>,
    #[schema(value_type = Option<String>)]
    pub class: Option<serde_json::Value>,
    #[schema(value_type = Option<i32>)]
    pub segment: Option<serde_json::Value>,
    #[schema(value_type = Option<i64>)]
    pub manager_id: Option<serde_json::Value>,
    #[schema(value_type = Option<String>)]
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
}

impl From<ManagerCard> for ManagerCardDto {
    fn from(c: ManagerCard) -> Self {
        Self { user_id: c.user_id, name: c.name, capabilities: c.capabilities, hobbies: c.hobbies }
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
pub struct ManagerProfileUpdate {
    pub name: Option<String>,
    pub capabilities: Option<Vec<String>>,
    pub hobbies: Option<Vec<String>>,
    /// 0–10000; admins only.
    pub capacity: Option<i64>,
    /// False puts the manager on leave and releases their customers; admins only.
    pub active: Option<bool>,
    #[schema(value_type = Option<String>)]
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

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct CustomerListQuery {
    /// From 1.
    #[param(minimum = 1, maximum = 1_000_000_000)]
    pub page: Option<u64>,
    /// 1–500, default 50.
    #[param(minimum = 1, maximum = 500)]
    pub per_page: Option<u64>,
    /// A–E.
    pub class: Option<String>,
    pub manager_id: Option<i64>,
    /// Only customers without a manager (admins).
    pub unassigned: Option<bool>,
    pub need: Option<String>,
    pub hobby: Option<String>,
    /// Part of a name or username.
    pub q: Option<String>,
    /// id, name, age, total_assets, class, score.
    pub sort: Option<String>,
    /// asc or desc.
    pub order: Option<String>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct PageQuery {
    /// From 1.
    #[param(minimum = 1, maximum = 1_000_000_000)]
    pub page: Option<u64>,
    /// 1–500, default 50.
    #[param(minimum = 1, maximum = 500)]
    pub per_page: Option<u64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TagsResponse {
    pub needs: Vec<String>,
    pub hobbies: Vec<String>,
    /// Manager capabilities use the needs vocabulary.
    pub capabilities: Vec<String>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AddTagRequest {
    /// `need` or `hobby`.
    pub kind: String,
    pub name: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct HealthResponse {
    #[schema(example = "ok")]
    pub status: String,
    pub version: String,
    #[schema(example = "ok")]
    pub database: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AuditRecordDto {
    pub id: i64,
    pub actor_id: Option<i64>,
    pub action: String,
    pub target: String,
    #[schema(value_type = Option<Object>)]
    pub before: Option<serde_json::Value>,
    #[schema(value_type = Option<Object>)]
    pub after: Option<serde_json::Value>,
    /// Unix seconds.
    pub at: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AuditPage {
    pub items: Vec<AuditRecordDto>,
    pub total: u64,
    pub page: u64,
    pub per_page: u64,
}

impl From<Page<AuditRecord>> for AuditPage {
    fn from(p: Page<AuditRecord>) -> Self {
        Self {
            items: p
                .items
                .into_iter()
                .map(|r| AuditRecordDto {
                    id: r.id,
                    actor_id: r.actor_id,
                    action: r.action,
                    target: r.target,
                    before: r.before,
                    after: r.after,
                    at: r.at,
                })
                .collect(),
            total: p.total,
            page: p.page,
            per_page: p.per_page,
        }
    }
}
