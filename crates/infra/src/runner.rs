//! The tokio-backed task runner: background jobs and CPU-heavy work on blocking threads.
//!
//! Jobs run on the runtime the runner was made on (the process's main one), not on the HTTP
//! worker that started them, so stopping the workers at shutdown does not cut a job off
//! mid-way; `drain` then gives the running jobs time to reach a safe point.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use async_trait::async_trait;
use portrait_domain::runs::{BoxJob, TaskRunner};
use portrait_domain::{DomainError, error::DomainResult};
use tokio::runtime::Handle;
use tokio::sync::Notify;

#[derive(Debug, Default)]
struct Jobs {
    running: AtomicUsize,
    stopping: AtomicBool,
    finished: Notify,
}

#[derive(Debug, Clone, Default)]
pub struct TokioRunner {
    /// Where jobs run; `None`: wherever `spawn` is called from.
    home: Option<Handle>,
    jobs: Arc<Jobs>,
}

impl TokioRunner {
    /// A runner whose jobs run on the current runtime, whichever thread starts them.
    #[must_use]
    pub fn on_current_runtime() -> Self {
        Self { home: Handle::try_current().ok(), jobs: Arc::default() }
    }

    /// Jobs stop at their next safe point from now on.
    pub fn begin_stopping(&self) {
        self.jobs.stopping.store(true, Ordering::SeqCst);
    }

    /// How many jobs are running.
    #[must_use]
    pub fn running(&self) -> usize {
        self.jobs.running.load(Ordering::SeqCst)
    }

    /// Asks the jobs to stop at their next safe point and waits up to `patience` for them;
    /// answers how many are still running after that.
    pub async fn drain(&self, patience: Duration) -> usize {
        self.begin_stopping();
        let deadline = tokio::time::Instant::now() + patience;
        loop {
            // Registered before the check, so a job finishing in between still wakes us.
            let finished = self.jobs.finished.notified();
            let running = self.running();
            if running == 0 {
                return 0;
            }
            if tokio::time::timeout_at(deadline, finished).await.is_err() {
                return self.running();
            }
        }
    }
}

/// Counts a job as running until it ends, however it ends.
struct Running(Arc<Jobs>);

impl Drop for Running {
    fn drop(&mut self) {
        self.0.running.fetch_sub(1, Ordering::SeqCst);
        self.0.finished.notify_waiters();
    }
}

#[async_trait]
impl TaskRunner for TokioRunner {
    fn spawn(&self, job: BoxJob) {
        self.jobs.running.fetch_add(1, Ordering::SeqCst);
        let running = Running(Arc::clone(&self.jobs));
        let job = async move {
            let _running = running;
            job.await;
        };
        match &self.home {
            Some(home) => drop(home.spawn(job)),
            None => drop(tokio::spawn(job)),
        }
    }

    async fn blocking(&self, work: Box<dyn FnOnce() + Send + 'static>) -> DomainResult<()> {
        tokio::task::spawn_blocking(work).await.map_err(|e| DomainError::internal(format!("background work failed: {e}")))
    }

    async fn sleep(&self, duration: Duration) {
        tokio::time::sleep(duration).await;
    }

    fn stopping(&self) -> bool {
        self.jobs.stopping.load(Ordering::SeqCst)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn drain_waits_for_running_jobs_and_tells_them_to_stop() {
        let runner = TokioRunner::on_current_runtime();
        let seen_stop = Arc::new(AtomicBool::new(false));
        let (job_runner, seen) = (runner.clone(), Arc::clone(&seen_stop));
        runner.spawn(Box::pin(async move {
            while !job_runner.stopping() {
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            seen.store(true, Ordering::SeqCst);
        }));
        assert_eq!(runner.running(), 1);
        assert_eq!(runner.drain(Duration::from_secs(5)).await, 0);
        assert!(seen_stop.load(Ordering::SeqCst), "the job saw the stop before drain returned");
    }

    #[tokio::test]
    async fn drain_gives_up_after_its_patience_and_says_how_many_still_run() {
        let runner = TokioRunner::on_current_runtime();
        runner.spawn(Box::pin(async { tokio::time::sleep(Duration::from_secs(60)).await }));
        assert_eq!(runner.drain(Duration::from_millis(50)).await, 1);
    }
}
