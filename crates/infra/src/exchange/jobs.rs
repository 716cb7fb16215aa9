//! Import jobs in the run table (`assignment_runs`, kinds `import_customers` and
//! `import_managers`): the report is the run's summary JSON.

use portrait_domain::DomainError;
use portrait_domain::error::DomainResult;
use portrait_domain::exchange::{ImportJob, ImportKind, ImportReport};
use portrait_domain::organisation::UnitId;
use portrait_domain::ports::Page;
use portrait_domain::runs::{JobPhase, RunStatus};
use sea_orm::sea_query::{Expr, ExprTrait, Order, Query, SelectStatement};
use sea_orm::{ConnectionTrait, QueryResult};

use crate::db::{Store, db_err, now};

const KINDS: [&str; 2] = ["import_customers", "import_managers"];

fn job_select() -> SelectStatement {
    Query::select()
        .columns([
            "id",
            "kind",
            "status",
            "phase",
            "progress",
            "requested_by",
            "unit_id",
            "created_at",
            "finished_at",
            "duration_ms",
            "summary",
            "error",
        ])
        .from("assignment_runs")
        .and_where(Expr::col("kind").is_in(KINDS))
        .to_owned()
}

fn job_from_row(row: &QueryResult) -> DomainResult<ImportJob> {
    let e = DomainError::internal;
    let kind: String = row.try_get("", "kind").map_err(e)?;
    let status: String = row.try_get("", "status").map_err(e)?;
    let progress: i32 = row.try_get("", "progress").map_err(e)?;
    let summary: Option<String> = row.try_get("", "summary").map_err(e)?;
    Ok(ImportJob {
        id: row.try_get("", "id").map_err(e)?,
        kind: ImportKind::from_job_kind(&kind).ok_or_else(|| DomainError::internal(format!("not an import: {kind}")))?,
        status: RunStatus::parse(&status).ok_or_else(|| DomainError::internal(format!("unknown status {status}")))?,
        phase: row.try_get("", "phase").map_err(e)?,
        progress: u8::try_from(progress.clamp(0, 100)).unwrap_or(0),
        requested_by: row.try_get("", "requested_by").map_err(e)?,
        unit_id: row.try_get("", "unit_id").map_err(e)?,
        created_at: row.try_get("", "created_at").map_err(e)?,
        finished_at: row.try_get("", "finished_at").map_err(e)?,
        duration_ms: row.try_get("", "duration_ms").map_err(e)?,
        report: summary.and_then(|s| serde_json::from_str::<ImportReport>(&s).ok()),
        error: row.try_get("", "error").map_err(e)?,
    })
}

impl Store {
    pub(crate) async fn import_save(
        &self,
        run_id: i64,
        status: RunStatus,
        report: &ImportReport,
        duration_ms: Option<i64>,
        error: Option<&str>,
    ) -> DomainResult<()> {
        let json = serde_json::to_string(report).map_err(DomainError::internal)?;
        let mut update = Query::update();
        update.table("assignment_runs").value("summary", json).and_where(Expr::col("id").eq(run_id));
        if status != RunStatus::Running {
            update
                .value("status", status.as_str())
                .value("phase", if status == RunStatus::Failed { JobPhase::Failed } else { JobPhase::Done }.as_str())
                .value("progress", 100)
                .value("duration_ms", duration_ms)
                .value("finished_at", now())
                .value("error", error.map(|e| e.chars().take(500).collect::<String>()));
        }
        self.db.execute(&update).await.map_err(db_err)?;
        Ok(())
    }

    pub(crate) async fn import_job(&self, run_id: i64) -> DomainResult<Option<ImportJob>> {
        let query = job_select().and_where(Expr::col("id").eq(run_id)).to_owned();
        self.db.query_one(&query).await.map_err(db_err)?.map(|r| job_from_row(&r)).transpose()
    }

    pub(crate) async fn import_jobs(&self, units: Option<&[UnitId]>, page: u64, per_page: u64) -> DomainResult<Page<ImportJob>> {
        let mut count =
            Query::select().expr(Expr::col("id").count()).from("assignment_runs").and_where(Expr::col("kind").is_in(KINDS)).to_owned();
        let mut query = job_select().order_by("id", Order::Desc).limit(per_page).offset((page - 1) * per_page).to_owned();
        if let Some(units) = units {
            count.and_where(Expr::col("unit_id").is_in(units.iter().copied()));
            query.and_where(Expr::col("unit_id").is_in(units.iter().copied()));
        }
        let total = match self.db.query_one(&count).await.map_err(db_err)? {
            Some(row) => row.try_get_by_index::<i64>(0).map_err(DomainError::internal)?,
            None => 0,
        };
        let items = self.db.query_all(&query).await.map_err(db_err)?.iter().map(job_from_row).collect::<DomainResult<Vec<_>>>()?;
        Ok(Page { items, total: u64::try_from(total).unwrap_or(0), page, per_page })
    }
}
