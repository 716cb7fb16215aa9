//! The job locks (`job_locks`, one row per running job, named by the unit whose subtree it
//! covers): jobs over overlapping parts of the organisation one at a time across every server
//! process, over disjoint ones side by side; refreshed by each holder's heartbeat, taken over
//! only from a holder presumed dead; and what recovery after a crash reads and ends.

use std::time::Duration;

use async_trait::async_trait;
use portrait_domain::jobs::{Liveness, liveness};
use portrait_domain::organisation::UnitId;
use portrait_domain::organisation::unit::nested;
use portrait_domain::runs::{JobLock, JobPhase, RunStatus};
use portrait_domain::services::recovery::{JobRecovery, LockRecord, RunningJob};
use portrait_domain::{DomainError, error::DomainResult};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ConnectionTrait, QueryResult, Statement};

use crate::db::{Store, db_err, for_update, now};
use crate::process::LocalProcesses;

const LOCK: &str = "assignment";

const NOTHING_APPLIED: &str =
    "interrupted: the server running this job stopped (crashed or was killed) before it finished; nothing was applied; start it again";
const ALREADY_APPLIED: &str =
    "interrupted after its changes were applied: the server stopped (crashed or was killed) before recording the summary";

fn secs(duration: Duration) -> i64 {
    i64::try_from(duration.as_secs()).unwrap_or(i64::MAX / 2)
}

fn lock_record(row: &QueryResult) -> DomainResult<LockRecord> {
    let e = DomainError::internal;
    Ok(LockRecord {
        holder: row.try_get("", "holder").map_err(e)?,
        run_id: row.try_get("", "run_id").map_err(e)?,
        heartbeat_at: row.try_get("", "heartbeat_at").map_err(e)?,
    })
}

impl Store {
    async fn lock_rows(&self) -> DomainResult<Vec<LockRecord>> {
        let query = Query::select().columns(["holder", "run_id", "heartbeat_at"]).from("job_locks").to_owned();
        self.db.query_all(&query).await.map_err(db_err)?.iter().map(lock_record).collect()
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

/// What one attempt at taking a lock found.
enum Attempt {
    /// Taken, from these runs' dead holders where it had to be taken over.
    Taken(Vec<i64>),
    /// An overlapping lock is held (by this run, when known).
    Busy(Option<i64>),
}

/// The lock row of a job over `unit`'s subtree; the whole bank's keeps the name it always had.
fn lock_name(unit: Option<UnitId>) -> String {
    unit.map_or_else(|| LOCK.to_owned(), |unit| format!("{LOCK}:unit:{unit}"))
}

/// The unit a lock row covers; `None` for the whole bank.
fn lock_unit(name: &str) -> Option<UnitId> {
    name.strip_prefix(LOCK).and_then(|rest| rest.strip_prefix(":unit:")).and_then(|id| id.parse().ok())
}

impl Store {
    /// One attempt, in one transaction: every lock overlapping `unit`'s subtree is read with the
    /// organisation's root row locked (SQLite's write transaction serialises it anyway), so two
    /// takers of overlapping locks run one after the other and the second sees the first.
    async fn try_acquire(&self, holder: &str, run_id: i64, stale_after: Duration, unit: Option<UnitId>) -> DomainResult<Attempt> {
        let txn = self.begin_write().await?;
        let backend = txn.get_database_backend();
        let e = DomainError::internal;
        let guard = format!("SELECT id FROM org_units WHERE parent_id IS NULL{}", for_update(backend));
        txn.query_all_raw(Statement::from_string(backend, guard)).await.map_err(db_err)?;
        let held = format!("SELECT name, holder, run_id, heartbeat_at FROM job_locks{}", for_update(backend));
        let held = txn.query_all_raw(Statement::from_string(backend, held)).await.map_err(db_err)?;
        let parents: Vec<(UnitId, Option<UnitId>)> = txn
            .query_all_raw(Statement::from_string(backend, "SELECT id, parent_id FROM org_units".to_owned()))
            .await
            .map_err(db_err)?
            .iter()
            .map(|row| Ok((row.try_get("", "id").map_err(e)?, row.try_get("", "parent_id").map_err(e)?)))
            .collect::<DomainResult<_>>()?;
        let now = now();
        let mut taken_over = Vec::new();
        for row in &held {
            let name: String = row.try_get("", "name").map_err(e)?;
            let overlaps = match (unit, lock_unit(&name)) {
                (Some(mine), Some(theirs)) => nested(&parents, mine, theirs),
                _ => true,
            };
            if !overlaps {
                continue;
            }
            let current = lock_record(row)?;
            let stale = current.heartbeat_at < now - secs(stale_after);
            if !stale && liveness(&LocalProcesses, &current.holder) != Liveness::Dead {
                return Ok(Attempt::Busy(current.run_id));
            }
            let delete = Query::delete().from_table("job_locks").and_where(Expr::col("name").eq(name.as_str())).to_owned();
            txn.execute(&delete).await.map_err(db_err)?;
            tracing::warn!(previous = %current.holder, run_id = ?current.run_id, "took the job lock over from a holder presumed dead");
            taken_over.extend(current.run_id);
        }
        let insert = Query::insert()
            .into_table("job_locks")
            .columns(["name", "holder", "run_id", "acquired_at", "heartbeat_at"])
            .values_panic([lock_name(unit).into(), holder.into(), run_id.into(), now.into(), now.into()])
            .to_owned();
        txn.execute(&insert).await.map_err(db_err)?;
        txn.commit().await.map_err(db_err)?;
        Ok(Attempt::Taken(taken_over))
    }
}

#[async_trait]
impl JobLock for Store {
    async fn acquire_lock(
        &self,
        holder: &str,
        run_id: i64,
        stale_after: Duration,
        unit: Option<UnitId>,
    ) -> DomainResult<Result<(), Option<i64>>> {
        match self.retrying(|| self.try_acquire(holder, run_id, stale_after, unit)).await? {
            Attempt::Busy(holding) => Ok(Err(holding)),
            Attempt::Taken(previous) => {
                for run in previous {
                    if let Err(e) = self.job_interrupt(run).await {
                        tracing::warn!(run_id = run, error = %e, "could not mark the abandoned job interrupted");
                    }
                }
                Ok(Ok(()))
            }
        }
    }

    async fn heartbeat(&self, holder: &str, run_id: i64) -> DomainResult<bool> {
        let update = Query::update()
            .table("job_locks")
            .value("heartbeat_at", now())
            .and_where(Expr::col("run_id").eq(run_id))
            .and_where(Expr::col("holder").eq(holder))
            .to_owned();
        // Matched rows on every backend (the MySQL driver asks for found rows).
        Ok(self.db.execute(&update).await.map_err(db_err)?.rows_affected() == 1)
    }

    async fn release_lock(&self, holder: &str, run_id: i64) -> DomainResult<()> {
        let delete = Query::delete()
            .from_table("job_locks")
            .and_where(Expr::col("run_id").eq(run_id))
            .and_where(Expr::col("holder").eq(holder))
            .to_owned();
        self.db.execute(&delete).await.map_err(db_err)?;
        Ok(())
    }
}

#[async_trait]
impl JobRecovery for Store {
    async fn current_locks(&self) -> DomainResult<Vec<LockRecord>> {
        self.lock_rows().await
    }

    async fn release_abandoned(&self, lock: &LockRecord) -> DomainResult<bool> {
        let run = match lock.run_id {
            Some(run) => Expr::col("run_id").eq(run),
            None => Expr::col("run_id").is_null(),
        };
        let delete = Query::delete()
            .from_table("job_locks")
            .and_where(run)
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
