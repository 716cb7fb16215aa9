//! Bodies of staff account administration.

use serde::Deserialize;
use utoipa::ToSchema;

/// A new password for a user, set by an admin.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"password": "a new passphrase"}))]
pub struct SetPasswordRequest {
    /// At least 8 characters, at most 72 bytes in UTF-8 (bcrypt's limit).
    #[schema(schema_with = crate::http::request_limits::new_password)]
    pub password: String,
}

impl std::fmt::Debug for SetPasswordRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SetPasswordRequest(***)")
    }
}
