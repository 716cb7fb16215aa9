//! What operators watch — the database answering, migrations applied, the connection pool,
//! runs by outcome — as the probes and `/metrics` read it.

use async_trait::async_trait;

use crate::error::DomainResult;

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

#[async_trait]
pub trait OperationalFigures: Send + Sync + 'static {
    /// # Errors
    /// When the database does not answer.
    async fn ping(&self) -> DomainResult<()>;

    /// Whether every migration this build knows has been applied.
    /// # Errors
    /// When the database does not answer.
    async fn migrations_current(&self) -> DomainResult<bool>;

    fn pool_use(&self) -> PoolUse;

    /// Runs grouped by kind and status, with how many finished within each bound (ms).
    /// # Errors
    /// Storage failures.
    async fn run_outcomes(&self, bounds_ms: &[u64]) -> DomainResult<Vec<RunOutcomes>>;
}
