//! The run log in the database (`assignment_runs`): every job's record — runs and imports —
//! created, moved through its phases, finished and read back.

use async_trait::async_trait;
use portrait_domain::organisation::UnitId;
use portrait_domain::ports::Page;
use portrait_domain::runs::{Departure, JobPhase, NewRun, RunKind, RunLog, RunRecord, RunStatus, RunSummary};
use portrait_domain::{DomainError, error::DomainResult};
use sea_orm::sea_query::{Asterisk, Expr, ExprTrait, JoinType, Order, Query, SimpleExpr};
use sea_orm::{ConnectionTrait, QueryResult};

use crate::db::{Store, db_err, insert_returning_id, now};

/// Imports share the runs table (and its lock) but are not runs.
const IMPORT_KINDS: [&str; 2] = ["import_customers", "import_managers"];

const RUN_COLUMNS: [&str; 18] = [
    "id",
    "kind",
    "status",
    "phase",
    "progress",
    "dry_run",
    "rebalance",
    "k",
    "subject_id",
    "departure",
    "unit_id",
    "requested_by",
    "committed_by",
    "created_at",
    "finished_at",
    "duration_ms",
    "summary",
    "error",
];

fn run_from_row(row: &QueryResult) -> DomainResult<RunRecord> {
    let e = DomainError::internal;
    let status: String = row.try_get("", "status").map_err(e)?;
    let summary: Option<String> = row.try_get("", "summary").map_err(e)?;
    let progress: i32 = row.try_get("", "progress").map_err(e)?;
    let kind: String = row.try_get("", "kind").map_err(e)?;
    let phase: String = row.try_get("", "phase").map_err(e)?;
    Ok(RunRecord {
        id: row.try_get("", "id").map_err(e)?,
        kind: RunKind::parse(&kind).ok_or_else(|| DomainError::internal(format!("unknown run kind {kind}")))?,
        status: RunStatus::parse(&status).ok_or_else(|| DomainError::internal(format!("unknown run status {status}")))?,
        phase: JobPhase::parse(&phase).ok_or_else(|| DomainError::internal(format!("unknown phase {phase}")))?,
        progress: u8::try_from(progress.clamp(0, 100)).unwrap_or(0),
        dry_run: row.try_get("", "dry_run").map_err(e)?,
        rebalance: row.try_get("", "rebalance").map_err(e)?,
        k: row.try_get("", "k").map_err(e)?,
        subject_id: row.try_get("", "subject_id").map_err(e)?,
        departure: row
            .try_get::<Option<String>>("", "departure")
            .map_err(e)?
            .map(|d| Departure::parse(&d).ok_or_else(|| DomainError::internal(format!("unknown departure {d}"))))
            .transpose()?,
        unit_id: row.try_get("", "unit_id").map_err(e)?,
        requested_by: row.try_get("", "requested_by").map_err(e)?,
        committed_by: row.try_get("", "committed_by").map_err(e)?,
        requested_by_name: row.try_get("", "requested_by_name").map_err(e)?,
        committed_by_name: row.try_get("", "committed_by_name").map_err(e)?,
        created_at: row.try_get("", "created_at").map_err(e)?,
        finished_at: row.try_get("", "finished_at").map_err(e)?,
        duration_ms: row.try_get("", "duration_ms").map_err(e)?,
        summary: summary.and_then(|s| serde_json::from_str::<RunSummary>(&s).ok()),
        error: row.try_get("", "error").map_err(e)?,
    })
}

/// Runs with the names of who requested and who committed them.
fn run_select() -> sea_orm::sea_query::SelectStatement {
    let mut query = Query::select();
    for column in RUN_COLUMNS {
        query.column(("r", column));
    }
    query
        .expr_as(Expr::col(("ru", "display_name")), "requested_by_name")
        .expr_as(Expr::col(("cu", "display_name")), "committed_by_name")
        .from_as("assignment_runs", "r")
        .join_as(JoinType::LeftJoin, "users", "ru", Expr::col(("ru", "id")).equals(("r", "requested_by")))
        .join_as(JoinType::LeftJoin, "users", "cu", Expr::col(("cu", "id")).equals(("r", "committed_by")))
        .to_owned()
}

