//! Who holds the job lock, and how a job keeps it: the holder's identity (host, process,
//! a random part), whether that process still runs, and the heartbeat that refreshes the
//! lock for as long as a job runs. Recovery after a crash is in [`crate::services::recovery`].

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crate::error::{DomainError, DomainResult, ErrorCode};
use crate::runs::{JobLock, TaskRunner};

/// A server process as it signs the job lock, its runs and its upload files:
/// `host:pid:scope:nonce`. `scope` names where process ids mean something (the boot and the
/// process namespace; empty when unknown), `nonce` is random per process, so a restarted
/// process that got the same id is still told apart from the one before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobHolder {
    pub host: String,
    pub pid: u32,
    pub scope: String,
    pub nonce: String,
}

/// Keeps letters, digits, `.` and `-` (a host name's characters), so the separators stay unambiguous.
fn clean(text: &str, max: usize) -> String {
    text.chars().take(max).map(|c| if c.is_ascii_alphanumeric() || c == '.' || c == '-' { c } else { '-' }).collect()
}

impl JobHolder {
    #[must_use]
    pub fn new(host: &str, pid: u32, scope: &str, nonce: &str) -> Self {
        let host = clean(host.trim(), 63);
        Self { host: if host.is_empty() { "localhost".into() } else { host }, pid, scope: clean(scope, 40), nonce: clean(nonce, 32) }
    }

    /// The fields joined by `separator` (`:` in the database, `_` in file names).
    #[must_use]
    pub fn joined(&self, separator: char) -> String {
        format!("{}{separator}{}{separator}{}{separator}{}", self.host, self.pid, self.scope, self.nonce)
    }

    /// Reads [`Self::joined`] back; `None` for anything else (an older server's holder).
    #[must_use]
    pub fn parse_joined(text: &str, separator: char) -> Option<Self> {
        let mut parts = text.split(separator);
        let (host, pid, scope, nonce) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || host.is_empty() || nonce.is_empty() {
            return None;
        }
        Some(Self { host: host.to_owned(), pid: pid.parse().ok()?, scope: scope.to_owned(), nonce: nonce.to_owned() })
    }

    /// A holder as stored in the database.
    #[must_use]
    pub fn parse(text: &str) -> Option<Self> {
        Self::parse_joined(text, ':')
    }
}

impl std::fmt::Display for JobHolder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.joined(':'))
    }
}

/// What this process can tell about another holder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Liveness {
    Alive,
    Dead,
    /// Another host, another process namespace, or a holder written by an older server:
    /// only its heartbeat tells.
    Unknown,
}

/// The processes of this host.
pub trait ProcessProbe: Send + Sync + 'static {
    /// This process.
    fn me(&self) -> &JobHolder;
    /// Whether a process with this id runs in this process's namespace; `None` when it
    /// cannot be told (no `/proc`, or other users' processes hidden).
    fn pid_alive(&self, pid: u32) -> Option<bool>;
}

/// Whether the process that wrote `holder` still runs. Only a holder of this host and scope
/// can be judged: its process id is looked up, and one with this process's id but another
/// nonce is an earlier process (a container restarted as the same pid 1).
#[must_use]
pub fn liveness(probe: &dyn ProcessProbe, holder: &str) -> Liveness {
    let me = probe.me();
    let Some(other) = JobHolder::parse(holder) else {
        return Liveness::Unknown;
    };
    if me.scope.is_empty() || other.host != me.host || other.scope != me.scope {
        return Liveness::Unknown;
    }
    if other.pid == me.pid {
        return if other.nonce == me.nonce { Liveness::Alive } else { Liveness::Dead };
    }
    match probe.pid_alive(other.pid) {
        Some(true) => Liveness::Alive,
        Some(false) => Liveness::Dead,
        None => Liveness::Unknown,
    }
}

/// How often a running job refreshes its lock: six times per stale period, at most every 5 s.
#[must_use]
pub fn heartbeat_interval(stale_after: Duration) -> Duration {
    (stale_after / 6).clamp(Duration::from_secs(1), Duration::from_secs(5))
}

/// How often the heartbeat task looks whether its job ended.
const SLICE: Duration = Duration::from_millis(200);

/// Refreshes the job lock in the background for as long as it lives (a job's whole run,
/// not only between its phases); dropping it stops the refreshing, however the job ends.
pub struct Heartbeat {
    done: Arc<AtomicBool>,
    lost: Arc<AtomicBool>,
    /// The job whose lock it refreshes.
    pub run_id: i64,
}

impl Heartbeat {
    /// Starts refreshing the lock `holder` holds for `run_id` every `every`.
    #[must_use]
    pub fn start(runner: &Arc<dyn TaskRunner>, lock: Arc<dyn JobLock>, holder: String, run_id: i64, every: Duration) -> Self {
        let (done, lost) = (Arc::new(AtomicBool::new(false)), Arc::new(AtomicBool::new(false)));
        let (task_done, task_lost, task_runner) = (Arc::clone(&done), Arc::clone(&lost), Arc::clone(runner));
        runner.spawn(Box::pin(async move {
            let mut waited = Duration::ZERO;
            loop {
                task_runner.sleep(SLICE).await;
                if task_done.load(Ordering::SeqCst) {
                    break;
                }
                waited += SLICE;
                if waited >= every {
                    waited = Duration::ZERO;
                    // A failed refresh is tried again next time; only a lock held by
                    // someone else is lost.
                    if let Ok(false) = lock.heartbeat(&holder, run_id).await {
                        task_lost.store(true, Ordering::SeqCst);
                    }
                }
            }
        }));
        Self { done, lost, run_id }
    }

