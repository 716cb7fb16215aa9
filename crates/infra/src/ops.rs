//! What operators watch, read from the store: the database answering, migrations applied,
//! connection-pool use and assignment runs by outcome.

use async_trait::async_trait;
use portrait_domain::error::DomainResult;
use portrait_domain::ops::{OperationalFigures, PoolUse, RunOutcomes};
use sea_orm::{ConnectionTrait, DatabaseBackend, DbErr, Statement};

use crate::analytics::bigint;
use crate::db::{Store, db_err};

#[async_trait]
impl OperationalFigures for Store {
    async fn ping(&self) -> DomainResult<()> {
        self.db.ping().await.map_err(db_err)
    }

    async fn migrations_current(&self) -> DomainResult<bool> {
        Store::migrations_current(self).await.map_err(db_err)
    }

    fn pool_use(&self) -> PoolUse {
        let (open, idle) = match self.backend() {
            DatabaseBackend::MySql => {
                let pool = self.db.get_mysql_connection_pool();
                (pool.size(), pool.num_idle())
            }
            DatabaseBackend::Postgres => {
                let pool = self.db.get_postgres_connection_pool();
                (pool.size(), pool.num_idle())
            }
            _ => {
                let pool = self.db.get_sqlite_connection_pool();
                (pool.size(), pool.num_idle())
            }
        };
        PoolUse { open, idle }
    }

    async fn run_outcomes(&self, bounds_ms: &[u64]) -> DomainResult<Vec<RunOutcomes>> {
        let b = self.backend();
        let mut columns = vec![bigint(b, "COUNT(*)") + " AS n", bigint(b, "SUM(COALESCE(duration_ms, 0))") + " AS total"];
        for (i, bound) in bounds_ms.iter().enumerate() {
            columns.push(bigint(b, &format!("SUM(CASE WHEN duration_ms <= {bound} THEN 1 ELSE 0 END)")) + &format!(" AS b{i}"));
        }
        let sql = format!("SELECT kind, status, {} FROM assignment_runs GROUP BY kind, status ORDER BY kind, status", columns.join(", "));
        let rows = self.db.query_all_raw(Statement::from_string(self.backend(), sql)).await.map_err(db_err)?;
        let number = |row: &sea_orm::QueryResult, column: &str| -> Result<u64, DbErr> {
            Ok(u64::try_from(row.try_get::<Option<i64>>("", column)?.unwrap_or(0)).unwrap_or(0))
        };
        rows.iter()
            .map(|row| {
                Ok(RunOutcomes {
                    kind: row.try_get("", "kind")?,
                    status: row.try_get("", "status")?,
                    count: number(row, "n")?,
                    duration_sum_ms: number(row, "total")?,
                    within: (0..bounds_ms.len()).map(|i| number(row, &format!("b{i}"))).collect::<Result<_, _>>()?,
                })
            })
            .collect::<Result<_, DbErr>>()
            .map_err(db_err)
    }
}