impl Store {
    /// One page of the runs `filter` keeps, newest first, and how many it keeps.
    async fn runs_where(&self, filter: SimpleExpr, page: u64, per_page: u64) -> DomainResult<Page<RunRecord>> {
        let count = Query::select().expr(Expr::col(Asterisk).count()).from_as("assignment_runs", "r").and_where(filter.clone()).to_owned();
        let total: i64 = match self.db.query_one(&count).await.map_err(db_err)? {
            Some(row) => row.try_get_by_index(0).map_err(DomainError::internal)?,
            None => 0,
        };
        let query =
            run_select().and_where(filter).order_by(("r", "id"), Order::Desc).limit(per_page).offset((page - 1) * per_page).to_owned();
        let items = self.db.query_all(&query).await.map_err(db_err)?.iter().map(run_from_row).collect::<DomainResult<Vec<_>>>()?;
        Ok(Page { items, total: u64::try_from(total).unwrap_or(0), page, per_page })
    }
}

#[async_trait]
impl RunLog for Store {
    async fn create_run(&self, run: &NewRun, holder: &str) -> DomainResult<i64> {
        let mut insert = Query::insert();
        insert
            .into_table("assignment_runs")
            .columns([
                "kind",
                "status",
                "phase",
                "progress",
                "dry_run",
                "rebalance",
                "k",
                "subject_id",
                "departure",
                "unit_id",
                "requested_by",
                "created_at",
                "holder",
            ])
            .values_panic([
                run.kind.as_str().into(),
                RunStatus::Running.as_str().into(),
                "queued".into(),
                0i32.into(),
                run.dry_run.into(),
                run.rebalance.into(),
                run.k.into(),
                run.subject_id.into(),
                run.departure.map(Departure::as_str).into(),
                run.unit_id.into(),
                run.requested_by.into(),
                now().into(),
                holder.into(),
            ]);
        insert_returning_id(&self.db, &mut insert).await.map_err(db_err)
    }

    async fn set_progress(&self, run_id: i64, phase: JobPhase, progress: u8) -> DomainResult<()> {
        // Logged here, the one place every job's phases pass, under the job's span.
        tracing::info!(phase = phase.as_str(), progress, "job phase");
        let update = Query::update()
            .table("assignment_runs")
            .value("phase", phase.as_str())
            .value("progress", i32::from(progress))
            .and_where(Expr::col("id").eq(run_id))
            .and_where(Expr::col("status").eq(RunStatus::Running.as_str()))
            .to_owned();
        self.db.execute(&update).await.map_err(db_err)?;
        Ok(())
    }

    async fn finish_run(
        &self,
        run_id: i64,
        status: RunStatus,
        summary: Option<&RunSummary>,
        duration_ms: i64,
        error: Option<&str>,
    ) -> DomainResult<()> {
        let summary = summary.map(|s| serde_json::to_string(s).unwrap_or_default());
        let update = Query::update()
            .table("assignment_runs")
            .value("status", status.as_str())
            .value("phase", if status == RunStatus::Failed { JobPhase::Failed } else { JobPhase::Done }.as_str())
            .value("progress", 100)
            .value("summary", summary)
            .value("duration_ms", duration_ms)
            .value("finished_at", now())
            .value("error", error.map(|e| e.chars().take(500).collect::<String>()))
            .and_where(Expr::col("id").eq(run_id))
            .to_owned();
        self.db.execute(&update).await.map_err(db_err)?;
        Ok(())
    }

    async fn run(&self, run_id: i64) -> DomainResult<Option<RunRecord>> {
        let query = run_select()
            .and_where(Expr::col(("r", "id")).eq(run_id))
            .and_where(Expr::col(("r", "kind")).is_not_in(IMPORT_KINDS))
            .to_owned();
        self.db.query_one(&query).await.map_err(db_err)?.map(|r| run_from_row(&r)).transpose()
    }

    /// Assignment runs only: imports share the table (and the lock) but are listed at
    /// `/api/admin/imports`.
    async fn runs(&self, page: u64, per_page: u64) -> DomainResult<Page<RunRecord>> {
        self.runs_where(Expr::col(("r", "kind")).is_not_in(IMPORT_KINDS), page, per_page).await
    }

    async fn unit_runs(&self, units: &[UnitId], page: u64, per_page: u64) -> DomainResult<Page<RunRecord>> {
        self.runs_where(Expr::col(("r", "unit_id")).is_in(units.iter().copied()), page, per_page).await
    }
}
