//! Users and the values that identify them: ids, usernames, display names, roles.

use serde::{Deserialize, Serialize};

use crate::error::{DomainError, DomainResult, ErrorCode};
use crate::limits;

pub type UserId = i64;

crate::closed_set! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub enum Role {
        Customer = "customer",
        Manager = "manager",
        Admin = "admin",
    }
}

impl Role {
    /// # Errors
    /// `invalid_role` when the text is not one of the three roles.
    pub fn parse(text: &str) -> DomainResult<Self> {
        <Self as crate::closed_set::ClosedSet>::ALL
            .iter()
            .copied()
            .find(|role| role.as_str() == text)
            .ok_or_else(|| DomainError::validation("role", ErrorCode::InvalidRole, "role must be customer, manager or admin"))
    }
}

/// A login name: 3–50 characters of letters, digits, `_`, `.` or `-`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Username(String);

impl Username {
    /// # Errors
    /// `invalid_username` when the name is too short, too long or has other characters.
    pub fn parse(text: &str) -> DomainResult<Self> {
        let text = text.trim();
        let len = text.chars().count();
        if !limits::USERNAME_CHARS.contains(&len) {
            return Err(DomainError::validation("username", ErrorCode::InvalidUsername, "username must be 3 to 50 characters"));
        }
        if !text.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-')) {
            return Err(DomainError::validation(
                "username",
                ErrorCode::InvalidUsername,
                "username may contain only letters, digits, '_', '.' and '-'",
            ));
        }
        Ok(Self(text.to_owned()))
    }

    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form the name is compared in (see [`username_key`]).
    #[must_use]
    pub fn key(&self) -> String {
        username_key(&self.0)
    }
}

/// The form usernames are compared in everywhere — login, lookups, registration, throttling:
/// trimmed and lower-cased, so `Admin` and `admin` are one account. The database holds the
/// same form in `users.username_key` (unique). Usernames are ASCII, so every backend's
/// `LOWER` agrees with this.
#[must_use]
pub fn username_key(text: &str) -> String {
    text.trim().to_lowercase()
}

/// A person's name as shown in the app (Chinese names are common): 1–100 characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DisplayName(String);

impl DisplayName {
    /// # Errors
    /// `invalid_name` when empty, longer than 100 characters or holding control characters.
    pub fn parse(text: &str) -> DomainResult<Self> {
        let text = text.trim();
        let len = text.chars().count();
        if !limits::DISPLAY_NAME_CHARS.contains(&len) {
            return Err(DomainError::validation("name", ErrorCode::InvalidName, "name must be 1 to 100 characters"));
        }
        if text.chars().any(char::is_control) {
            return Err(DomainError::validation("name", ErrorCode::InvalidName, "name must not contain control characters"));
        }
        Ok(Self(text.to_owned()))
    }

    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The longest password bcrypt uses in full, in bytes (UTF-8): it ignores every byte after
/// the 72nd, so a longer password would be accepted but only its start would count.
pub const MAX_PASSWORD_BYTES: usize = limits::PASSWORD_MAX_BYTES;

/// A new password as typed by a person: at least 8 characters and at most
/// [`MAX_PASSWORD_BYTES`] bytes (72 ASCII characters, 24 Chinese ones). Never logged, never
/// stored.
pub struct NewPassword(String);

impl NewPassword {
    /// # Errors
    /// `weak_password` when shorter than 8 characters; `password_too_long` when over 72 bytes.
    pub fn parse(text: &str) -> DomainResult<Self> {
        if text.chars().count() < limits::PASSWORD_MIN_CHARS {
            return Err(DomainError::validation("password", ErrorCode::WeakPassword, "password must be at least 8 characters"));
        }
        if text.len() > MAX_PASSWORD_BYTES {
            return Err(DomainError::validation(
                "password",
                ErrorCode::PasswordTooLong,
                format!("password must be at most {MAX_PASSWORD_BYTES} bytes (72 letters or digits, 24 Chinese characters)"),
            ));
        }
        Ok(Self(text.to_owned()))
    }

