//! What imports and exports need from the outside: a place to receive an upload, a file to
//! read records from, a place to stage and apply rows atomically, pages of data to export
//! and the file format they are written in.

use async_trait::async_trait;

use super::problems::{ImportKind, ImportReport};
use super::rows::{ImportRow, RawRecord};
use crate::customer::{CustomerClass, CustomerProfile};
use crate::error::DomainResult;
use crate::manager::ManagerProfile;
use crate::organisation::UnitId;
use crate::ports::{AuditEntry, CustomerQuery, Page};
use crate::runs::RunStatus;
use crate::tags::TagMask;
use crate::user::{Role, UserId};

/// Where uploads are received as their chunks arrive, before they are imported.
pub trait UploadSpool: Send + Sync + 'static {
    /// # Errors
    /// When no file can be created (the disk).
    fn create(&self) -> DomainResult<Box<dyn Upload>>;
}

/// One upload being received. Dropped before [`Upload::finish`], it leaves nothing behind.
pub trait Upload {
    /// # Errors
    /// Write failures (a full disk).
    fn write(&mut self, chunk: &[u8]) -> DomainResult<()>;
    /// Bytes received so far.
    fn received(&self) -> u64;
    /// The complete upload, ready to import.
    /// # Errors
    /// When it cannot be flushed to disk.
    fn finish(self: Box<Self>) -> DomainResult<std::sync::Arc<dyn ImportFile>>;
}

/// The file format exports are written in (CSV as Excel opens it).
pub trait ExportFormat: Send + Sync + 'static {
    fn encoder(&self) -> Box<dyn ExportEncoder>;
}

/// Turns an export's header and pages of cells into the bytes of the file.
pub trait ExportEncoder: Send {
    /// # Errors
    /// Encoding failures.
    fn header(&mut self, names: &[String]) -> DomainResult<Vec<u8>>;
    /// # Errors
    /// Encoding failures.
    fn rows(&mut self, rows: &[Vec<String>]) -> DomainResult<Vec<u8>>;
}

/// A file to import, readable as many times as needed.
pub trait ImportFile: Send + Sync + 'static {
    /// # Errors
    /// When the file cannot be opened.
    fn open(&self) -> DomainResult<Box<dyn RecordSource>>;
}

/// Records of a CSV file, in order, a batch at a time.
pub trait RecordSource: Send {
    /// The header row (line 1), empty for an empty file.
    /// # Errors
    /// I/O failures.
    fn header(&mut self) -> DomainResult<Vec<String>>;
    /// Up to `max` records; empty at the end of the file.
    /// # Errors
    /// I/O failures.
    fn next_batch(&mut self, max: usize) -> DomainResult<Vec<RawRecord>>;
    /// How far through the file, 0.0–1.0.
    fn progress(&self) -> f64;
}

/// A staged row whose username belongs to a user of another role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleConflict {
    pub line: u64,
    pub username: String,
    pub role: Role,
}

/// A staged row whose username belongs to an account outside the importing admin's part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScopeConflict {
    pub line: u64,
    pub username: String,
}

/// The part of the organisation an import writes to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportScope {
    /// Where new accounts without a unit go; `None`: the head office.
    pub home: Option<UnitId>,
    /// The units whose accounts it may change; `None`: every unit.
    pub units: Option<Vec<UnitId>>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ApplyCounts {
    pub created: u64,
    pub updated: u64,
}

/// An import job as stored: the run record's state and the import's report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportJob {
    pub id: i64,
    pub kind: ImportKind,
    pub status: RunStatus,
    pub phase: String,
    pub progress: u8,
    pub requested_by: UserId,
    /// The unit whose subtree it imported into; `None`: the whole bank.
    pub unit_id: Option<UnitId>,
    pub created_at: i64,
    pub finished_at: Option<i64>,
    pub duration_ms: Option<i64>,
    pub report: Option<ImportReport>,
    pub error: Option<String>,
}

