//! Assignment runs in the database: run records, proposals and the one transaction that
//! commits a proposal. The job lock is in [`crate::job_lock`].

use portrait_domain::ErrorCode;
use portrait_domain::ports::{AuditEntry, Page};
use portrait_domain::runs::{JobPhase, NewRun, ProposedChange, RunKind, RunRecord, RunStatus, RunSummary};
use portrait_domain::user::UserId;
use portrait_domain::{DomainError, error::DomainResult};
use sea_orm::sea_query::{Expr, ExprTrait, JoinType, Order, Query};
use sea_orm::{ConnectionTrait, DatabaseBackend, QueryResult};
use serde_json::json;

use crate::audit::append;
use crate::db::{Store, db_err, for_update, insert_returning_id, now};

/// Imports share the runs table (and its lock) but are not runs.
const IMPORT_KINDS: [&str; 2] = ["import_customers", "import_managers"];

fn opt_sql<T: std::fmt::Display>(v: Option<T>) -> String {
    v.map_or_else(|| "NULL".to_owned(), |v| v.to_string())
}

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

const RUN_COLUMNS: [&str; 16] = [
    "id",
    "kind",
    "status",
    "phase",
    "progress",
    "dry_run",
    "rebalance",
    "k",
    "subject_id",
    "requested_by",
    "committed_by",
    "created_at",
    "finished_at",
    "duration_ms",
    "summary",
    "error",
];

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

/// `a` and `b` differ, counting NULL as a value.
fn differs(a: &str, b: &str) -> String {
    format!("({a} <> {b} OR ({a} IS NULL AND {b} IS NOT NULL) OR ({a} IS NOT NULL AND {b} IS NULL))")
}

impl Store {
    pub(crate) async fn count_sql<C: ConnectionTrait>(conn: &C, sql: &str) -> DomainResult<i64> {
        let row = conn.query_one_raw(sea_orm::Statement::from_string(conn.get_database_backend(), sql.to_owned())).await.map_err(db_err)?;
        match row {
            Some(row) => row.try_get_by_index::<i64>(0).map_err(DomainError::internal),
            None => Ok(0),
        }
    }

