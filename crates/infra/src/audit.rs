//! The audit log: append-only rows of who did what to what, with before and after.

use async_trait::async_trait;
use portrait_domain::organisation::UnitId;
use portrait_domain::ports::{AuditEntry, AuditLog, AuditRecord, Page};
use portrait_domain::{DomainError, error::DomainResult};
use sea_orm::ConnectionTrait;
use sea_orm::sea_query::{Expr, ExprTrait, Func, Order, Query, SelectStatement};

use crate::db::{Store, db_err, now};

/// Appends one entry on any connection (inside a caller's transaction when given one).
/// # Errors
/// Storage failures.
pub async fn append<C: ConnectionTrait>(conn: &C, entry: &AuditEntry) -> DomainResult<()> {
    let json = |v: &Option<serde_json::Value>| v.as_ref().map(ToString::to_string);
    let insert = Query::insert()
        .into_table("audit_log")
        .columns(["actor_id", "action", "target", "before_state", "after_state", "client", "created_at", "unit_id"])
        .values_panic([
            entry.actor_id.into(),
            entry.action.chars().take(64).collect::<String>().into(),
            entry.target.chars().take(100).collect::<String>().into(),
            json(&entry.before).into(),
            json(&entry.after).into(),
            entry.client.as_ref().map(|c| c.chars().take(64).collect::<String>()).into(),
            now().into(),
            entry.unit_id.into(),
        ])
        .to_owned();
    conn.execute(&insert).await.map_err(db_err)?;
    Ok(())
}

/// The unit of account `user_id`, for the entry about them.
/// # Errors
/// Storage failures.
pub async fn unit_of<C: ConnectionTrait>(conn: &C, user_id: i64) -> DomainResult<Option<UnitId>> {
    let query = Query::select().column("unit_id").from("users").and_where(Expr::col("id").eq(user_id)).to_owned();
    match conn.query_one(&query).await.map_err(db_err)? {
        Some(row) => row.try_get("", "unit_id").map_err(DomainError::internal),
        None => Ok(None),
    }
}

#[async_trait]
impl AuditLog for Store {
    async fn record(&self, entry: AuditEntry) -> DomainResult<()> {
        append(&self.db, &entry).await
    }

    async fn recent(&self, units: Option<&[UnitId]>, page: u64, per_page: u64) -> DomainResult<Page<AuditRecord>> {
        let within = |query: &mut SelectStatement| {
            if let Some(units) = units {
                query.and_where(Expr::col("unit_id").is_in(units.iter().copied()));
            }
        };
        let mut count = Query::select().expr_as(Func::count(Expr::col("id")), "n").from("audit_log").to_owned();
        within(&mut count);
        let total: i64 = match self.db.query_one(&count).await.map_err(db_err)? {
            Some(row) => row.try_get("", "n").map_err(DomainError::internal)?,
            None => 0,
        };
        let mut query = Query::select()
            .columns(["id", "actor_id", "action", "target", "before_state", "after_state", "created_at", "unit_id"])
            .from("audit_log")
            .order_by("id", Order::Desc)
            .limit(per_page)
            .offset((page - 1) * per_page)
            .to_owned();
        within(&mut query);
        let parse = |s: Option<String>| s.and_then(|s| serde_json::from_str(&s).ok());
        let mut items = Vec::new();
        for row in self.db.query_all(&query).await.map_err(db_err)? {
            items.push(AuditRecord {
                id: row.try_get("", "id").map_err(DomainError::internal)?,
                actor_id: row.try_get("", "actor_id").map_err(DomainError::internal)?,
                action: row.try_get("", "action").map_err(DomainError::internal)?,
                target: row.try_get("", "target").map_err(DomainError::internal)?,
                before: parse(row.try_get("", "before_state").map_err(DomainError::internal)?),
                after: parse(row.try_get("", "after_state").map_err(DomainError::internal)?),
                at: row.try_get("", "created_at").map_err(DomainError::internal)?,
                unit_id: row.try_get("", "unit_id").map_err(DomainError::internal)?,
            });
        }
        Ok(Page { items, total: u64::try_from(total).unwrap_or(0), page, per_page })
    }
}
