//! Failed logins in the `login_failures` table: one row per key per failure, counted over
//! the throttle's window by every replica alike.

use async_trait::async_trait;
use portrait_domain::ports::LoginFailures;
use portrait_domain::{DomainError, error::DomainResult};
use sea_orm::ConnectionTrait;
use sea_orm::sea_query::{Expr, ExprTrait, Func, Query};

use crate::db::{Store, db_err};

#[async_trait]
impl LoginFailures for Store {
    async fn recent(&self, keys: &[String], since: i64) -> DomainResult<Vec<(String, u32, i64)>> {
        let query = Query::select()
            .column("subject")
            .expr_as(Func::count(Expr::col("at")), "n")
            .expr_as(Func::min(Expr::col("at")), "oldest")
            .from("login_failures")
            .and_where(Expr::col("subject").is_in(keys.iter().cloned()))
            .and_where(Expr::col("at").gte(since))
            .group_by_col("subject")
            .to_owned();
        let mut recent = Vec::new();
        for row in self.db.query_all(&query).await.map_err(db_err)? {
            let subject: String = row.try_get("", "subject").map_err(DomainError::internal)?;
            let count: i64 = row.try_get("", "n").map_err(DomainError::internal)?;
            let oldest: i64 = row.try_get("", "oldest").map_err(DomainError::internal)?;
            recent.push((subject, u32::try_from(count).unwrap_or(u32::MAX), oldest));
        }
        Ok(recent)
    }

    async fn record(&self, keys: &[String], at: i64, forget_before: i64) -> DomainResult<()> {
        let mut insert = Query::insert();
        insert.into_table("login_failures").columns(["subject", "at"]);
        for key in keys {
            insert.values_panic([key.clone().into(), at.into()]);
        }
        self.db.execute(&insert).await.map_err(db_err)?;
        // Failures older than the window no longer count for anyone. Pruning is housekeeping:
        // a failure here (a lock wait under a storm) must not fail the login that caused it.
        let prune = Query::delete().from_table("login_failures").and_where(Expr::col("at").lt(forget_before)).to_owned();
        if let Err(e) = self.db.execute(&prune).await {
            tracing::warn!(error = %e, "could not prune old login failures");
        }
        Ok(())
    }

    async fn clear(&self, key: &str) -> DomainResult<()> {
        let delete = Query::delete().from_table("login_failures").and_where(Expr::col("subject").eq(key)).to_owned();
        self.db.execute(&delete).await.map_err(db_err)?;
        Ok(())
    }
}
