//! The audit log: append-only rows of who did what to what, with before and after.

use async_trait::async_trait;
use portrait_domain::organisation::UnitId;
use std::collections::HashMap;

use portrait_domain::ports::{AccountName, AuditEntry, AuditLog, AuditQuery, AuditRecord, Page};
use portrait_domain::user::UserId;
use portrait_domain::{DomainError, error::DomainResult};
use sea_orm::ConnectionTrait;
use sea_orm::sea_query::{Cond, Expr, ExprTrait, Func, LikeExpr, Order, Query};

use crate::db::{Store, db_err, like_literal, now};

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

/// The conditions of `query`; the action is matched as a prefix, its wildcards escaped.
fn filters(query: &AuditQuery) -> Cond {
    let mut cond = Cond::all();
    if let Some(units) = &query.units {
        cond = cond.add(Expr::col("unit_id").is_in(units.iter().copied()));
    }
    if let Some(actor) = query.actor_id {
        cond = cond.add(Expr::col("actor_id").eq(actor));
    }
    if let Some(action) = query.action.as_deref().filter(|a| !a.is_empty()) {
        cond = cond.add(Expr::col("action").like(LikeExpr::new(format!("{}%", like_literal(action))).escape('\\')));
    }
    if let Some(target) = &query.target {
        cond = cond.add(Expr::col("target").eq(target.as_str()));
    }
    if let Some(from) = query.from {
        cond = cond.add(Expr::col("created_at").gte(from));
    }
    if let Some(to) = query.to {
        cond = cond.add(Expr::col("created_at").lte(to));
    }
    cond
}

impl Store {
    /// Fills in the names of the actors and `user:N` targets of `items`, in one query.
    async fn name_accounts(&self, items: &mut [AuditRecord]) -> DomainResult<()> {
        let target_user = |r: &AuditRecord| r.target.strip_prefix("user:").and_then(|id| id.parse::<UserId>().ok());
        let mut ids: Vec<UserId> = items.iter().filter_map(|r| r.actor_id).chain(items.iter().filter_map(target_user)).collect();
        ids.sort_unstable();
        ids.dedup();
        if ids.is_empty() {
            return Ok(());
        }
        let query =
            Query::select().columns(["id", "username", "display_name"]).from("users").and_where(Expr::col("id").is_in(ids)).to_owned();
        let e = DomainError::internal;
        let mut names = HashMap::new();
        for row in self.db.query_all(&query).await.map_err(db_err)? {
            let id: UserId = row.try_get("", "id").map_err(e)?;
            names.insert(
                id,
                AccountName { username: row.try_get("", "username").map_err(e)?, name: row.try_get("", "display_name").map_err(e)? },
            );
        }
        for item in items {
            item.actor = item.actor_id.and_then(|id| names.get(&id).cloned());
            item.target_account = target_user(item).and_then(|id| names.get(&id).cloned());
        }
        Ok(())
    }
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

    async fn recent(&self, query: &AuditQuery) -> DomainResult<Page<AuditRecord>> {
        let cond = filters(query);
        let count = Query::select().expr_as(Func::count(Expr::col("id")), "n").from("audit_log").cond_where(cond.clone()).to_owned();
        let total: i64 = match self.db.query_one(&count).await.map_err(db_err)? {
            Some(row) => row.try_get("", "n").map_err(DomainError::internal)?,
            None => 0,
        };
        let select = Query::select()
            .columns(["id", "actor_id", "action", "target", "before_state", "after_state", "created_at", "unit_id"])
            .from("audit_log")
            .cond_where(cond)
            .order_by("id", Order::Desc)
            .limit(query.per_page)
            .offset((query.page - 1) * query.per_page)
            .to_owned();
        let parse = |s: Option<String>| s.and_then(|s| serde_json::from_str(&s).ok());
        let e = DomainError::internal;
        let mut items = Vec::new();
        for row in self.db.query_all(&select).await.map_err(db_err)? {
            items.push(AuditRecord {
                id: row.try_get("", "id").map_err(e)?,
                actor_id: row.try_get("", "actor_id").map_err(e)?,
                actor: None,
                target_account: None,
                action: row.try_get("", "action").map_err(e)?,
                target: row.try_get("", "target").map_err(e)?,
                before: parse(row.try_get("", "before_state").map_err(e)?),
                after: parse(row.try_get("", "after_state").map_err(e)?),
                at: row.try_get("", "created_at").map_err(e)?,
                unit_id: row.try_get("", "unit_id").map_err(e)?,
            });
        }
        self.name_accounts(&mut items).await?;
        Ok(Page { items, total: u64::try_from(total).unwrap_or(0), page: query.page, per_page: query.per_page })
    }
}
