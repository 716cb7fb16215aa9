//! What the matching engine reads and writes besides runs: the snapshot of every customer
//! and manager, segments, manual changes, proposals with names, and small aggregates.

use async_trait::async_trait;
use portrait_domain::customer::CustomerClass;
use portrait_domain::ports::{AuditEntry, Page};
use portrait_domain::runs::{
    AssignmentRepository, ChangeView, CustomerSnapshot, JobPhase, ManagerSnapshot, ManualChange, NewRun, ProposedChange, RunRecord,
    RunStatus, RunSummary, Seat, Snapshot,
};
use portrait_domain::segmentation::Persona;
use portrait_domain::services::matching::explain::AssignmentMeta;
use portrait_domain::user::UserId;
use portrait_domain::{DomainError, error::DomainResult};
use sea_orm::ConnectionTrait;
use sea_orm::sea_query::{Expr, ExprTrait, JoinType, Order, Query};
use serde_json::json;

use crate::audit::append;
use crate::customers::combined_mask;
use crate::db::{Store, db_err, for_update, lock_rows, now};
use crate::tags::load_vocabulary;

const PAGE: u64 = 50_000;

impl Store {
    async fn customers_snapshot(&self) -> DomainResult<Vec<CustomerSnapshot>> {
        let e = DomainError::internal;
        let mut out = Vec::new();
        let mut last = i64::MIN;
        loop {
            // Keyset pages keep memory flat on a million rows.
            let query = Query::select()
                .columns(["user_id", "needs_mask", "hobbies_mask", "manager_id", "class", "match_score", "age", "total_assets", "segment"])
                .from("customer_profiles")
                .and_where(Expr::col("user_id").gt(last))
                .order_by("user_id", Order::Asc)
                .limit(PAGE)
                .to_owned();
            let rows = self.db.query_all(&query).await.map_err(db_err)?;
            let Some(tail) = rows.last() else { break };
            last = tail.try_get("", "user_id").map_err(e)?;
            for row in &rows {
                let class: Option<String> = row.try_get("", "class").map_err(e)?;
                let age: Option<i32> = row
                    .try_get::<Option<i32>>("", "age")
                    .or_else(|_| row.try_get::<Option<i16>>("", "age").map(|a| a.map(i32::from)))
                    .map_err(e)?;
                out.push(CustomerSnapshot {
                    id: row.try_get("", "user_id").map_err(e)?,
                    mask: combined_mask(row.try_get("", "needs_mask").map_err(e)?, row.try_get("", "hobbies_mask").map_err(e)?),
                    manager_id: row.try_get("", "manager_id").map_err(e)?,
                    class: class.as_deref().and_then(CustomerClass::parse),
                    score: row.try_get("", "match_score").map_err(e)?,
                    age: age.and_then(|a| u8::try_from(a).ok()),
                    assets_fen: row.try_get("", "total_assets").map_err(e)?,
                    segment: row.try_get::<Option<i32>>("", "segment").map_err(e)?.and_then(|s| u32::try_from(s).ok()),
                });
            }
            if (rows.len() as u64) < PAGE {
                break;
            }
        }
        Ok(out)
    }

    async fn managers_snapshot(&self) -> DomainResult<Vec<ManagerSnapshot>> {
        let e = DomainError::internal;
        let query = Query::select()
            .columns(["user_id", "capabilities_mask", "hobbies_mask", "capacity", "active"])
            .from("manager_profiles")
            .order_by("user_id", Order::Asc)
            .to_owned();
        self.db
            .query_all(&query)
            .await
            .map_err(db_err)?
            .iter()
            .map(|row| {
                let capacity: i32 = row.try_get("", "capacity").map_err(e)?;
                Ok(ManagerSnapshot {
                    id: row.try_get("", "user_id").map_err(e)?,
                    mask: combined_mask(row.try_get("", "capabilities_mask").map_err(e)?, row.try_get("", "hobbies_mask").map_err(e)?),
                    capacity: u32::try_from(capacity).unwrap_or(0),
                    active: row.try_get("", "active").map_err(e)?,
                })
            })
            .collect()
    }
}

#[async_trait]
impl AssignmentRepository for Store {
    async fn snapshot(&self) -> DomainResult<Snapshot> {
        Ok(Snapshot {
            customers: self.customers_snapshot().await?,
            managers: self.managers_snapshot().await?,
            vocabulary: load_vocabulary(&self.db).await?,
        })
    }

