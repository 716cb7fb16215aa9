//! Accounts and signing in: users and their credentials, password hashing, tokens and their
//! revocation, and the login and registration attempts that are throttled.

use async_trait::async_trait;

use crate::error::DomainResult;
use crate::user::{Role, User, UserId};

/// A user about to be created. `password_hash` is `None` for accounts that cannot log in
/// until an admin sets a password (synthetic and imported users).
#[derive(Debug, Clone)]
pub struct NewUser {
    pub username: String,
    pub display_name: String,
    pub password_hash: Option<String>,
    pub role: Role,
    /// Capacity for a new manager's profile; ignored for other roles.
    pub manager_capacity: u32,
    /// Who created the account: the caller of a registration; `None` for self-registration,
    /// seeding and the command line.
    pub created_by: Option<UserId>,
}

/// Where an account came from and who last set its password, for maker-checker: an account
/// created by an admin, or whose password an admin set, is in that admin's hands. `None` for
/// who: self-registered, seeded, imported, or from before this was recorded (migration 000011).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AccountOrigin {
    pub created_at: i64,
    pub created_by: Option<UserId>,
    pub password_set_at: Option<i64>,
    pub password_set_by: Option<UserId>,
}

/// What login needs to know about a user.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub user: User,
    pub password_hash: Option<String>,
    pub token_version: i32,
}

#[async_trait]
pub trait UserRepository: Send + Sync + 'static {
    /// Creates the user and, for customers and managers, their empty profile, atomically.
    /// # Errors
    /// `UsernameTaken` when the username exists in any case (`Admin` when `admin` does).
    async fn create(&self, user: NewUser) -> DomainResult<User>;
    /// The user whose username equals `username` ignoring case.
    /// # Errors
    /// Storage failures.
    async fn credentials(&self, username: &str) -> DomainResult<Option<Credentials>>;
    /// The user and their current token version, to check a token is still good.
    /// # Errors
    /// Storage failures.
    async fn session_state(&self, id: UserId) -> DomainResult<Option<(User, i32)>>;
    /// Replaces a user's password hash and bumps their token version, so every token
    /// issued before stops working; records `set_by` and the time unless the user set it
    /// themselves (an earlier setter stays on record for maker-checker); the user must change
    /// it next unless they set it themselves. `false` when there is
    /// no such user.
    /// # Errors
    /// Storage failures.
    async fn set_password(&self, id: UserId, password_hash: &str, set_by: UserId) -> DomainResult<bool>;
    /// When and by whom the account was created, and its password last set; `None` when there
    /// is no such user.
    /// # Errors
    /// Storage failures.
    async fn account_origin(&self, id: UserId) -> DomainResult<Option<AccountOrigin>>;
}

#[async_trait]
pub trait RevokedTokens: Send + Sync + 'static {
    /// # Errors
    /// Storage failures.
    async fn revoke(&self, jti: &str, expires_at: i64) -> DomainResult<()>;
    /// # Errors
    /// Storage failures.
    async fn is_revoked(&self, jti: &str) -> DomainResult<bool>;
}

/// One key an attempt is counted under (`p:` username from an address, `u:` username from
/// anywhere, `c:` address, `r:` registrations from an address) and the start of its window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttemptKey {
    pub key: String,
    pub since: i64,
}

/// A key's attempts inside its window, the one just reserved included, and the oldest's time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyCount {
    pub key: String,
    pub count: u32,
    pub oldest: i64,
}

/// Login and registration attempts, kept where every replica sees them, so N replicas
/// throttle as one. An attempt is reserved (written) before its password is checked, so N
/// attempts at once count N; a failure's rows stay for the window, a blocked or successful
/// attempt takes its rows back.
#[async_trait]
pub trait LoginFailures: Send + Sync + 'static {
    /// Writes one row per key for a new attempt at `at` and commits it, then counts each
    /// key's rows at or after its `since` — this attempt's included, so of attempts made at
    /// the same moment the last to count sees every one before it. Returns the attempt's id
    /// and, for each key with rows, the count and the oldest.
    /// # Errors
    /// Storage failures.
    async fn reserve(&self, keys: &[AttemptKey], at: i64) -> DomainResult<(String, Vec<KeyCount>)>;
    /// Removes the rows of `attempt` (reserved under `keys` at `at`) and, when given, every
    /// row of `clear`, in one statement.
    /// # Errors
    /// Storage failures.
    async fn release(&self, attempt: &str, keys: &[String], at: i64, clear: Option<&str>) -> DomainResult<()>;
    /// Housekeeping: rows before `before` no longer count for anyone.
    /// # Errors
    /// Storage failures.
    async fn forget_before(&self, before: i64) -> DomainResult<()>;
}

#[async_trait]
pub trait PasswordHasher: Send + Sync + 'static {
    /// Runs off the request workers: hashing is deliberately slow.
    /// # Errors
    /// Internal failures only.
    async fn hash(&self, password: &str) -> DomainResult<String>;
    /// # Errors
    /// Internal failures only.
    async fn verify(&self, password: &str, hash: &str) -> DomainResult<bool>;
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenClaims {
    pub user_id: UserId,
    pub role: Role,
    pub jti: String,
    pub issued_at: i64,
    pub expires_at: i64,
    pub version: i32,
}

#[derive(Debug, Clone)]
pub struct IssuedToken {
    pub token: String,
    pub claims: TokenClaims,
}

pub trait TokenIssuer: Send + Sync + 'static {
    /// # Errors
    /// Internal failures only.
    fn issue(&self, user_id: UserId, role: Role, version: i32, now: i64) -> DomainResult<IssuedToken>;
    /// # Errors
    /// `Unauthenticated` for a bad signature, a malformed or an expired token.
    fn decode(&self, token: &str, now: i64) -> DomainResult<TokenClaims>;
}
