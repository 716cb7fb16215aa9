//! The task-runner port that keeps heavy work off the request workers, and the safe points
//! where a job may stop when the server shuts down.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use async_trait::async_trait;

use crate::error::{DomainError, DomainResult, ErrorCode};

pub type BoxJob = Pin<Box<dyn Future<Output = ()> + Send + 'static>>;

/// Where a job may stop when the server shuts down: between its phases or batches, never
/// inside the transaction that applies it, so a stopped job has changed nothing it would
/// apply. The job then ends as failed with this error and releases its lock.
/// # Errors
/// `run_interrupted` once the runner is stopping.
pub fn stop_point(runner: &dyn TaskRunner) -> DomainResult<()> {
    if runner.stopping() {
        return Err(DomainError::Conflict {
            code: ErrorCode::RunInterrupted,
            message: "interrupted: the server shut down before the job finished; start it again".into(),
        });
    }
    Ok(())
}

/// Runs work in the background or off the async workers.
#[async_trait]
pub trait TaskRunner: Send + Sync + 'static {
    /// Starts a future in the background.
    fn spawn(&self, job: BoxJob);
    /// Runs CPU-heavy work on a blocking thread and waits for it.
    /// # Errors
    /// When the work panics.
    async fn blocking(&self, work: Box<dyn FnOnce() + Send + 'static>) -> DomainResult<()>;
    async fn sleep(&self, duration: Duration);
    /// The process is shutting down: a job stops at its next safe point rather than start
    /// work it may not be given time to finish.
    fn stopping(&self) -> bool {
        false
    }
}