    async fn acquire_lock(&self, holder: &str, run_id: i64, stale_after: std::time::Duration) -> DomainResult<Result<(), Option<i64>>> {
        self.lock_acquire(holder, run_id, stale_after).await
    }

    async fn heartbeat(&self, holder: &str) -> DomainResult<bool> {
        self.lock_heartbeat(holder).await
    }

    async fn release_lock(&self, holder: &str) -> DomainResult<()> {
        self.lock_release(holder).await
    }

    async fn create_run(&self, run: &NewRun, holder: &str) -> DomainResult<i64> {
        self.run_create(run, holder).await
    }

    async fn set_progress(&self, run_id: i64, phase: JobPhase, progress: u8) -> DomainResult<()> {
        self.run_progress(run_id, phase, progress).await
    }

    async fn save_proposal(&self, run_id: i64, changes: &[ProposedChange]) -> DomainResult<()> {
        self.proposal_save(run_id, changes).await
    }

    async fn save_segments(&self, run_id: Option<i64>, labels: &[(UserId, u32)], personas: &[Persona]) -> DomainResult<()> {
        let txn = self.begin_write().await?;
        let k = personas.len();
        for segment in 0..k {
            let ids: Vec<i64> = labels.iter().filter(|(_, l)| *l as usize == segment).map(|(id, _)| *id).collect();
            for chunk in ids.chunks(5_000) {
                let list = chunk.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
                txn.execute_unprepared(&format!("UPDATE customer_profiles SET segment = {segment} WHERE user_id IN ({list})"))
                    .await
                    .map_err(db_err)?;
            }
        }
        txn.execute(&Query::delete().from_table("segments").to_owned()).await.map_err(db_err)?;
        let now = now();
        for persona in personas {
            let insert = Query::insert()
                .into_table("segments")
                .columns(["id", "size", "persona", "run_id", "computed_at"])
                .values_panic([
                    i64::from(persona.segment).into(),
                    i64::try_from(persona.size).unwrap_or(i64::MAX).into(),
                    serde_json::to_string(persona).unwrap_or_default().into(),
                    run_id.into(),
                    now.into(),
                ])
                .to_owned();
            txn.execute(&insert).await.map_err(db_err)?;
        }
        txn.commit().await.map_err(db_err)
    }

    async fn finish_run(
        &self,
        run_id: i64,
        status: RunStatus,
        summary: Option<&RunSummary>,
        duration_ms: i64,
        error: Option<&str>,
    ) -> DomainResult<()> {
        self.run_finish(run_id, status, summary, duration_ms, error).await
    }

    async fn apply_run(&self, run_id: i64, actor_id: UserId) -> DomainResult<u64> {
        self.run_apply(run_id, actor_id).await
    }

    async fn discard_proposal(&self, run_id: i64) -> DomainResult<bool> {
        self.run_discard(run_id).await
    }

    async fn run(&self, run_id: i64) -> DomainResult<Option<RunRecord>> {
        self.run_get(run_id).await
    }

    async fn runs(&self, page: u64, per_page: u64) -> DomainResult<Page<RunRecord>> {
        self.run_list(page, per_page).await
    }

