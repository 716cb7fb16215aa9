//! HTTP bodies of data exchange: import jobs and their reports, the import mode, and the
//! admin's password change.

use std::collections::BTreeMap;

use portrait_domain::exchange::{ImportJob, ImportReport, RowProblem};
use portrait_domain::ports::Page;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::http::runs::summary::PhaseTimeDto;

#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct ImportQuery {
    /// `all_or_nothing` (default: one bad row and nothing is written) or `valid_rows`
    /// (the good rows are written, the bad ones reported).
    #[param(schema_with = crate::http::closed_sets::one_of::<portrait_domain::exchange::ImportMode>)]
    pub mode: Option<String>,
}

/// One problem of an imported file.
#[derive(Debug, Serialize, ToSchema)]
pub struct RowProblemDto {
    /// The line in the file (the header is line 1; a record spanning lines counts from its first).
    pub line: u64,
    /// The column's header name; null for a problem of the whole row.
    pub column: Option<String>,
    /// Stable code, see docs/data-exchange.md.
    #[schema(example = "unknown_tag")]
    pub code: String,
    pub message: String,
}

impl From<RowProblem> for RowProblemDto {
    fn from(p: RowProblem) -> Self {
        Self { line: p.line, column: p.column, code: p.code, message: p.message }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ImportReportDto {
    /// customers or managers.
    #[schema(schema_with = crate::http::closed_sets::one_of::<portrait_domain::exchange::ImportKind>)]
    pub kind: String,
    /// all_or_nothing or valid_rows.
    #[schema(schema_with = crate::http::closed_sets::one_of::<portrait_domain::exchange::ImportMode>)]
    pub mode: String,
    /// Data rows read so far (the header not counted).
    pub rows: u64,
    /// New users created (they have no password until an admin sets one).
    pub created: u64,
    /// Existing users updated.
    pub updated: u64,
    /// Rows not written because they have problems.
    pub rejected: u64,
    pub problem_count: u64,
    /// Every problem counted by code.
    pub problems_by_code: BTreeMap<String, u64>,
    /// The first 1,000 problems by line.
    pub problems: Vec<RowProblemDto>,
    /// More problems exist than are listed.
    pub truncated: bool,
    /// Time spent in each phase: validate, check, apply.
    pub phase_ms: Vec<PhaseTimeDto>,
}

impl From<ImportReport> for ImportReportDto {
    fn from(r: ImportReport) -> Self {
        let kind = match r.kind {
            portrait_domain::exchange::ImportKind::Customers => "customers",
            portrait_domain::exchange::ImportKind::Managers => "managers",
        };
        Self {
            kind: kind.to_owned(),
            mode: r.mode.as_str().to_owned(),
            rows: r.rows,
            created: r.created,
            updated: r.updated,
            rejected: r.rejected,
            problem_count: r.problem_count,
            problems_by_code: r.problems_by_code,
            problems: r.problems.into_iter().map(Into::into).collect(),
            truncated: r.truncated,
            phase_ms: r.phase_ms.into_iter().map(|(phase, ms)| PhaseTimeDto { phase, ms }).collect(),
        }
    }
}

/// An import job: a run record of kind `import_customers` or `import_managers`.
#[derive(Debug, Serialize, ToSchema)]
pub struct ImportJobDto {
    pub id: i64,
    /// import_customers or import_managers.
    #[schema(schema_with = crate::http::closed_sets::import_job_kind)]
    pub kind: String,
    /// running; committed (rows written); failed (nothing written: the file was rejected,
    /// see `report`, or the job failed, see `error`).
    #[schema(schema_with = crate::http::closed_sets::one_of::<portrait_domain::runs::RunStatus>)]
    pub status: String,
    /// queued, validating, checking, applying, done, failed.
    #[schema(schema_with = crate::http::closed_sets::one_of::<portrait_domain::runs::JobPhase>)]
    pub phase: String,
    /// 0–100.
    pub progress: u8,
    pub requested_by: i64,
    /// The unit whose part of the organisation it imported into; null: the whole bank.
    pub unit_id: Option<i64>,
    /// Unix seconds.
    pub created_at: i64,
    pub finished_at: Option<i64>,
    pub duration_ms: Option<i64>,
    /// Counts and problems, complete once the job has finished.
    pub report: Option<ImportReportDto>,
    pub error: Option<String>,
}

impl From<ImportJob> for ImportJobDto {
    fn from(j: ImportJob) -> Self {
        Self {
            id: j.id,
            kind: j.kind.job_kind().as_str().to_owned(),
            status: j.status.as_str().to_owned(),
            phase: j.phase,
            progress: j.progress,
            requested_by: j.requested_by,
            unit_id: j.unit_id,
            created_at: j.created_at,
            finished_at: j.finished_at,
            duration_ms: j.duration_ms,
            report: j.report.map(Into::into),
            error: j.error,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ImportJobPage {
    pub items: Vec<ImportJobDto>,
    pub total: u64,
    pub page: u64,
    pub per_page: u64,
}

impl From<Page<ImportJob>> for ImportJobPage {
    fn from(p: Page<ImportJob>) -> Self {
        Self { items: p.items.into_iter().map(Into::into).collect(), total: p.total, page: p.page, per_page: p.per_page }
    }
}

/// The filters of a customer export: those of `GET /api/customers` without paging or
/// sorting (an export holds every match, in id order).
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct CustomerExportQuery {
    /// A–E, or `unclassified` for customers without a class.
    #[param(schema_with = crate::http::closed_sets::class_filter)]
    pub class: Option<String>,
    pub manager_id: Option<i64>,
    /// Only customers without a manager.
    pub unassigned: Option<bool>,
    pub need: Option<String>,
    pub hobby: Option<String>,
    /// Part of a name or username.
    pub q: Option<String>,
    /// Only customers whose home unit is this one or below it.
    pub unit_id: Option<i64>,
}

impl From<CustomerExportQuery> for crate::http::profiles::queries::CustomerListQuery {
    fn from(q: CustomerExportQuery) -> Self {
        Self {
            page: None,
            per_page: None,
            class: q.class,
            manager_id: q.manager_id,
            unassigned: q.unassigned,
            need: q.need,
            hobby: q.hobby,
            q: q.q,
            sort: None,
            order: None,
            unit_id: q.unit_id,
        }
    }
}

/// An uploaded file's bytes, for clients that send files only as `application/octet-stream`.
/// (The handler reads the body as a stream; this type only describes it.)
pub struct UploadBytes;

impl utoipa::PartialSchema for UploadBytes {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{ObjectBuilder, Type};
        use utoipa::openapi::{KnownFormat, SchemaFormat};
        ObjectBuilder::new().schema_type(Type::String).format(Some(SchemaFormat::KnownFormat(KnownFormat::Binary))).into()
    }
}

impl ToSchema for UploadBytes {}
