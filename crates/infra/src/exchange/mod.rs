//! Data exchange adapters: CSV files in and out, the import staging area, import jobs
//! and export pages — the ports of `portrait_domain::exchange` over the SQL store.

pub mod apply;
pub mod csv_file;
pub mod csv_out;
pub mod export;
pub mod jobs;
pub mod spool;
pub mod staging;

use async_trait::async_trait;
use portrait_domain::error::DomainResult;
use portrait_domain::exchange::ports::{ApplyCounts, AssignmentExport, CustomerExport, ImportScope, RoleConflict, ScopeConflict};
use portrait_domain::exchange::{ExportStore, ImportJob, ImportKind, ImportReport, ImportRow, ImportStore};
use portrait_domain::manager::ManagerProfile;
use portrait_domain::organisation::UnitId;
use portrait_domain::ports::{AuditEntry, CustomerQuery, Page};
use portrait_domain::runs::RunStatus;
use portrait_domain::user::{Role, UserId};

pub use csv_file::CsvFile;
pub use csv_out::{CsvEncoder, CsvFormat};
pub use spool::{Spool, SpoolDir, sweep_spools};

use crate::db::Store;

#[async_trait]
impl ImportStore for Store {
    async fn clear_staging(&self) -> DomainResult<()> {
        self.staging_clear().await
    }

    async fn stage(&self, run_id: i64, rows: &[ImportRow]) -> DomainResult<()> {
        self.staging_add(run_id, rows).await
    }

    async fn role_conflicts(&self, run_id: i64, role: Role, limit: u64) -> DomainResult<(Vec<RoleConflict>, u64)> {
        self.staging_conflicts(run_id, role, limit).await
    }

    async fn drop_role_conflicts(&self, run_id: i64, role: Role) -> DomainResult<()> {
        self.staging_drop_conflicts(run_id, role).await
    }

    async fn scope_conflicts(&self, run_id: i64, units: &[UnitId], limit: u64) -> DomainResult<(Vec<ScopeConflict>, u64)> {
        self.staging_scope_conflicts(run_id, units, limit).await
    }

    async fn drop_scope_conflicts(&self, run_id: i64, units: &[UnitId]) -> DomainResult<()> {
        self.staging_drop_scope_conflicts(run_id, units).await
    }

    async fn apply(&self, run_id: i64, kind: ImportKind, scope: &ImportScope, audit: &AuditEntry) -> DomainResult<ApplyCounts> {
        self.staging_apply(run_id, kind, scope, audit).await
    }

    async fn discard(&self, run_id: i64) -> DomainResult<()> {
        self.staging_discard(run_id).await
    }

    async fn save_report(
        &self,
        run_id: i64,
        status: RunStatus,
        report: &ImportReport,
        duration_ms: Option<i64>,
        error: Option<&str>,
    ) -> DomainResult<()> {
        self.import_save(run_id, status, report, duration_ms, error).await
    }

    async fn job(&self, run_id: i64) -> DomainResult<Option<ImportJob>> {
        self.import_job(run_id).await
    }

    async fn jobs(&self, units: Option<&[UnitId]>, page: u64, per_page: u64) -> DomainResult<Page<ImportJob>> {
        self.import_jobs(units, page, per_page).await
    }
}

#[async_trait]
impl ExportStore for Store {
    async fn customers_after(&self, query: &CustomerQuery, after: UserId, limit: u64) -> DomainResult<Vec<CustomerExport>> {
        self.export_customers(query, after, limit).await
    }

    async fn managers_after(&self, units: Option<&[UnitId]>, after: UserId, limit: u64) -> DomainResult<Vec<ManagerProfile>> {
        self.export_managers(units, after, limit).await
    }

    async fn assignments_after(&self, units: Option<&[UnitId]>, after: UserId, limit: u64) -> DomainResult<Vec<AssignmentExport>> {
        self.export_assignments(units, after, limit).await
    }
}