    async fn changes(&self, run_id: i64, page: u64, per_page: u64) -> DomainResult<Page<ChangeView>> {
        let e = DomainError::internal;
        let total = Self::count_sql(&self.db, &format!("SELECT COUNT(*) FROM assignment_changes WHERE run_id = {run_id}")).await?;
        let query = Query::select()
            .expr_as(Expr::col(("ac", "customer_id")), "customer_id")
            .expr_as(Expr::col(("cu", "display_name")), "customer_name")
            .expr_as(Expr::col(("ac", "from_manager_id")), "from_manager_id")
            .expr_as(Expr::col(("fm", "display_name")), "from_manager_name")
            .expr_as(Expr::col(("ac", "to_manager_id")), "to_manager_id")
            .expr_as(Expr::col(("tm", "display_name")), "to_manager_name")
            .expr_as(Expr::col(("ac", "score_before")), "score_before")
            .expr_as(Expr::col(("ac", "score_after")), "score_after")
            .expr_as(Expr::col(("ac", "needs_match")), "needs_match")
            .expr_as(Expr::col(("ac", "hobbies_match")), "hobbies_match")
            .expr_as(Expr::col(("ac", "class")), "class")
            .expr_as(Expr::col(("ac", "reason")), "reason")
            .expr_as(Expr::col(("cp", "needs_mask")), "c_needs")
            .expr_as(Expr::col(("cp", "hobbies_mask")), "c_hobbies")
            .expr_as(Expr::col(("mp", "capabilities_mask")), "m_needs")
            .expr_as(Expr::col(("mp", "hobbies_mask")), "m_hobbies")
            .from_as("assignment_changes", "ac")
            .join_as(JoinType::InnerJoin, "users", "cu", Expr::col(("cu", "id")).equals(("ac", "customer_id")))
            .join_as(JoinType::InnerJoin, "customer_profiles", "cp", Expr::col(("cp", "user_id")).equals(("ac", "customer_id")))
            .join_as(JoinType::LeftJoin, "users", "fm", Expr::col(("fm", "id")).equals(("ac", "from_manager_id")))
            .join_as(JoinType::LeftJoin, "users", "tm", Expr::col(("tm", "id")).equals(("ac", "to_manager_id")))
            .join_as(JoinType::LeftJoin, "manager_profiles", "mp", Expr::col(("mp", "user_id")).equals(("ac", "to_manager_id")))
            .and_where(Expr::col(("ac", "run_id")).eq(run_id))
            .order_by(("ac", "id"), Order::Asc)
            .limit(per_page)
            .offset((page - 1) * per_page)
            .to_owned();
        let mut items = Vec::new();
        for row in self.db.query_all(&query).await.map_err(db_err)? {
            let m_needs: Option<i64> = row.try_get("", "m_needs").map_err(e)?;
            let m_hobbies: Option<i64> = row.try_get("", "m_hobbies").map_err(e)?;
            items.push(ChangeView {
                customer_id: row.try_get("", "customer_id").map_err(e)?,
                customer_name: row.try_get("", "customer_name").map_err(e)?,
                from_manager_id: row.try_get("", "from_manager_id").map_err(e)?,
                from_manager_name: row.try_get("", "from_manager_name").map_err(e)?,
                to_manager_id: row.try_get("", "to_manager_id").map_err(e)?,
                to_manager_name: row.try_get("", "to_manager_name").map_err(e)?,
                score_before: row.try_get("", "score_before").map_err(e)?,
                score_after: row.try_get("", "score_after").map_err(e)?,
                needs_match: row.try_get("", "needs_match").map_err(e)?,
                hobbies_match: row.try_get("", "hobbies_match").map_err(e)?,
                class: row.try_get("", "class").map_err(e)?,
                reason: row.try_get("", "reason").map_err(e)?,
                customer_mask: combined_mask(row.try_get("", "c_needs").map_err(e)?, row.try_get("", "c_hobbies").map_err(e)?),
                manager_mask: m_needs.zip(m_hobbies).map(|(n, h)| combined_mask(n, h)),
            });
        }
        Ok(Page { items, total: u64::try_from(total).unwrap_or(0), page, per_page })
    }

    async fn apply_manual(&self, change: &ManualChange) -> DomainResult<()> {
        self.retrying(|| self.write_manual(change)).await
    }

    async fn assignment_meta(&self, customer_id: UserId) -> DomainResult<Option<AssignmentMeta>> {
        let e = DomainError::internal;
        let query = Query::select()
            .columns(["assigned_reason", "assigned_by", "assigned_run", "assigned_at"])
            .from("customer_profiles")
            .and_where(Expr::col("user_id").eq(customer_id))
            .to_owned();
        let Some(row) = self.db.query_one(&query).await.map_err(db_err)? else { return Ok(None) };
        Ok(Some(AssignmentMeta {
            reason: row.try_get("", "assigned_reason").map_err(e)?,
            assigned_by: row.try_get("", "assigned_by").map_err(e)?,
            run_id: row.try_get("", "assigned_run").map_err(e)?,
            assigned_at: row.try_get("", "assigned_at").map_err(e)?,
        }))
    }

    async fn class_counts(&self) -> DomainResult<Vec<(Option<CustomerClass>, u64)>> {
        let rows = self
            .db
            .query_all_raw(sea_orm::Statement::from_string(
                self.backend(),
                "SELECT class, COUNT(*) AS n FROM customer_profiles GROUP BY class ORDER BY class".to_owned(),
            ))
            .await
            .map_err(db_err)?;
        rows.iter()
            .map(|row| {
                let class: Option<String> = row.try_get("", "class").map_err(DomainError::internal)?;
                let n: i64 = row.try_get("", "n").map_err(DomainError::internal)?;
                Ok((class.as_deref().and_then(CustomerClass::parse), u64::try_from(n).unwrap_or(0)))
            })
            .collect()
    }
}