    pub(crate) async fn run_create(&self, run: &NewRun, holder: &str) -> DomainResult<i64> {
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
                run.requested_by.into(),
                now().into(),
                holder.into(),
            ]);
        insert_returning_id(&self.db, &mut insert).await.map_err(db_err)
    }

    pub(crate) async fn run_progress(&self, run_id: i64, phase: JobPhase, progress: u8) -> DomainResult<()> {
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

    pub(crate) async fn proposal_save(&self, run_id: i64, changes: &[ProposedChange]) -> DomainResult<()> {
        let txn = self.begin_write().await?;
        txn.execute(&Query::delete().from_table("assignment_changes").and_where(Expr::col("run_id").eq(run_id)).to_owned())
            .await
            .map_err(db_err)?;
        for chunk in changes.chunks(5_000) {
            let mut sql = String::from(
                "INSERT INTO assignment_changes (run_id,customer_id,from_manager_id,to_manager_id,score_before,score_after,needs_match,hobbies_match,class,reason) VALUES ",
            );
            for (i, c) in chunk.iter().enumerate() {
                if i > 0 {
                    sql.push(',');
                }
                // Every value is a number or one of our own fixed codes: safe to inline.
                sql.push_str(&format!(
                    "({run_id},{},{},{},{},{},{},{},{},'{}')",
                    c.customer_id,
                    opt_sql(c.from_manager_id),
                    opt_sql(c.to_manager_id),
                    opt_sql(c.score_before),
                    opt_sql(c.score_after),
                    opt_sql(c.needs_match),
                    opt_sql(c.hobbies_match),
                    c.class.map_or_else(|| "NULL".to_owned(), |k| format!("'{}'", k.as_str())),
                    c.reason.as_str()
                ));
            }
            txn.execute_unprepared(&sql).await.map_err(db_err)?;
        }
        txn.commit().await.map_err(db_err)
    }

    pub(crate) async fn run_finish(
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

    pub(crate) async fn run_apply(&self, run_id: i64, actor_id: UserId) -> DomainResult<u64> {
        self.retrying(|| self.apply_once(run_id, actor_id)).await
    }

    /// One attempt at applying a proposal. The run's row is locked first (a discard racing
    /// this commit waits, then finds it committed), then every manager it gives customers
    /// to, in id order (as a manual assignment locks its manager), so the capacity checked
    /// below is the capacity no one else fills meanwhile.
    async fn apply_once(&self, run_id: i64, actor_id: UserId) -> DomainResult<u64> {
        let txn = self.begin_write().await?;
        let backend = txn.get_database_backend();
        let run = format!("SELECT status FROM assignment_runs WHERE id = {run_id}{}", for_update(backend));
        let status: Option<String> = match txn.query_one_raw(sea_orm::Statement::from_string(backend, run)).await.map_err(db_err)? {
            Some(row) => Some(row.try_get("", "status").map_err(DomainError::internal)?),
            None => None,
        };
        // `running`: the engine applies its own proposal while it holds the lock.
        if !matches!(status.as_deref(), Some("proposed" | "running")) {
            return Err(DomainError::Conflict { code: ErrorCode::RunNotProposed, message: format!("run {run_id} is not a proposal") });
        }
        if backend != DatabaseBackend::Sqlite {
            let lock = format!(
                "SELECT user_id FROM manager_profiles WHERE user_id IN (SELECT to_manager_id FROM assignment_changes WHERE run_id = {run_id}) \
                 ORDER BY user_id{}",
                for_update(backend)
            );
            txn.query_all_raw(sea_orm::Statement::from_string(backend, lock)).await.map_err(db_err)?;
        }
        let moved = Self::count_sql(
            &txn,
            &format!(
                "SELECT COUNT(*) FROM assignment_changes ac JOIN customer_profiles cp ON cp.user_id = ac.customer_id WHERE ac.run_id = {run_id} AND {}",
                differs("cp.manager_id", "ac.from_manager_id")
            ),
        )
        .await?;
        if moved > 0 {
            return Err(DomainError::Conflict {
                code: ErrorCode::RunConflict,
                message: format!("{moved} customers changed manager since this run was proposed; start a new run"),
            });
        }
        let now = now();
        let pick = |column: &str| {
            format!(
                "(SELECT ac.{column} FROM assignment_changes ac WHERE ac.run_id = {run_id} AND ac.customer_id = customer_profiles.user_id)"
            )
        };
        let update = format!(
            "UPDATE customer_profiles SET manager_id = {}, match_score = {}, needs_match = {}, hobbies_match = {}, class = {}, assigned_reason = {}, \
             assigned_by = {actor_id}, assigned_run = {run_id}, assigned_at = {now}, updated_at = {now} \
             WHERE user_id IN (SELECT customer_id FROM assignment_changes WHERE run_id = {run_id})",
            pick("to_manager_id"),
            pick("score_after"),
            pick("needs_match"),
            pick("hobbies_match"),
            pick("class"),
            pick("reason"),
        );
        let changed = txn.execute_unprepared(&update).await.map_err(db_err)?.rows_affected();
        let broken = Self::count_sql(
            &txn,
            &format!(
                "SELECT COUNT(*) FROM manager_profiles mp WHERE mp.user_id IN (SELECT ac.to_manager_id FROM assignment_changes ac WHERE ac.run_id = {run_id} AND {}) \
                 AND (mp.active = {} OR (SELECT COUNT(*) FROM customer_profiles cp WHERE cp.manager_id = mp.user_id) > mp.capacity)",
                differs("ac.to_manager_id", "ac.from_manager_id"),
                if self.backend() == DatabaseBackend::Postgres { "FALSE" } else { "0" }
            ),
        )
        .await?;
        if broken > 0 {
            return Err(DomainError::Conflict {
                code: ErrorCode::RunConflict,
                message: format!(
                    "{broken} managers changed (capacity lowered or put on leave) since this run was proposed; start a new run"
                ),
            });
        }
        let history = format!(
            "INSERT INTO match_history (customer_id, from_manager_id, to_manager_id, score, needs_match, hobbies_match, reason, run_id, actor_id, created_at) \
             SELECT customer_id, from_manager_id, to_manager_id, score_after, needs_match, hobbies_match, reason, run_id, {actor_id}, {now} \
             FROM assignment_changes WHERE run_id = {run_id} AND {}",
            differs("to_manager_id", "from_manager_id")
        );
        let moves = txn.execute_unprepared(&history).await.map_err(db_err)?.rows_affected();
        // A proposal being approved becomes committed here; a run applying its own
        // proposal stays `running` until it records its summary with the final status.
        let mut mark = Query::update();
        mark.table("assignment_runs")
            .value("committed_by", actor_id)
            .and_where(Expr::col("id").eq(run_id))
            .and_where(Expr::col("status").eq(status.as_deref().unwrap_or_default()));
        if status.as_deref() == Some(RunStatus::Proposed.as_str()) {
            mark.value("status", RunStatus::Committed.as_str());
        }
        // Compare-and-set on the status read above: with the row locked it always holds, and
        // if it ever did not, nothing of this transaction would stay.
        if txn.execute(&mark).await.map_err(db_err)?.rows_affected() != 1 {
            return Err(DomainError::Conflict {
                code: ErrorCode::RunNotProposed,
                message: format!("run {run_id} changed while being committed"),
            });
        }
        append(
            &txn,
            &AuditEntry {
                actor_id: Some(actor_id),
                action: "run.commit".into(),
                target: format!("run:{run_id}"),
                after: Some(json!({"customers_updated": changed, "manager_changes": moves})),
                ..AuditEntry::default()
            },
        )
        .await?;
        txn.commit().await.map_err(db_err)?;
        Ok(changed)
    }

    /// Compare-and-set on the status: only a run still `proposed` becomes `discarded`.
    pub(crate) async fn run_discard(&self, run_id: i64) -> DomainResult<bool> {
        let update = Query::update()
            .table("assignment_runs")
            .value("status", RunStatus::Discarded.as_str())
            .and_where(Expr::col("id").eq(run_id))
            .and_where(Expr::col("status").eq(RunStatus::Proposed.as_str()))
            .to_owned();
        Ok(self.db.execute(&update).await.map_err(db_err)?.rows_affected() == 1)
    }

    pub(crate) async fn run_get(&self, run_id: i64) -> DomainResult<Option<RunRecord>> {
        let query = run_select()
            .and_where(Expr::col(("r", "id")).eq(run_id))
            .and_where(Expr::col(("r", "kind")).is_not_in(IMPORT_KINDS))
            .to_owned();
        self.db.query_one(&query).await.map_err(db_err)?.map(|r| run_from_row(&r)).transpose()
    }

    /// Assignment runs only: imports share the table (and the lock) but are listed at
    /// `/api/admin/imports`.
    pub(crate) async fn run_list(&self, page: u64, per_page: u64) -> DomainResult<Page<RunRecord>> {
        let total =
            Self::count_sql(&self.db, "SELECT COUNT(*) FROM assignment_runs WHERE kind NOT IN ('import_customers', 'import_managers')")
                .await?;
        let query = run_select()
            .and_where(Expr::col(("r", "kind")).is_not_in(IMPORT_KINDS))
            .order_by(("r", "id"), Order::Desc)
            .limit(per_page)
            .offset((page - 1) * per_page)
            .to_owned();
        let items = self.db.query_all(&query).await.map_err(db_err)?.iter().map(run_from_row).collect::<DomainResult<Vec<_>>>()?;
        Ok(Page { items, total: u64::try_from(total).unwrap_or(0), page, per_page })
    }
}
