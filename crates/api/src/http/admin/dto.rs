//! Bodies of the audit log.

use portrait_domain::ports::{AuditRecord, Page};
use serde::Serialize;
use utoipa::ToSchema;

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
    /// The unit of what changed; null for bank-wide changes (and entries from before units).
    pub unit_id: Option<i64>,
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
                    unit_id: r.unit_id,
                })
                .collect(),
            total: p.total,
            page: p.page,
            per_page: p.per_page,
        }
    }
}