impl Store {
    /// One attempt at a manual change. The target manager's row is locked before the
    /// customer's (the order a run's commit uses too), then the seat is decided on the load
    /// as this transaction sees it.
    async fn write_manual(&self, change: &ManualChange) -> DomainResult<()> {
        let txn = self.begin_write().await?;
        let backend = txn.get_database_backend();
        let note = match change.manager_id {
            Some(manager_id) => {
                lock_rows(&txn, "manager_profiles", "user_id", &[manager_id]).await?;
                let seat = Self::seat(&txn, manager_id, change.customer_id).await?;
                change.take_seat(&seat)?
            }
            None => change.note.clone(),
        };
        let current = format!("SELECT manager_id FROM customer_profiles WHERE user_id = {}{}", change.customer_id, for_update(backend));
        let from: Option<i64> = match txn.query_one_raw(sea_orm::Statement::from_string(backend, current)).await.map_err(db_err)? {
            Some(row) => row.try_get("", "manager_id").map_err(DomainError::internal)?,
            None => return Err(DomainError::NotFound("customer".into())),
        };
        let now = now();
        let update = Query::update()
            .table("customer_profiles")
            .value("manager_id", change.manager_id)
            .value("match_score", change.score)
            .value("needs_match", change.needs_match)
            .value("hobbies_match", change.hobbies_match)
            .value("class", change.class.map(|c| c.as_str()))
            .value("assigned_reason", change.reason.as_str())
            .value("assigned_by", change.actor_id)
            .value("assigned_run", Option::<i64>::None)
            .value("assigned_at", now)
            .value("updated_at", now)
            .and_where(Expr::col("user_id").eq(change.customer_id))
            .to_owned();
        txn.execute(&update).await.map_err(db_err)?;
        let history = Query::insert()
            .into_table("match_history")
            .columns([
                "customer_id",
                "from_manager_id",
                "to_manager_id",
                "score",
                "needs_match",
                "hobbies_match",
                "reason",
                "actor_id",
                "note",
                "created_at",
            ])
            .values_panic([
                change.customer_id.into(),
                from.into(),
                change.manager_id.into(),
                change.score.into(),
                change.needs_match.into(),
                change.hobbies_match.into(),
                change.reason.as_str().into(),
                change.actor_id.into(),
                note.clone().into(),
                now.into(),
            ])
            .to_owned();
        txn.execute(&history).await.map_err(db_err)?;
        append(
            &txn,
            &AuditEntry {
                actor_id: Some(change.actor_id),
                action: format!("assignment.{}", change.reason.as_str()),
                target: format!("user:{}", change.customer_id),
                before: Some(json!({"manager_id": from})),
                after: Some(json!({"manager_id": change.manager_id, "note": note, "score": change.score})),
                client: None,
            },
        )
        .await?;
        txn.commit().await.map_err(db_err)
    }

    /// The manager's seat as `txn` sees it (their row already locked by the caller).
    async fn seat(txn: &sea_orm::DatabaseTransaction, manager_id: UserId, customer_id: UserId) -> DomainResult<Seat> {
        let e = DomainError::internal;
        let sql = format!(
            "SELECT mp.active, mp.capacity, u.display_name, \
             (SELECT COUNT(*) FROM customer_profiles cp WHERE cp.manager_id = mp.user_id) AS held, \
             (SELECT COUNT(*) FROM customer_profiles cp WHERE cp.user_id = {customer_id} AND cp.manager_id = mp.user_id) AS there \
             FROM manager_profiles mp JOIN users u ON u.id = mp.user_id WHERE mp.user_id = {manager_id}"
        );
        let row = txn
            .query_one_raw(sea_orm::Statement::from_string(txn.get_database_backend(), sql))
            .await
            .map_err(db_err)?
            .ok_or_else(|| DomainError::NotFound("active manager".into()))?;
        let capacity: i32 = row.try_get("", "capacity").map_err(e)?;
        let load: i64 = row.try_get("", "held").map_err(e)?;
        let there: i64 = row.try_get("", "there").map_err(e)?;
        Ok(Seat {
            manager_name: row.try_get("", "display_name").map_err(e)?,
            active: row.try_get("", "active").map_err(e)?,
            capacity: u32::try_from(capacity).unwrap_or(0),
            load: u64::try_from(load).unwrap_or(0),
            already_there: there > 0,
        })
    }
}
