//! An admin's change to one customer's assignment, decided and written in one transaction
//! with the target manager's row locked, and where a customer's assignment came from.

use async_trait::async_trait;
use portrait_domain::ports::AuditEntry;
use portrait_domain::runs::{ManualAssignments, ManualChange, Seat};
use portrait_domain::services::matching::explain::AssignmentMeta;
use portrait_domain::user::UserId;
use portrait_domain::{DomainError, error::DomainResult};
use sea_orm::ConnectionTrait;
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use serde_json::json;

use crate::audit::{append, unit_of};
use crate::db::{Store, db_err, for_update, lock_rows, now};

#[async_trait]
impl ManualAssignments for Store {
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
            reason: row
                .try_get::<Option<String>>("", "assigned_reason")
                .map_err(e)?
                .as_deref()
                .map(crate::proposals::reason)
                .transpose()?,
            assigned_by: row.try_get("", "assigned_by").map_err(e)?,
            run_id: row.try_get("", "assigned_run").map_err(e)?,
            assigned_at: row.try_get("", "assigned_at").map_err(e)?,
        }))
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
                unit_id: unit_of(&txn, change.customer_id).await?,
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