    #[must_use]
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct User {
    pub id: UserId,
    pub username: String,
    pub display_name: String,
    pub role: Role,
    pub active: bool,
    /// An admin created the account or set its password: its owner must choose their own
    /// before anything else.
    pub must_change_password: bool,
    /// The unit the account belongs to.
    pub unit_id: i64,
    /// Whether that unit is the head office (the root of the organisation).
    pub head_office: bool,
}

/// Who is asking: the authenticated caller every service checks permissions against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Actor {
    pub id: UserId,
    pub role: Role,
    /// For an admin outside the head office: the unit whose subtree is theirs. `None` for
    /// head-office admins (the whole bank) and for everyone else.
    pub unit_scope: Option<i64>,
}

impl Actor {
    /// The actor of an account, scoped to its unit when it is an admin outside the head office.
    #[must_use]
    pub fn of(user: &User) -> Self {
        let unit_scope = (user.role == Role::Admin && !user.head_office).then_some(user.unit_id);
        Self { id: user.id, role: user.role, unit_scope }
    }

    /// An admin whose authority is the whole bank. Admins scoped to a branch are refused by
    /// every check that asks this: a feature serves them only once it checks their scope
    /// (with [`Self::require_any_admin`] and the organisation's `Scope`), so nothing
    /// bank-wide reaches them by default.
    #[must_use]
    pub fn is_admin(self) -> bool {
        self.role == Role::Admin && self.unit_scope.is_none()
    }

    /// # Errors
    /// `forbidden` unless the actor is a head-office admin.
    pub fn require_admin(self) -> DomainResult<()> {
        if self.is_admin() {
            Ok(())
        } else if self.role == Role::Admin {
            Err(DomainError::forbidden("head-office administrators only: a branch's administrators do not have this yet"))
        } else {
            Err(DomainError::forbidden("administrators only"))
        }
    }

    /// # Errors
    /// `forbidden` unless the actor is an admin, head-office or scoped; the caller then
    /// checks the scope.
    pub fn require_any_admin(self) -> DomainResult<()> {
        if self.role == Role::Admin { Ok(()) } else { Err(DomainError::forbidden("administrators only")) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_must_be_three_to_fifty_safe_characters() {
        assert!(Username::parse("customer1").is_ok());
        assert!(Username::parse("ab").is_err());
        assert!(Username::parse(&"a".repeat(51)).is_err());
        assert!(Username::parse("bad name").is_err());
        assert!(Username::parse("<script>").is_err());
    }

    #[test]
    fn passwords_shorter_than_eight_characters_are_weak() {
        assert_eq!(NewPassword::parse("1234567").map(|_| ()).unwrap_err().code(), "weak_password");
        assert!(NewPassword::parse("12345678").is_ok());
    }

    #[test]
    fn passwords_longer_than_bcrypts_72_bytes_are_refused_not_cut() {
        assert!(NewPassword::parse(&"x".repeat(72)).is_ok());
        assert_eq!(NewPassword::parse(&"x".repeat(73)).map(|_| ()).unwrap_err().code(), "password_too_long");
        // 24 Chinese characters are 72 bytes; the 25th is one too many.
        assert!(NewPassword::parse(&"密".repeat(24)).is_ok());
        assert_eq!(NewPassword::parse(&"密".repeat(25)).map(|_| ()).unwrap_err().code(), "password_too_long");
    }

    #[test]
    fn usernames_that_differ_only_in_case_have_one_key() {
        assert_eq!(username_key(" ADMIN "), "admin");
        assert_eq!(Username::parse("Customer1").map(|u| u.key()), Ok("customer1".to_owned()));
        assert_eq!(Username::parse("Customer1").map(|u| u.as_str().to_owned()), Ok("Customer1".to_owned()), "the spelling is kept");
    }

    #[test]
    fn chinese_display_names_are_accepted() {
        assert_eq!(DisplayName::parse(" 客户1 ").map(|n| n.as_str().to_owned()), Ok("客户1".to_owned()));
        assert!(DisplayName::parse("").is_err());
    }

    #[test]
    fn unknown_roles_are_refused() {
        assert!(Role::parse("superuser").is_err());
        assert_eq!(Role::parse("admin"), Ok(Role::Admin));
    }
}
