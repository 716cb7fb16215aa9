//! The job lock (`job_locks`, one row): one run or import at a time across every server
//! process, refreshed by its holder's heartbeat, taken over only from a holder presumed
//! dead; and what recovery after a crash reads and ends.

use std::time::Duration;

use async_trait::async_trait;
use portrait_domain::jobs::{Liveness, liveness};
use portrait_domain::runs::{JobLock, JobPhase, RunStatus};
use portrait_domain::services::recovery::{JobRecovery, LockRecord, RunningJob};
use portrait_domain::{DomainError, error::DomainResult};
use sea_orm::ConnectionTrait;
use sea_orm::sea_query::{Expr, ExprTrait, Query};

use crate::db::{Store, db_err, now};
use crate::process::LocalProcesses;

const LOCK: &str = "assignment";

const NOTHING_APPLIED: &str =
    "interrupted: the server running this job stopped (crashed or was killed) before it finished; nothing was applied; start it again";
const ALREADY_APPLIED: &str =
    "interrupted after its changes were applied: the server stopped (crashed or was killed) before recording the summary";

fn secs(duration: Duration) -> i64 {
    i64::try_from(duration.as_secs()).unwrap_or(i64::MAX / 2)
}

impl Store {
    async fn lock_row(&self) -> DomainResult<Option<LockRecord>> {
        let query = Query::select()
            .columns(["holder", "run_id", "heartbeat_at"])
            .from("job_locks")
            .and_where(Expr::col("name").eq(LOCK))
            .to_owned();
        let Some(row) = self.db.query_one(&query).await.map_err(db_err)? else {
            return Ok(None);
        };
        let e = DomainError::internal;
        Ok(Some(LockRecord {
            holder: row.try_get("", "holder").map_err(e)?,
            run_id: row.try_get("", "run_id").map_err(e)?,
            heartbeat_at: row.try_get("", "heartbeat_at").map_err(e)?,
        }))
    }

    /// Ends a job its process abandoned (see [`JobRecovery::interrupt`]). Whether its changes
    /// were applied is read from what the applying transaction itself wrote: a run's
    /// `committed_by`, an import's `*.committed` audit entry.
    pub(crate) async fn job_interrupt(&self, run_id: i64) -> DomainResult<bool> {
        let query =
            Query::select().columns(["kind", "committed_by"]).from("assignment_runs").and_where(Expr::col("id").eq(run_id)).to_owned();
        let Some(row) = self.db.query_one(&query).await.map_err(db_err)? else {
            return Ok(false);
        };
        let kind: String = row.try_get("", "kind").map_err(DomainError::internal)?;
        let committed_by: Option<i64> = row.try_get("", "committed_by").map_err(DomainError::internal)?;
        let applied = committed_by.is_some()
            || (kind.starts_with("import_")
                && Self::count_sql(
                    &self.db,
                    &format!("SELECT COUNT(*) FROM audit_log WHERE target = 'run:{run_id}' AND action IN ('import_customers.committed', 'import_managers.committed')"),
                )
                .await?
                    > 0);
        let (status, error) = if applied { (RunStatus::Committed, ALREADY_APPLIED) } else { (RunStatus::Failed, NOTHING_APPLIED) };
        let update = Query::update()
            .table("assignment_runs")
            .value("status", status.as_str())
            .value("phase", JobPhase::Interrupted.as_str())
            .value("progress", 100)
            .value("finished_at", now())
            .value("error", error)
            .and_where(Expr::col("id").eq(run_id))
            .and_where(Expr::col("status").eq(RunStatus::Running.as_str()))
            .and_where(Expr::cust(format!("NOT EXISTS (SELECT 1 FROM job_locks WHERE job_locks.run_id = {run_id})")))
            .to_owned();
        if self.db.execute(&update).await.map_err(db_err)?.rows_affected() != 1 {
            return Ok(false);
        }
        self.db.execute_unprepared(&format!("DELETE FROM import_rows WHERE run_id = {run_id}")).await.map_err(db_err)?;
        Ok(true)
    }
}

