//! The matching service and how its runs start: one at a time across every server (a lock
//! in the database), heavy work off the request workers, progress readable by anyone. A
//! started run's work is in `run_job`, reading runs and deciding on proposals in `review`,
//! manual changes and explanations in `manual`.

use std::sync::Arc;
use std::time::Duration;

use serde_json::json;

use crate::background_job::{BackgroundJobs, Claim, in_progress};
use crate::error::{DomainError, DomainResult, ErrorCode};
use crate::limits;
use crate::organisation::{UnitId, admin_scope};
use crate::ports::{AuditEntry, AuditLog, CustomerRepository, ManagerRepository, TagRepository, UserRepository};
use crate::runs::{AssignmentRepository, Departure, JobLock, NewRun, RunKind, RunLog, RunRecord, RunStatus, TaskRunner};
use crate::segmentation::Segmenter;
use crate::user::{Actor, UserId};

#[derive(Debug, Clone)]
pub struct MatchingSettings {
    /// Maker-checker: a run is committed by an admin other than the one who started it.
    pub require_approval: bool,
    /// How long a request waits for a run before answering 202 and leaving it running.
    pub wait: Duration,
    /// Identifies this server process in the lock.
    pub holder: String,
    /// A lock not refreshed for this long belongs to a crashed process and is taken over.
    pub stale_lock: Duration,
}

#[derive(Debug, Clone, Copy, Default)]
pub struct RunRequest {
    pub dry_run: bool,
    pub rebalance: bool,
    pub k: Option<i64>,
    /// Only this unit's subtree (a branch admin's own by default); the whole bank otherwise.
    pub unit_id: Option<UnitId>,
}

/// What the history records for a manual assignment sent without a reason.
pub const NO_REASON_GIVEN: &str = "no reason given";

#[derive(Debug, Clone)]
pub struct ManualAssignment {
    pub customer_id: UserId,
    pub manager_id: UserId,
    /// Why; `None` (the original system's clients send none) is recorded as [`NO_REASON_GIVEN`].
    pub reason: Option<String>,
    pub override_capacity: bool,
}

pub struct MatchingService {
    pub runs: Arc<dyn AssignmentRepository>,
    pub customers: Arc<dyn CustomerRepository>,
    pub managers: Arc<dyn ManagerRepository>,
    /// The organisation, for a branch admin's scope.
    pub units: Arc<dyn crate::organisation::OrgUnits>,
    pub tags: Arc<dyn TagRepository>,
    pub segmenter: Arc<dyn Segmenter>,
    pub runner: Arc<dyn TaskRunner>,
    pub audit: Arc<dyn AuditLog>,
    /// Where accounts came from, for maker-checker.
    pub users: Arc<dyn UserRepository>,
    pub settings: MatchingSettings,
}

pub(super) enum Job {
    Auto(RunRequest),
    Transfer(UserId, bool),
    Segment(Option<usize>),
}

pub(super) fn conflict(code: ErrorCode, message: impl Into<String>) -> DomainError {
    DomainError::Conflict { code, message: message.into() }
}

pub(super) fn valid_k(k: Option<i64>) -> DomainResult<Option<usize>> {
    match k {
        None => Ok(None),
        Some(k) if limits::SEGMENTS_K.contains(&k) => Ok(usize::try_from(k).ok()),
        Some(_) => Err(DomainError::validation("k", ErrorCode::InvalidK, "k must be between 2 and 20")),
    }
}

impl MatchingService {
    /// Starts an assignment over every customer of the bank, or of one unit's subtree
    /// (`POST /api/admin/auto-assign`): a branch admin's runs cover their own part.
    /// # Errors
    /// `forbidden` unless an admin over the unit; `not_found` for no such unit; `invalid_k`
    /// (also for `k` with a unit: a run over a subtree does not segment); `run_in_progress`
    /// (409) while an overlapping job runs.
    pub async fn auto_assign(self: &Arc<Self>, actor: Actor, mut request: RunRequest) -> DomainResult<RunRecord> {
        let scope = admin_scope(self.units.as_ref(), actor).await?;
        valid_k(request.k)?;
        request.unit_id = scope.run_unit(request.unit_id)?;
        if request.unit_id.is_some() && request.k.is_some() {
            return Err(DomainError::validation("k", ErrorCode::InvalidK, "a run over one unit keeps the bank's segments: leave k out"));
        }
        let run = NewRun {
            kind: RunKind::Auto,
            dry_run: request.dry_run,
            rebalance: request.rebalance,
            k: request.k.map(|k| k as i32),
            subject_id: None,
            departure: None,
            unit_id: request.unit_id,
            requested_by: actor.id,
        };
        self.start(actor, run, Job::Auto(request)).await
    }

