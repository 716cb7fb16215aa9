//! What operators watch: connection-pool use and assignment runs by outcome, for `/metrics`.

use sea_orm::{ConnectionTrait, DatabaseBackend, DbErr, Statement};

use crate::analytics::bigint;
use crate::db::Store;

/// Runs of one kind and outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunOutcomes {
    pub kind: String,
    pub status: String,
    pub count: u64,
    pub duration_sum_ms: u64,
    /// Runs finished within each of the bounds asked for (cumulative, as Prometheus wants).
    pub within: Vec<u64>,
}

/// Connections open and idle in the pool.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolUse {
    pub open: u32,
    pub idle: usize,
}

impl Store {
    #[must_use]
    pub fn pool_use(&self) -> PoolUse {
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

    /// Runs grouped by kind and status, with how many finished within each bound (ms).
    /// # Errors
    /// Storage failures.
    pub async fn run_outcomes(&self, bounds_ms: &[u64]) -> Result<Vec<RunOutcomes>, DbErr> {
        let b = self.backend();
        let mut columns = vec![bigint(b, "COUNT(*)") + " AS n", bigint(b, "SUM(COALESCE(duration_ms, 0))") + " AS total"];
        for (i, bound) in bounds_ms.iter().enumerate() {
            columns.push(bigint(b, &format!("SUM(CASE WHEN duration_ms <= {bound} THEN 1 ELSE 0 END)")) + &format!(" AS b{i}"));
        }
        let sql = format!("SELECT kind, status, {} FROM assignment_runs GROUP BY kind, status ORDER BY kind, status", columns.join(", "));
        let rows = self.db.query_all_raw(Statement::from_string(self.backend(), sql)).await?;
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
            .collect()
    }
}
