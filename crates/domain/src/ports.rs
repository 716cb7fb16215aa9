//! Ports: what the domain needs from the outside world (storage, hashing, tokens, time).
//! Adapters in `portrait-infra` implement them; tests use in-memory fakes.

use async_trait::async_trait;
use serde::Serialize;

use crate::customer::{CustomerChanges, CustomerClass, CustomerProfile};
use crate::error::{DomainError, DomainResult, ErrorCode};
use crate::manager::{ManagerChanges, ManagerProfile};
use crate::tags::{TagKind, Vocabulary};
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
    /// issued before stops working; records `set_by` and the time. `false` when there is no
    /// such user.
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CustomerSort {
    #[default]
    Id,
    Name,
    Age,
    Assets,
    Class,
    Score,
}

impl CustomerSort {
    /// Every spelling `sort` accepts; the first of each value is its name, the others aliases.
    const SPELLINGS: [(&'static str, Self); 8] = [
        ("id", Self::Id),
        ("name", Self::Name),
        ("age", Self::Age),
        ("total_assets", Self::Assets),
        ("assets", Self::Assets),
        ("class", Self::Class),
        ("score", Self::Score),
        ("match_score", Self::Score),
    ];

    #[must_use]
    pub fn parse(text: &str) -> Option<Self> {
        Self::SPELLINGS.iter().find(|(spelling, _)| *spelling == text).map(|(_, sort)| *sort)
    }
}

impl crate::closed_set::ClosedSet for CustomerSort {
    const ALL: &'static [Self] = &[Self::Id, Self::Name, Self::Age, Self::Assets, Self::Class, Self::Score];

    fn spelling(self) -> &'static str {
        Self::SPELLINGS.iter().find(|(_, sort)| *sort == self).map_or("id", |(spelling, _)| spelling)
    }

    fn spellings() -> Vec<&'static str> {
        Self::SPELLINGS.iter().map(|(spelling, _)| *spelling).collect()
    }
}

/// The `class` a customer list asks for: one class, or the customers without one — the
/// classes the classification counts, `unclassified` included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClassFilter {
    Is(CustomerClass),
    Unclassified,
}

impl ClassFilter {
    /// `A`–`E` or `unclassified`.
    #[must_use]
    pub fn parse(text: &str) -> Option<Self> {
        if text == "unclassified" { Some(Self::Unclassified) } else { CustomerClass::parse(text).map(Self::Is) }
    }

    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Is(class) => class.as_str(),
            Self::Unclassified => "unclassified",
        }
    }
}

crate::closed_set!(
    ClassFilter: ClassFilter::Is(CustomerClass::A),
    ClassFilter::Is(CustomerClass::B),
    ClassFilter::Is(CustomerClass::C),
    ClassFilter::Is(CustomerClass::D),
    ClassFilter::Is(CustomerClass::E),
    ClassFilter::Unclassified,
);

#[derive(Debug, Clone, Default)]
pub struct CustomerQuery {
    pub page: u64,
    pub per_page: u64,
    pub class: Option<ClassFilter>,
    pub manager_id: Option<UserId>,
    pub unassigned: bool,
    pub need: Option<String>,
    pub hobby: Option<String>,
    pub search: Option<String>,
    pub sort: CustomerSort,
    pub descending: bool,
}

/// The highest page number accepted: far beyond any real list, low enough that
/// `(page - 1) * per_page` always fits the database's 64-bit OFFSET.
pub const MAX_PAGE: u64 = 1_000_000_000;

/// The most items one page may hold.
pub const MAX_PER_PAGE: u64 = 500;

/// The one paging rule every paged list obeys: page 1 to [`MAX_PAGE`], per_page 1 to
/// [`MAX_PER_PAGE`].
/// # Errors
/// `invalid_page` or `invalid_per_page` (422, naming the field).
pub fn check_page(page: u64, per_page: u64) -> DomainResult<()> {
    if per_page == 0 || per_page > MAX_PER_PAGE {
        return Err(DomainError::validation("per_page", ErrorCode::InvalidPerPage, format!("per_page must be 1 to {MAX_PER_PAGE}")));
    }
    if page == 0 || page > MAX_PAGE {
        return Err(DomainError::validation("page", ErrorCode::InvalidPage, "page is 1 to 1,000,000,000"));
    }
    Ok(())
}

#[derive(Debug, Clone, Serialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: u64,
    pub page: u64,
    pub per_page: u64,
}

#[async_trait]
pub trait CustomerRepository: Send + Sync + 'static {
    /// # Errors
    /// Storage failures.
    async fn get(&self, id: UserId) -> DomainResult<Option<CustomerProfile>>;
    /// Applies the changes in one transaction and returns the profile as stored.
    /// # Errors
    /// `NotFound` when there is no such customer.
    async fn update(&self, id: UserId, changes: &CustomerChanges) -> DomainResult<CustomerProfile>;
    /// # Errors
    /// Storage failures.
    async fn list(&self, query: &CustomerQuery) -> DomainResult<Page<CustomerProfile>>;
}

#[async_trait]
pub trait ManagerRepository: Send + Sync + 'static {
    /// # Errors
    /// Storage failures.
    async fn get(&self, id: UserId) -> DomainResult<Option<ManagerProfile>>;
    /// # Errors
    /// `NotFound` when there is no such manager.
    async fn update(&self, id: UserId, changes: &ManagerChanges) -> DomainResult<ManagerProfile>;
    /// # Errors
    /// Storage failures.
    async fn list(&self, page: u64, per_page: u64) -> DomainResult<Page<ManagerProfile>>;
}

#[async_trait]
pub trait TagRepository: Send + Sync + 'static {
    /// # Errors
    /// Storage failures.
    async fn vocabulary(&self) -> DomainResult<Vocabulary>;
    /// Adds a tag after [`Vocabulary::can_add`] allowed it, checked inside the writing
    /// transaction with the kind's tags locked, so parallel adds cannot share a bit or
    /// overfill the vocabulary.
    /// # Errors
    /// `invalid_tag`, `tag_exists`, `vocabulary_full`.
    async fn add(&self, kind: TagKind, name: &str) -> DomainResult<()>;
}

/// One audited event: who did what to what, with the state before and after (JSON).
#[derive(Debug, Clone, Default)]
pub struct AuditEntry {
    pub actor_id: Option<UserId>,
    pub action: String,
    pub target: String,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
    pub client: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AuditRecord {
    pub id: i64,
    pub actor_id: Option<UserId>,
    pub action: String,
    pub target: String,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
    pub at: i64,
}

#[async_trait]
pub trait AuditLog: Send + Sync + 'static {
    /// # Errors
    /// Storage failures.
    async fn record(&self, entry: AuditEntry) -> DomainResult<()>;
    /// Newest first.
    /// # Errors
    /// Storage failures.
    async fn recent(&self, page: u64, per_page: u64) -> DomainResult<Page<AuditRecord>>;
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

pub trait Clock: Send + Sync + 'static {
    /// Seconds since the Unix epoch.
    fn now(&self) -> i64;
}
