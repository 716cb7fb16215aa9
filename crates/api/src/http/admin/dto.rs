//! The audit log's query and bodies.

use portrait_domain::ports::{AccountName, AuditRecord, Page};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Serialize, ToSchema)]
pub struct AuditRecordDto {
    pub id: i64,
    pub actor_id: Option<i64>,
    /// The actor's account, when it still exists (null for a system event).
    pub actor: Option<AccountNameDto>,
    /// The account a `user:N` target names, when it still exists.
    pub target_account: Option<AccountNameDto>,
    pub action: String,
    pub target: String,
    #[schema(value_type = Option<Object>)]
    pub before: Option<serde_json::Value>,
    #[schema(value_type = Option<Object>)]
    pub after: Option<serde_json::Value>,
    /// Unix seconds.
    pub at: i64,
    /// The unit of what changed; null for bank-wide changes (and entries from before units).
    pub unit_id: Option<i64>,
}

/// An account as people know it.
#[derive(Debug, Serialize, ToSchema)]
pub struct AccountNameDto {
    pub username: String,
    pub name: String,
}

impl From<AccountName> for AccountNameDto {
    fn from(a: AccountName) -> Self {
        Self { username: a.username, name: a.name }
    }
}

/// Which entries to read; all given filters hold.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct AuditLogQuery {
    /// From 1.
    #[param(schema_with = crate::http::request_limits::page)]
    pub page: Option<u64>,
    /// 1–500, default 50.
    #[param(schema_with = crate::http::request_limits::per_page)]
    pub per_page: Option<u64>,
    /// Only what this account did.
    pub actor_id: Option<i64>,
    /// An action or its start: `run.commit`, or `run.` for every run event.
    pub action: Option<String>,
    /// A target exactly as recorded: `user:7`, `run:12`, `unit:3`, `tag:need:loan`.
    pub target: Option<String>,
    /// Unix seconds, inclusive.
    pub from: Option<i64>,
    /// Unix seconds, inclusive.
    pub to: Option<i64>,
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
                    actor: r.actor.map(Into::into),
                    target_account: r.target_account.map(Into::into),
                    action: r.action,
                    target: r.target,
                    before: r.before,
                    after: r.after,
                    at: r.at,
                    unit_id: r.unit_id,
                })
                .collect(),
            total: p.total,
            page: p.page,
            per_page: p.per_page,
        }
    }
}
