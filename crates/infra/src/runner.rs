//! The tokio-backed task runner: background jobs and CPU-heavy work on blocking threads.

use std::time::Duration;

use async_trait::async_trait;
use portrait_domain::runs::{BoxJob, TaskRunner};
use portrait_domain::{DomainError, error::DomainResult};

#[derive(Debug, Default, Clone, Copy)]
pub struct TokioRunner;

#[async_trait]
impl TaskRunner for TokioRunner {
    fn spawn(&self, job: BoxJob) {
        tokio::spawn(job);
    }

    async fn blocking(&self, work: Box<dyn FnOnce() + Send + 'static>) -> DomainResult<()> {
        tokio::task::spawn_blocking(work).await.map_err(|e| DomainError::internal(format!("background work failed: {e}")))
    }

    async fn sleep(&self, duration: Duration) {
        tokio::time::sleep(duration).await;
    }
}