    /// A job's safe point: refused once another process took the lock over (this one had
    /// stopped refreshing it for the stale period), so the job stops instead of running
    /// beside the one that took over.
    /// # Errors
    /// `lock_lost`.
    pub fn check(&self) -> DomainResult<()> {
        if self.lost.load(Ordering::SeqCst) {
            return Err(DomainError::Conflict {
                code: ErrorCode::LockLost,
                message: "interrupted: another server took the job lock over (this one had stopped refreshing it); start the job again"
                    .into(),
            });
        }
        Ok(())
    }
}

impl Drop for Heartbeat {
    fn drop(&mut self) {
        self.done.store(true, Ordering::SeqCst);
    }
}

/// What a failed job's record says, and the log line that keeps its cause: a domain error
/// as its message; an internal one (whose detail may quote data) only as a pointer to the
/// log, which has the detail under the job's span.
#[must_use]
pub fn failure(run_id: i64, err: &DomainError) -> String {
    tracing::error!(run_id, error = ?err, "job failed");
    match err {
        DomainError::Internal(_) => format!("internal error: the server log has the cause under job {run_id}"),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_jobs_record_names_a_domain_error_but_never_an_internal_detail() {
        let stored = failure(7, &DomainError::internal("UNIQUE constraint failed: users.username = 'alice'"));
        assert!(!stored.contains("alice") && stored.contains("job 7"), "{stored}");
        let refused = failure(8, &DomainError::validation("k", ErrorCode::InvalidK, "k must be between 2 and 20"));
        assert_eq!(refused, "k must be between 2 and 20");
    }

    struct Probe {
        me: JobHolder,
        alive: Vec<u32>,
        visible: bool,
    }

    impl ProcessProbe for Probe {
        fn me(&self) -> &JobHolder {
            &self.me
        }
        fn pid_alive(&self, pid: u32) -> Option<bool> {
            self.visible.then(|| self.alive.contains(&pid))
        }
    }

    fn probe() -> Probe {
        Probe { me: JobHolder::new("web-1", 40, "b00t-4026531836", "aaaa"), alive: vec![41], visible: true }
    }

    #[test]
    fn a_holder_reads_back_from_its_text_and_file_name_form() {
        let holder = JobHolder::new("portrait-7d9c.bank:local", 12, "3f2a9c1e4b5d-4026532198", "9f86d081884c");
        assert_eq!(holder.host, "portrait-7d9c.bank-local", "separators are not kept in a host name");
        assert_eq!(JobHolder::parse(&holder.to_string()), Some(holder.clone()));
        assert_eq!(JobHolder::parse_joined(&holder.joined('_'), '_'), Some(holder));
        for other in ["another-server", "1234-5d1b", "h:x:s:n", "h:1:s:", "h:1:s:n:extra", ""] {
            assert_eq!(JobHolder::parse(other), None, "{other}");
        }
    }

    #[test]
    fn only_a_process_of_this_host_and_scope_is_judged_by_its_id() {
        let probe = probe();
        assert_eq!(liveness(&probe, "web-1:41:b00t-4026531836:bbbb"), Liveness::Alive);
        assert_eq!(liveness(&probe, "web-1:42:b00t-4026531836:bbbb"), Liveness::Dead);
        assert_eq!(liveness(&probe, "web-1:40:b00t-4026531836:aaaa"), Liveness::Alive, "this process");
        assert_eq!(liveness(&probe, "web-1:40:b00t-4026531836:cccc"), Liveness::Dead, "an earlier process with this id");
        assert_eq!(liveness(&probe, "web-2:42:b00t-4026531836:bbbb"), Liveness::Unknown, "another host");
        assert_eq!(liveness(&probe, "web-1:42:b00t-4026532999:bbbb"), Liveness::Unknown, "another container on this host");
        assert_eq!(liveness(&probe, "web-1:40:b00t-4026532999:cccc"), Liveness::Unknown, "pid 1 of another container");
        assert_eq!(liveness(&probe, "another-server"), Liveness::Unknown, "an older server's holder");
        let hidden = Probe { visible: false, ..probe };
        assert_eq!(liveness(&hidden, "web-1:42:b00t-4026531836:bbbb"), Liveness::Unknown, "processes hidden");
        let unscoped = Probe { me: JobHolder::new("web-1", 40, "", "aaaa"), alive: vec![], visible: true };
        assert_eq!(liveness(&unscoped, "web-1:42::bbbb"), Liveness::Unknown, "no scope, no judgement");
    }

    #[test]
    fn the_heartbeat_beats_several_times_per_stale_period() {
        assert_eq!(heartbeat_interval(Duration::from_secs(60)), Duration::from_secs(5));
        assert_eq!(heartbeat_interval(Duration::from_secs(12)), Duration::from_secs(2));
        assert_eq!(heartbeat_interval(Duration::from_secs(3)), Duration::from_secs(1));
    }
}
