//! Recovery when a server starts: what a crashed process left behind (the job lock, runs and
//! imports still `running`, their staged rows) is freed at once when that process is known
//! to be dead, or once its heartbeat is stale. A live process's jobs are never touched,
//! including one that has created its run but not yet taken the lock.

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;

use crate::error::DomainResult;
use crate::jobs::{Liveness, ProcessProbe, liveness};
use crate::ports::Clock;

/// One job lock as stored (there is one per running job).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LockRecord {
    pub holder: String,
    pub run_id: Option<i64>,
    /// Unix seconds.
    pub heartbeat_at: i64,
}

/// A run or import whose record says `running`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunningJob {
    pub id: i64,
    /// The process that created it; `None` for one created before holders were recorded.
    pub holder: Option<String>,
    /// Unix seconds.
    pub created_at: i64,
}

/// What recovery needs from the store.
#[async_trait]
pub trait JobRecovery: Send + Sync + 'static {
    /// # Errors
    /// Storage failures.
    async fn current_locks(&self) -> DomainResult<Vec<LockRecord>>;
    /// Deletes the lock only if it is still exactly `lock` (same run, holder and heartbeat):
    /// `false` when it was refreshed or changed hands meanwhile.
    /// # Errors
    /// Storage failures.
    async fn release_abandoned(&self, lock: &LockRecord) -> DomainResult<bool>;
    /// # Errors
    /// Storage failures.
    async fn running_jobs(&self) -> DomainResult<Vec<RunningJob>>;
    /// Ends a job its process abandoned, unless it is no longer `running` or holds the lock:
    /// failed with phase and error "interrupted" (or committed, when its changes were
    /// applied before the crash), its staged import rows deleted. `false` when left alone.
    /// # Errors
    /// Storage failures.
    async fn interrupt(&self, run_id: i64) -> DomainResult<bool>;
}

/// What a recovery freed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recovered {
    /// The holder of the lock released, if one was.
    pub released_lock_of: Option<String>,
    /// Runs and imports marked interrupted.
    pub interrupted: Vec<i64>,
}

pub struct RecoveryService {
    pub jobs: Arc<dyn JobRecovery>,
    pub processes: Arc<dyn ProcessProbe>,
    pub clock: Arc<dyn Clock>,
    /// A lock whose heartbeat is older than this belongs to a process presumed dead.
    pub stale_after: Duration,
}