    /// Re-homes a manager's whole book optimally among the other active managers (of the
    /// admin's part of the organisation, for a branch admin).
    /// # Errors
    /// `forbidden`, `not_found` for a non-manager, `run_in_progress`.
    pub async fn transfer(self: &Arc<Self>, actor: Actor, manager_id: UserId, dry_run: bool) -> DomainResult<RunRecord> {
        self.re_home(actor, manager_id, None, dry_run).await
    }

    /// A manager's departure in one step: their book re-homed as by [`Self::transfer`] and,
    /// in the same transaction that applies it, the manager put on leave or deactivated.
    /// A dry run proposes both; committing the proposal applies both.
    /// # Errors
    /// `forbidden`, `not_found` for a non-manager, `run_in_progress`.
    pub async fn depart(
        self: &Arc<Self>,
        actor: Actor,
        manager_id: UserId,
        departure: Departure,
        dry_run: bool,
    ) -> DomainResult<RunRecord> {
        self.re_home(actor, manager_id, Some(departure), dry_run).await
    }

    async fn re_home(
        self: &Arc<Self>,
        actor: Actor,
        manager_id: UserId,
        departure: Option<Departure>,
        dry_run: bool,
    ) -> DomainResult<RunRecord> {
        let scope = admin_scope(self.units.as_ref(), actor).await?;
        let manager = self.managers.get(manager_id).await?.ok_or_else(|| DomainError::NotFound("manager".into()))?;
        scope.require(manager.unit.id)?;
        let run = NewRun {
            kind: RunKind::Transfer,
            dry_run,
            rebalance: false,
            k: None,
            subject_id: Some(manager_id),
            departure,
            // A branch admin re-homes the book within their own part of the organisation.
            unit_id: scope.run_unit(None)?,
            requested_by: actor.id,
        };
        self.start(actor, run, Job::Transfer(manager_id, dry_run)).await
    }

    /// Segments every customer and stores the segments and personas.
    /// # Errors
    /// `forbidden`, `invalid_k`, `run_in_progress`.
    pub async fn segment(self: &Arc<Self>, actor: Actor, k: Option<i64>) -> DomainResult<RunRecord> {
        actor.require_admin()?;
        let k = valid_k(k)?;
        let run = NewRun {
            kind: RunKind::Segmentation,
            dry_run: false,
            rebalance: false,
            k: k.map(|k| k as i32),
            subject_id: None,
            departure: None,
            unit_id: None,
            requested_by: actor.id,
        };
        self.start(actor, run, Job::Segment(k)).await
    }

    /// The job skeleton shared with imports, over this service's ports and settings.
    pub(super) fn jobs(&self) -> BackgroundJobs {
        BackgroundJobs {
            lock: Arc::clone(&self.runs) as Arc<dyn JobLock>,
            log: Arc::clone(&self.runs) as Arc<dyn RunLog>,
            runner: Arc::clone(&self.runner),
            holder: self.settings.holder.clone(),
            stale_lock: self.settings.stale_lock,
            wait: self.settings.wait,
        }
    }

    async fn start(self: &Arc<Self>, actor: Actor, run: NewRun, job: Job) -> DomainResult<RunRecord> {
        let jobs = self.jobs();
        let (run_id, beat) = match jobs.claim(&run).await? {
            (run_id, Claim::Held(beat)) => (run_id, beat),
            (run_id, Claim::Busy(holding)) => {
                self.runs.finish_run(run_id, RunStatus::Failed, None, 0, Some("another job was in progress")).await?;
                return Err(in_progress(holding));
            }
        };
        let audited = self
            .audit
            .record(AuditEntry {
                actor_id: Some(actor.id),
                action: format!("run.start.{}", run.kind.as_str()),
                target: format!("run:{run_id}"),
                after: Some(json!({"dry_run": run.dry_run, "rebalance": run.rebalance, "k": run.k, "subject_id": run.subject_id,
                    "departure": run.departure.map(Departure::as_str), "unit_id": run.unit_id})),
                unit_id: run.unit_id,
                ..AuditEntry::default()
            })
            .await;
        if let Err(err) = audited {
            jobs.abandon(run_id, beat, &err).await;
            return Err(err);
        }
        let service = Arc::clone(self);
        // The run's own span: its phases and its end are logged under its id, wherever the
        // request that started it has gone.
        let unit = run.unit_id;
        jobs.launch(tracing::info_span!("run", run_id, kind = run.kind.as_str()), async move {
            service.execute(actor, run_id, job, unit, beat).await
        })
        .await;
        self.runs.run(run_id).await?.ok_or_else(|| DomainError::NotFound("run".into()))
    }
}
