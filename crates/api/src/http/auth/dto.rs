//! Bodies of registration, login, token checks and logout.

use portrait_domain::user::User;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"username": "alice", "password": "correct horse", "name": "Alice"}))]
pub struct RegisterRequest {
    #[schema(example = "alice")]
    #[schema(schema_with = crate::http::request_limits::username)]
    pub username: String,
    /// At least 8 characters, at most 72 bytes in UTF-8 (bcrypt's limit): 72 letters or digits,
    /// 24 Chinese characters.
    #[schema(schema_with = crate::http::request_limits::new_password)]
    pub password: String,
    /// Display name; the username when missing.
    #[schema(schema_with = crate::http::request_limits::display_name_or_null)]
    pub name: Option<String>,
    /// `customer` (default). Only an admin may create `manager` or `admin`.
    #[schema(schema_with = crate::http::closed_sets::one_of::<portrait_domain::user::Role>)]
    pub role: Option<String>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"username": "customer1", "password": "123456"}))]
pub struct LoginRequest {
    pub username: String,
    pub password: String,
}

/// The caller's own password, changed: the current one, then the new one.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"current_password": "123456", "new_password": "a-longer-secret-1"}))]
pub struct ChangePasswordRequest {
    pub current_password: String,
    #[schema(schema_with = crate::http::request_limits::new_password)]
    pub new_password: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct UserDto {
    pub id: i64,
    pub username: String,
    pub name: String,
    #[schema(example = "customer")]
    #[schema(schema_with = crate::http::closed_sets::one_of::<portrait_domain::user::Role>)]
    pub role: String,
    /// An admin created the account or set its password: until its owner chooses their own
    /// (`PUT /api/auth/password`), every other call answers 403 `password_change_required`.
    pub must_change_password: bool,
}

impl From<User> for UserDto {
    fn from(u: User) -> Self {
        Self {
            id: u.id,
            username: u.username,
            name: u.display_name,
            role: u.role.as_str().to_owned(),
            must_change_password: u.must_change_password,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct LoginResponse {
    /// The original's confirmation, `logged in`.
    pub msg: String,
    pub token: String,
    /// Unix seconds.
    pub expires_at: i64,
    pub user: UserDto,
}

/// The new account: its fields at the top level (Portrait's answer) and, as the original
/// answered, `msg`, a session `token` and the `user`. An account an admin creates comes with
/// no session (`token` and `expires_at` null).
#[derive(Debug, Serialize, ToSchema)]
pub struct RegisterResponse {
    pub id: i64,
    pub username: String,
    pub name: String,
    #[schema(example = "customer")]
    #[schema(schema_with = crate::http::closed_sets::one_of::<portrait_domain::user::Role>)]
    pub role: String,
    /// `registered`.
    pub msg: String,
    /// A bearer token of the new user, like one from login (revoked by logout).
    pub token: Option<String>,
    /// Unix seconds.
    pub expires_at: Option<i64>,
    pub user: UserDto,
}

impl From<portrait_domain::services::RegisterOutcome> for RegisterResponse {
    fn from(o: portrait_domain::services::RegisterOutcome) -> Self {
        let user = UserDto::from(o.user);
        Self {
            id: user.id,
            username: user.username.clone(),
            name: user.name.clone(),
            role: user.role.clone(),
            msg: "registered".into(),
            token: o.session.as_ref().map(|s| s.token.clone()),
            expires_at: o.session.as_ref().map(|s| s.expires_at),
            user,
        }
    }
}

/// The token is good: `{valid, user}`, and the user's fields at the top level as the
/// original answered.
#[derive(Debug, Serialize, ToSchema)]
pub struct VerifyResponse {
    pub valid: bool,
    pub id: i64,
    pub username: String,
    pub name: String,
    #[schema(example = "customer")]
    #[schema(schema_with = crate::http::closed_sets::one_of::<portrait_domain::user::Role>)]
    pub role: String,
    pub user: UserDto,
}

impl From<User> for VerifyResponse {
    fn from(u: User) -> Self {
        let user = UserDto::from(u);
        Self { valid: true, id: user.id, username: user.username.clone(), name: user.name.clone(), role: user.role.clone(), user }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MessageResponse {
    pub msg: String,
}