#[async_trait]
impl JobLock for Store {
    async fn acquire_lock(&self, holder: &str, run_id: i64, stale_after: Duration) -> DomainResult<Result<(), Option<i64>>> {
        // A few rounds at most: the lock can be released or taken between two statements.
        for _ in 0..3 {
            let now = now();
            let insert = Query::insert()
                .into_table("job_locks")
                .columns(["name", "holder", "run_id", "acquired_at", "heartbeat_at"])
                .values_panic([LOCK.into(), holder.into(), run_id.into(), now.into(), now.into()])
                .to_owned();
            match self.db.execute(&insert).await.map_err(db_err) {
                Ok(_) => return Ok(Ok(())),
                Err(DomainError::Conflict { .. }) => {}
                Err(other) => return Err(other),
            }
            let Some(current) = self.lock_row().await? else {
                continue;
            };
            let stale = current.heartbeat_at < now - secs(stale_after);
            if !stale && liveness(&LocalProcesses, &current.holder) != Liveness::Dead {
                return Ok(Err(current.run_id));
            }
            // Compare-and-set on the row as read: of several takers one wins, and a holder
            // that refreshed its heartbeat meanwhile keeps the lock.
            let takeover = Query::update()
                .table("job_locks")
                .value("holder", holder)
                .value("run_id", run_id)
                .value("acquired_at", now)
                .value("heartbeat_at", now)
                .and_where(Expr::col("name").eq(LOCK))
                .and_where(Expr::col("holder").eq(current.holder.as_str()))
                .and_where(Expr::col("heartbeat_at").eq(current.heartbeat_at))
                .to_owned();
            if self.db.execute(&takeover).await.map_err(db_err)?.rows_affected() == 1 {
                tracing::warn!(previous = %current.holder, run_id = ?current.run_id, "took the job lock over from a holder presumed dead");
                if let Some(previous) = current.run_id
                    && let Err(e) = self.job_interrupt(previous).await
                {
                    tracing::warn!(run_id = previous, error = %e, "could not mark the abandoned job interrupted");
                }
                return Ok(Ok(()));
            }
        }
        Ok(Err(self.lock_row().await?.and_then(|l| l.run_id)))
    }

    async fn heartbeat(&self, holder: &str) -> DomainResult<bool> {
        let update = Query::update()
            .table("job_locks")
            .value("heartbeat_at", now())
            .and_where(Expr::col("name").eq(LOCK))
            .and_where(Expr::col("holder").eq(holder))
            .to_owned();
        // Matched rows on every backend (the MySQL driver asks for found rows).
        Ok(self.db.execute(&update).await.map_err(db_err)?.rows_affected() == 1)
    }

    async fn release_lock(&self, holder: &str) -> DomainResult<()> {
        let delete = Query::delete()
            .from_table("job_locks")
            .and_where(Expr::col("name").eq(LOCK))
            .and_where(Expr::col("holder").eq(holder))
            .to_owned();
        self.db.execute(&delete).await.map_err(db_err)?;
        Ok(())
    }
}

#[async_trait]
impl JobRecovery for Store {
    async fn current_lock(&self) -> DomainResult<Option<LockRecord>> {
        self.lock_row().await
    }

    async fn release_abandoned(&self, lock: &LockRecord) -> DomainResult<bool> {
        let delete = Query::delete()
            .from_table("job_locks")
            .and_where(Expr::col("name").eq(LOCK))
            .and_where(Expr::col("holder").eq(lock.holder.as_str()))
            .and_where(Expr::col("heartbeat_at").eq(lock.heartbeat_at))
            .to_owned();
        Ok(self.db.execute(&delete).await.map_err(db_err)?.rows_affected() == 1)
    }

    async fn running_jobs(&self) -> DomainResult<Vec<RunningJob>> {
        let query = Query::select()
            .columns(["id", "holder", "created_at"])
            .from("assignment_runs")
            .and_where(Expr::col("status").eq(RunStatus::Running.as_str()))
            .to_owned();
        let e = DomainError::internal;
        self.db
            .query_all(&query)
            .await
            .map_err(db_err)?
            .iter()
            .map(|row| {
                Ok(RunningJob {
                    id: row.try_get("", "id").map_err(e)?,
                    holder: row.try_get("", "holder").map_err(e)?,
                    created_at: row.try_get("", "created_at").map_err(e)?,
                })
            })
            .collect()
    }

    async fn interrupt(&self, run_id: i64) -> DomainResult<bool> {
        self.job_interrupt(run_id).await
    }
}
