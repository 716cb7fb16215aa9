//! The exchange's read side: an admin's imports, and exports of their part of the
//! organisation.

use std::sync::Arc;

use serde_json::json;

use super::export::{ExportCursor, ExportKind};
use super::ports::ImportJob;
use super::service::{ExchangeService, not_found};
use crate::error::DomainResult;
use crate::organisation::{admin_scope, list_units};
use crate::ports::{AuditEntry, Page};
use crate::user::Actor;

impl ExchangeService {
    /// An import of the admin's part (a branch admin's own imports and those of units below).
    /// # Errors
    /// `forbidden` (also for another part's import), `not_found` (also for a run that is not
    /// an import).
    pub async fn import_job(&self, actor: Actor, id: i64) -> DomainResult<ImportJob> {
        let scope = admin_scope(self.units.as_ref(), actor).await?;
        let job = self.imports.job(id).await?.ok_or_else(not_found)?;
        scope.require_run(job.unit_id)?;
        Ok(job)
    }

    /// # Errors
    /// `forbidden`, `invalid_page`, `invalid_per_page`.
    pub async fn import_jobs(&self, actor: Actor, page: u64, per_page: u64) -> DomainResult<Page<ImportJob>> {
        crate::ports::check_page(page, per_page)?;
        let units = list_units(self.units.as_ref(), actor, None).await?;
        self.imports.jobs(units.as_deref(), page, per_page).await
    }

    /// Opens an export of the admin's part of the organisation — the whole bank for the head
    /// office — (audited: a file of every customer is worth knowing about).
    /// # Errors
    /// `forbidden` unless an admin (or for a `unit_id` outside their part); `not_found` for
    /// an unknown unit.
    pub async fn export(&self, actor: Actor, mut kind: ExportKind) -> DomainResult<ExportCursor> {
        let units = list_units(self.units.as_ref(), actor, None).await?;
        if let ExportKind::Customers(query) = &mut kind {
            query.units = list_units(self.units.as_ref(), actor, query.unit_id).await?;
        }
        let vocabulary = self.tags.vocabulary().await?;
        let filters = match &kind {
            ExportKind::Customers(q) => json!({
                "class": q.class.map(|c| c.as_str()), "manager_id": q.manager_id, "unassigned": q.unassigned,
                "need": q.need, "hobby": q.hobby, "q": q.search, "unit_id": q.unit_id, "units": q.units,
            }),
            _ => json!({"units": units}),
        };
        self.audit
            .record(AuditEntry {
                actor_id: Some(actor.id),
                action: format!("export.{}", kind.name()),
                target: format!("export:{}", kind.name()),
                after: Some(filters),
                // A branch admin's export is an event of their part; the head office's of the bank.
                unit_id: actor.unit_scope,
                ..AuditEntry::default()
            })
            .await?;
        Ok(ExportCursor::new(Arc::clone(&self.exports), kind, vocabulary, units))
    }
}