/// Imports go through a staging area: valid rows are staged in small batches (other
/// writers are not held up, progress stays visible), then applied in one transaction.
#[async_trait]
pub trait ImportStore: Send + Sync + 'static {
    /// Forgets every staged row (left behind by a crashed import). Called with the job lock held.
    /// # Errors
    /// Storage failures.
    async fn clear_staging(&self) -> DomainResult<()>;
    /// # Errors
    /// Storage failures.
    async fn stage(&self, run_id: i64, rows: &[ImportRow]) -> DomainResult<()>;
    /// Staged rows whose username is taken by a user of a role other than `role`: the
    /// first `limit` by line, and how many there are.
    /// # Errors
    /// Storage failures.
    async fn role_conflicts(&self, run_id: i64, role: Role, limit: u64) -> DomainResult<(Vec<RoleConflict>, u64)>;
    /// Unstages the rows [`Self::role_conflicts`] finds.
    /// # Errors
    /// Storage failures.
    async fn drop_role_conflicts(&self, run_id: i64, role: Role) -> DomainResult<()>;
    /// Staged rows whose username belongs to an account of a unit outside `units`: the
    /// first `limit` by line, and how many there are.
    /// # Errors
    /// Storage failures.
    async fn scope_conflicts(&self, run_id: i64, units: &[UnitId], limit: u64) -> DomainResult<(Vec<ScopeConflict>, u64)>;
    /// Unstages the rows [`Self::scope_conflicts`] finds.
    /// # Errors
    /// Storage failures.
    async fn drop_scope_conflicts(&self, run_id: i64, units: &[UnitId]) -> DomainResult<()>;
    /// In one transaction: creates the new users (without a password) and their profiles,
    /// in their staged unit or the scope's home, updates the existing ones' names, units
    /// (where one is staged) and profiles, rewrites their tags (masks and join tables
    /// together), appends `audit`, and unstages the rows.
    /// # Errors
    /// `role_conflict` (nothing written) when a conflicting user appeared meanwhile;
    /// `unit_closed` (nothing written) when a staged unit closed meanwhile;
    /// `forbidden` (nothing written) when a staged account or unit is, by then, outside
    /// `scope`; storage failures.
    async fn apply(&self, run_id: i64, kind: ImportKind, scope: &ImportScope, audit: &AuditEntry) -> DomainResult<ApplyCounts>;
    /// Unstages a run's rows.
    /// # Errors
    /// Storage failures.
    async fn discard(&self, run_id: i64) -> DomainResult<()>;
    /// Stores the report (as it stands) and, unless still running, the final status.
    /// # Errors
    /// Storage failures.
    async fn save_report(
        &self,
        run_id: i64,
        status: RunStatus,
        report: &ImportReport,
        duration_ms: Option<i64>,
        error: Option<&str>,
    ) -> DomainResult<()>;
    /// # Errors
    /// Storage failures.
    async fn job(&self, run_id: i64) -> DomainResult<Option<ImportJob>>;
    /// Newest first; only the imports into one of `units` when given.
    /// # Errors
    /// Storage failures.
    async fn jobs(&self, units: Option<&[UnitId]>, page: u64, per_page: u64) -> DomainResult<Page<ImportJob>>;
}

/// A customer as exported: the profile and their manager's username.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomerExport {
    pub profile: CustomerProfile,
    pub manager_username: Option<String>,
}

/// A current assignment as exported; tags as bits, matched against each other on export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssignmentExport {
    pub customer_id: UserId,
    pub customer_username: String,
    pub customer_name: String,
    pub customer_mask: TagMask,
    pub manager_username: String,
    pub manager_name: String,
    pub manager_mask: TagMask,
    pub class: Option<CustomerClass>,
    pub reason: Option<String>,
    pub assigned_at: Option<i64>,
}

/// Keyset pages in user-id order: memory stays flat however many rows there are.
#[async_trait]
pub trait ExportStore: Send + Sync + 'static {
    /// Customers matching the list filters (paging and sort ignored) with an id above `after`.
    /// # Errors
    /// Storage failures.
    async fn customers_after(&self, query: &CustomerQuery, after: UserId, limit: u64) -> DomainResult<Vec<CustomerExport>>;
    /// # Errors
    /// Storage failures.
    async fn managers_after(&self, units: Option<&[UnitId]>, after: UserId, limit: u64) -> DomainResult<Vec<ManagerProfile>>;
    /// Customers with a manager, by customer id (of `units`' customers only, when given).
    /// # Errors
    /// Storage failures.
    async fn assignments_after(&self, units: Option<&[UnitId]>, after: UserId, limit: u64) -> DomainResult<Vec<AssignmentExport>>;
}
