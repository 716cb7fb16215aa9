//! Proposals in the database (`assignment_changes`): a run's proposed changes stored, read
//! page by page with names, applied in the one transaction that commits them, or discarded.

use async_trait::async_trait;
use portrait_domain::ErrorCode;
use portrait_domain::customer::CustomerClass;
use portrait_domain::ports::{AuditEntry, Page};
use portrait_domain::runs::{AssignmentReason, ChangeView, Departure, Proposals, ProposedChange, RunStatus};
use portrait_domain::user::UserId;
use portrait_domain::{DomainError, error::DomainResult};
use sea_orm::sea_query::{Expr, ExprTrait, JoinType, Order, Query};
use sea_orm::{ConnectionTrait, DatabaseBackend};
use serde_json::json;

use crate::audit::append;
use crate::customers::combined_mask;
use crate::db::{Store, db_err, for_update, now};
use crate::departure::apply_departure;

/// A stored reason; one the code does not know is a broken row, not a client's mistake.
pub(crate) fn reason(text: &str) -> DomainResult<AssignmentReason> {
    AssignmentReason::parse(text).ok_or_else(|| DomainError::internal(format!("unknown assignment reason {text}")))
}

fn opt_sql<T: std::fmt::Display>(v: Option<T>) -> String {
    v.map_or_else(|| "NULL".to_owned(), |v| v.to_string())
}

/// `a` and `b` differ, counting NULL as a value.
fn differs(a: &str, b: &str) -> String {
    format!("({a} <> {b} OR ({a} IS NULL AND {b} IS NOT NULL) OR ({a} IS NOT NULL AND {b} IS NULL))")
}

#[async_trait]
impl Proposals for Store {
    async fn save_proposal(&self, run_id: i64, changes: &[ProposedChange]) -> DomainResult<()> {
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
                class: row.try_get::<Option<String>>("", "class").map_err(e)?.as_deref().and_then(CustomerClass::parse),
                reason: reason(&row.try_get::<String>("", "reason").map_err(e)?)?,
                customer_mask: combined_mask(row.try_get("", "c_needs").map_err(e)?, row.try_get("", "c_hobbies").map_err(e)?),
                manager_mask: m_needs.zip(m_hobbies).map(|(n, h)| combined_mask(n, h)),
            });
        }
        Ok(Page { items, total: u64::try_from(total).unwrap_or(0), page, per_page })
    }

    async fn apply_run(&self, run_id: i64, actor_id: UserId) -> DomainResult<u64> {
        self.retrying(|| self.apply_once(run_id, actor_id)).await
    }

    /// Compare-and-set on the status: only a run still `proposed` becomes `discarded`.
    async fn discard_proposal(&self, run_id: i64) -> DomainResult<bool> {
        let update = Query::update()
            .table("assignment_runs")
            .value("status", RunStatus::Discarded.as_str())
            .and_where(Expr::col("id").eq(run_id))
            .and_where(Expr::col("status").eq(RunStatus::Proposed.as_str()))
            .to_owned();
        Ok(self.db.execute(&update).await.map_err(db_err)?.rows_affected() == 1)
    }
}

impl Store {
    /// One attempt at applying a proposal. The run's row is locked first (a discard racing
    /// this commit waits, then finds it committed), then every manager it gives customers
    /// to, in id order (as a manual assignment locks its manager), so the capacity checked
    /// below is the capacity no one else fills meanwhile.
    async fn apply_once(&self, run_id: i64, actor_id: UserId) -> DomainResult<u64> {
        let txn = self.begin_write().await?;
        let backend = txn.get_database_backend();
        let run = format!("SELECT status, subject_id, departure, unit_id FROM assignment_runs WHERE id = {run_id}{}", for_update(backend));
        let (status, departure, unit) = match txn.query_one_raw(sea_orm::Statement::from_string(backend, run)).await.map_err(db_err)? {
            Some(row) => {
                let e = DomainError::internal;
                let departure: Option<String> = row.try_get("", "departure").map_err(e)?;
                let subject: Option<UserId> = row.try_get("", "subject_id").map_err(e)?;
                let departure = departure.as_deref().and_then(Departure::parse).zip(subject);
                let unit: Option<i64> = row.try_get("", "unit_id").map_err(e)?;
                (Some(row.try_get::<String>("", "status").map_err(e)?), departure, unit)
            }
            None => (None, None, None),
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
        if let Some((departure, manager)) = departure {
            apply_departure(&txn, run_id, manager, departure, actor_id).await?;
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
                unit_id: unit,
                ..AuditEntry::default()
            },
        )
        .await?;
        txn.commit().await.map_err(db_err)?;
        Ok(changed)
    }
}
