//! Login and registration attempts in the `login_failures` table: one row per key per
//! attempt, tagged with the attempt's id, counted over the throttle's windows by every replica
//! alike.
//!
//! `reserve` is two statements, each committed on its own: the insert, then the count. Of
//! attempts racing on one key, whichever counts last sees every insert committed before its
//! count started — its own and all earlier ones — so no more than the limit see a count within
//! it (READ COMMITTED on PostgreSQL, a fresh snapshot per autocommit statement on MySQL, a new
//! read transaction per statement on SQLite).

use async_trait::async_trait;
use portrait_domain::ports::{AttemptKey, KeyCount, LoginFailures};
use portrait_domain::{DomainError, error::DomainResult};
use sea_orm::ConnectionTrait;
use sea_orm::sea_query::{Condition, Expr, ExprTrait, Func, Query};

use crate::db::{Store, db_err};

#[async_trait]
impl LoginFailures for Store {
    async fn reserve(&self, keys: &[AttemptKey], at: i64) -> DomainResult<(String, Vec<KeyCount>)> {
        let attempt = uuid::Uuid::new_v4().simple().to_string();
        let mut insert = Query::insert();
        insert.into_table("login_failures").columns(["subject", "at", "attempt"]);
        for key in keys {
            insert.values_panic([key.key.clone().into(), at.into(), attempt.clone().into()]);
        }
        self.db.execute(&insert).await.map_err(db_err)?;
        let mut windows = Condition::any();
        for key in keys {
            windows = windows.add(Expr::col("subject").eq(key.key.clone()).and(Expr::col("at").gte(key.since)));
        }
        let query = Query::select()
            .column("subject")
            .expr_as(Func::count(Expr::col("at")), "n")
            .expr_as(Func::min(Expr::col("at")), "oldest")
            .from("login_failures")
            .cond_where(windows)
            .group_by_col("subject")
            .to_owned();
        let mut counts = Vec::with_capacity(keys.len());
        for row in self.db.query_all(&query).await.map_err(db_err)? {
            let key: String = row.try_get("", "subject").map_err(DomainError::internal)?;
            let count: i64 = row.try_get("", "n").map_err(DomainError::internal)?;
            let oldest: i64 = row.try_get("", "oldest").map_err(DomainError::internal)?;
            counts.push(KeyCount { key, count: u32::try_from(count).unwrap_or(u32::MAX), oldest });
        }
        Ok((attempt, counts))
    }

    async fn release(&self, attempt: &str, keys: &[String], at: i64, clear: Option<&str>) -> DomainResult<()> {
        // By subject and time first, so the (subject, at) index finds the rows.
        let own = Condition::all()
            .add(Expr::col("subject").is_in(keys.iter().cloned()))
            .add(Expr::col("at").eq(at))
            .add(Expr::col("attempt").eq(attempt));
        let mut rows = Condition::any().add(own);
        if let Some(key) = clear {
            rows = rows.add(Expr::col("subject").eq(key));
        }
        let delete = Query::delete().from_table("login_failures").cond_where(rows).to_owned();
        self.db.execute(&delete).await.map_err(db_err)?;
        Ok(())
    }

    async fn forget_before(&self, before: i64) -> DomainResult<()> {
        // Housekeeping: a failure here (a lock wait under a storm) must not fail the attempt
        // that asked for it.
        let prune = Query::delete().from_table("login_failures").and_where(Expr::col("at").lt(before)).to_owned();
        if let Err(e) = self.db.execute(&prune).await {
            tracing::warn!(error = %e, "could not prune old login attempts");
        }
        Ok(())
    }
}
