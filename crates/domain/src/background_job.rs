//! The one skeleton every background job — an assignment run, an import — goes through:
//! recorded and signed by this process, its job lock (over the part of the bank it covers) taken and kept fresh by a
//! heartbeat, run in the background under its own span, awaited for a moment, and the lock
//! given back only after the heartbeat has stopped.

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use tracing::Instrument;

use crate::error::{DomainError, DomainResult, ErrorCode};
use crate::jobs::{Heartbeat, failure, heartbeat_interval};
use crate::organisation::UnitId;
use crate::runs::{JobLock, NewRun, RunLog, RunStatus, TaskRunner};

/// What a job needs of its surroundings; cheap to build (shared handles).
pub struct BackgroundJobs {
    pub lock: Arc<dyn JobLock>,
    pub log: Arc<dyn RunLog>,
    pub runner: Arc<dyn TaskRunner>,
    /// This process, as the lock and the job's record name it.
    pub holder: String,
    /// A lock not refreshed for this long is taken over.
    pub stale_lock: Duration,
    /// How long the request that starts a job waits for it before answering.
    pub wait: Duration,
}

/// Whether a job got the lock.
pub enum Claim {
    /// It holds the lock, kept fresh by this heartbeat until [`BackgroundJobs::release`].
    Held(Heartbeat),
    /// Another job (this one, when known) holds it; the new record is still `running` and
    /// the caller closes it its own way.
    Busy(Option<i64>),
}

/// The refusal while another job holds the lock.
#[must_use]
pub fn in_progress(holding: Option<i64>) -> DomainError {
    let message = holding.map_or_else(|| "another job is in progress".to_owned(), |id| format!("run {id} is in progress"));
    DomainError::Conflict { code: ErrorCode::RunInProgress, message }
}

impl BackgroundJobs {
    /// Records `run`, signed by this process before it takes the lock (a server starting
    /// meanwhile sees whose job it is and leaves a live process's job alone), then takes the
    /// lock and starts the heartbeat.
    /// # Errors
    /// Storage failures (the record, when written, is then failed).
    pub async fn claim(&self, run: &NewRun) -> DomainResult<(i64, Claim)> {
        let run_id = self.log.create_run(run, &self.holder).await?;
        match self.lock.acquire_lock(&self.holder, run_id, self.stale_lock, run.unit_id).await {
            Ok(Ok(())) => Ok((run_id, Claim::Held(self.beat(run_id)))),
            Ok(Err(holding)) => Ok((run_id, Claim::Busy(holding))),
            Err(err) => {
                let _ = self.log.finish_run(run_id, RunStatus::Failed, None, 0, Some("the job lock could not be taken")).await;
                Err(err)
            }
        }
    }

    fn beat(&self, run_id: i64) -> Heartbeat {
        Heartbeat::start(&self.runner, Arc::clone(&self.lock), self.holder.clone(), run_id, heartbeat_interval(self.stale_lock))
    }

    /// Takes the lock over `unit`'s subtree for a job whose record exists already (the commit
    /// of a proposed run) and starts the heartbeat; an overlapping holder is refused with
    /// [`in_progress`].
    /// # Errors
    /// `run_in_progress`, storage failures.
    pub async fn hold(&self, run_id: i64, unit: Option<UnitId>) -> DomainResult<Heartbeat> {
        self.lock.acquire_lock(&self.holder, run_id, self.stale_lock, unit).await?.map_err(in_progress)?;
        Ok(self.beat(run_id))
    }

    /// The start failed after the lock was taken: the record fails with the cause and the
    /// lock goes back.
    pub async fn abandon(&self, run_id: i64, beat: Heartbeat, err: &DomainError) {
        let _ = self.log.finish_run(run_id, RunStatus::Failed, None, 0, Some(&failure(run_id, err))).await;
        self.release(beat).await;
    }

    /// Runs `job` in the background under `span` and waits up to [`Self::wait`] for it, so a
    /// short job answers finished and a long one answers running.
    pub async fn launch(&self, span: tracing::Span, job: impl Future<Output = ()> + Send + 'static) {
        let done = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&done);
        self.runner.spawn(Box::pin(
            async move {
                job.await;
                flag.store(true, Ordering::SeqCst);
            }
            .instrument(span),
        ));
        let started = Instant::now();
        while !done.load(Ordering::SeqCst) && started.elapsed() < self.wait {
            self.runner.sleep(Duration::from_millis(25)).await;
        }
    }

    /// After the job, however it ended: the heartbeat stops, then the lock goes.
    pub async fn release(&self, beat: Heartbeat) {
        let run_id = beat.run_id;
        drop(beat);
        if let Err(err) = self.lock.release_lock(&self.holder, run_id).await {
            // Not fatal: a lock left behind goes stale and is taken over.
            tracing::warn!(error = ?err, "the job lock could not be released");
        }
    }
}
