//! Ports: what the domain needs from the outside world (storage, hashing, tokens, time).
//! Adapters in `portrait-infra` implement them; tests use in-memory fakes.

mod accounts;
mod lists;

pub use accounts::{
    AccountOrigin, AttemptKey, Credentials, IssuedToken, KeyCount, LoginFailures, NewUser, PasswordHasher, RevokedTokens, TokenClaims,
    TokenIssuer, UserRepository,
};
pub use lists::{
    ClassFilter, CustomerQuery, CustomerSort, LoadFilter, MAX_PAGE, MAX_PER_PAGE, ManagerQuery, ManagerSort, Page, check_page, descending,
};

use async_trait::async_trait;
use serde::Serialize;

use crate::customer::{CustomerChanges, CustomerProfile};
use crate::error::DomainResult;
use crate::manager::{ManagerChanges, ManagerProfile};
use crate::tags::{TagKind, Vocabulary};
use crate::user::UserId;

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
    async fn list(&self, query: &ManagerQuery) -> DomainResult<Page<ManagerProfile>>;
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
    /// The unit of what changed, when it has one: whose admins may read the entry. `None`
    /// for bank-wide changes, which only the head office reads.
    pub unit_id: Option<crate::organisation::UnitId>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AuditRecord {
    pub id: i64,
    pub actor_id: Option<UserId>,
    /// The actor's username and name, when the account still exists.
    pub actor: Option<AccountName>,
    /// The account a `user:N` target names, when it still exists.
    pub target_account: Option<AccountName>,
    pub action: String,
    pub target: String,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
    pub at: i64,
    pub unit_id: Option<crate::organisation::UnitId>,
}

/// Who an account is, for people: its username and display name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AccountName {
    pub username: String,
    pub name: String,
}

/// Which audit entries to read: all given filters hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditQuery {
    pub page: u64,
    pub per_page: u64,
    pub actor_id: Option<UserId>,
    /// An action, or the start of one (`run.` for every run event).
    pub action: Option<String>,
    /// A target exactly as recorded (`user:7`, `run:12`, `unit:3`).
    pub target: Option<String>,
    /// Unix seconds, inclusive.
    pub from: Option<i64>,
    pub to: Option<i64>,
    /// Only the entries of these units (a branch admin's part).
    pub units: Option<Vec<crate::organisation::UnitId>>,
}

#[async_trait]
pub trait AuditLog: Send + Sync + 'static {
    /// # Errors
    /// Storage failures.
    async fn record(&self, entry: AuditEntry) -> DomainResult<()>;
    /// The entries `query` asks for, newest first, with the names of the accounts they name.
    /// # Errors
    /// Storage failures.
    async fn recent(&self, query: &AuditQuery) -> DomainResult<Page<AuditRecord>>;
}

pub trait Clock: Send + Sync + 'static {
    /// Seconds since the Unix epoch.
    fn now(&self) -> i64;
}