impl RecoveryService {
    /// Releases an abandoned lock and ends the jobs abandoned with it. A job counts as
    /// abandoned when its process is known dead, when it belonged to the abandoned lock, or
    /// — for a process this host cannot judge — when it holds no lock although it was created
    /// more than the stale period ago (creating a run and taking the lock take milliseconds).
    /// The lock is read before the jobs, and a job finishes before it releases the lock, so
    /// a live job is always seen holding it.
    /// # Errors
    /// Storage failures.
    pub async fn recover(&self) -> DomainResult<Recovered> {
        let stale_before = self.clock.now() - i64::try_from(self.stale_after.as_secs()).unwrap_or(i64::MAX / 2);
        let mut recovered = Recovered::default();
        let mut held_by: Vec<i64> = Vec::new();
        let mut abandoned_runs: Vec<i64> = Vec::new();
        let mut released: Vec<String> = Vec::new();
        for lock in self.jobs.current_locks().await? {
            let dead = liveness(self.processes.as_ref(), &lock.holder) == Liveness::Dead || lock.heartbeat_at < stale_before;
            if dead && self.jobs.release_abandoned(&lock).await? {
                abandoned_runs.extend(lock.run_id);
                if !released.contains(&lock.holder) {
                    released.push(lock.holder.clone());
                }
                recovered.released_lock_of = Some(lock.holder);
            } else {
                held_by.extend(lock.run_id);
            }
        }
        for job in self.jobs.running_jobs().await? {
            let abandoned = match job.holder.as_deref().map(|h| liveness(self.processes.as_ref(), h)) {
                Some(Liveness::Dead) => true,
                Some(Liveness::Alive) => false,
                Some(Liveness::Unknown) | None => {
                    abandoned_runs.contains(&job.id)
                        || job.holder.as_ref().is_some_and(|h| released.contains(h))
                        || (!held_by.contains(&job.id) && job.created_at < stale_before)
                }
            };
            if abandoned && self.jobs.interrupt(job.id).await? {
                recovered.interrupted.push(job.id);
            }
        }
        Ok(recovered)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;
    use crate::jobs::JobHolder;

    const NOW: i64 = 10_000;

    struct Probe(JobHolder);

    impl ProcessProbe for Probe {
        fn me(&self) -> &JobHolder {
            &self.0
        }
        fn pid_alive(&self, pid: u32) -> Option<bool> {
            Some(pid < 100)
        }
    }

    struct Fixed;

    impl Clock for Fixed {
        fn now(&self) -> i64 {
            NOW
        }
    }

    #[derive(Default)]
    struct Store {
        lock: Mutex<Option<LockRecord>>,
        jobs: Mutex<Vec<RunningJob>>,
        interrupted: Mutex<Vec<i64>>,
    }

    #[async_trait]
    impl JobRecovery for Store {
        async fn current_locks(&self) -> DomainResult<Vec<LockRecord>> {
            Ok(self.lock.lock().map(|l| l.clone().into_iter().collect()).unwrap_or_default())
        }
        async fn release_abandoned(&self, lock: &LockRecord) -> DomainResult<bool> {
            let mut held = self.lock.lock().map_err(crate::DomainError::internal)?;
            let same = held.as_ref() == Some(lock);
            if same {
                *held = None;
            }
            Ok(same)
        }
        async fn running_jobs(&self) -> DomainResult<Vec<RunningJob>> {
            Ok(self.jobs.lock().map(|j| j.clone()).unwrap_or_default())
        }
        async fn interrupt(&self, run_id: i64) -> DomainResult<bool> {
            let holds = self.lock.lock().map(|l| l.as_ref().and_then(|l| l.run_id) == Some(run_id)).unwrap_or(true);
            if !holds {
                self.interrupted.lock().map_err(crate::DomainError::internal)?.push(run_id);
            }
            Ok(!holds)
        }
    }

    fn block_on<F: std::future::Future>(future: F) -> F::Output {
        let mut future = std::pin::pin!(future);
        let mut context = std::task::Context::from_waker(std::task::Waker::noop());
        match future.as_mut().poll(&mut context) {
            std::task::Poll::Ready(value) => value,
            std::task::Poll::Pending => panic!("the future waited"),
        }
    }

    /// A holder on this host (`web-1`, scope `s`): pids below 100 are alive.
    fn here(pid: u32) -> String {
        format!("web-1:{pid}:s:n{pid}")
    }

    fn recover(lock: Option<LockRecord>, jobs: Vec<RunningJob>) -> (Recovered, Option<LockRecord>) {
        let store = Arc::new(Store { lock: Mutex::new(lock), jobs: Mutex::new(jobs), ..Store::default() });
        let service = RecoveryService {
            jobs: store.clone(),
            processes: Arc::new(Probe(JobHolder::new("web-1", 1, "s", "me"))),
            clock: Arc::new(Fixed),
            stale_after: Duration::from_secs(60),
        };
        let recovered = block_on(service.recover()).unwrap_or_else(|e| panic!("{e}"));
        let left = store.lock.lock().map(|l| l.clone()).unwrap_or_default();
        (recovered, left)
    }

    fn job(id: i64, holder: Option<String>, age: i64) -> RunningJob {
        RunningJob { id, holder, created_at: NOW - age }
    }

    #[test]
    fn a_dead_processs_fresh_lock_is_released_at_once_and_its_run_interrupted() {
        let lock = LockRecord { holder: here(500), run_id: Some(7), heartbeat_at: NOW - 1 };
        let (recovered, left) = recover(Some(lock), vec![job(7, Some(here(500)), 30)]);
        assert_eq!(left, None);
        assert_eq!(recovered, Recovered { released_lock_of: Some(here(500)), interrupted: vec![7] });
    }

    #[test]
    fn a_live_processs_lock_and_jobs_are_left_alone_even_before_it_took_the_lock() {
        let lock = LockRecord { holder: here(5), run_id: Some(7), heartbeat_at: NOW - 1 };
        let jobs = vec![job(7, Some(here(5)), 3_600), job(8, Some(here(5)), 0), job(9, Some(here(5)), 3_600)];
        let (recovered, left) = recover(Some(lock.clone()), jobs);
        assert_eq!(left, Some(lock));
        assert_eq!(recovered, Recovered::default(), "a live process's jobs are its own business");
    }

    #[test]
    fn another_hosts_lock_goes_only_when_stale_and_takes_its_run_along() {
        let fresh = LockRecord { holder: "web-2:5:s:x".into(), run_id: Some(7), heartbeat_at: NOW - 59 };
        let (recovered, left) = recover(Some(fresh.clone()), vec![job(7, Some(fresh.holder.clone()), 3_600)]);
        assert_eq!((recovered, left), (Recovered::default(), Some(fresh)), "a fresh heartbeat means alive");
        let stale = LockRecord { holder: "web-2:5:s:x".into(), run_id: Some(7), heartbeat_at: NOW - 61 };
        let (recovered, left) = recover(Some(stale), vec![job(7, Some("web-2:5:s:x".into()), 10)]);
        assert_eq!(left, None);
        assert_eq!(recovered.interrupted, vec![7]);
    }

    #[test]
    fn a_job_of_an_unknown_process_without_the_lock_is_abandoned_only_once_it_is_old() {
        let jobs = vec![
            job(1, Some("web-2:5:s:x".into()), 2),
            job(2, Some("web-2:5:s:x".into()), 600),
            job(3, None, 600),
            job(4, Some("another-server".into()), 1),
            job(5, Some(here(700)), 1),
        ];
        let (recovered, _) = recover(None, jobs);
        assert_eq!(recovered.interrupted, vec![2, 3, 5], "young jobs of others may be about to take the lock; a dead one never will");
    }
}
