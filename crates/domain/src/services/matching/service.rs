//! Orchestrates runs: one at a time across every server (a lock in the database), heavy
//! work off the request workers, progress readable by anyone, previews, maker-checker
//! approval, manual changes and explanations.

use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::json;

use super::plan::{Plan, PlanOptions, plan_assignment};
use crate::background_job::{BackgroundJobs, Claim, in_progress};
use crate::customer::CustomerClass;
use crate::error::{DomainError, DomainResult, ErrorCode};
use crate::limits;
use crate::ports::{AuditEntry, AuditLog, CustomerRepository, ManagerRepository, Page, TagRepository, UserRepository, check_page};
use crate::runs::{
    AssignmentRepository, ChangeView, JobLock, JobPhase, NewRun, RunKind, RunLog, RunRecord, RunStatus, TaskRunner, stop_point,
};
use crate::segmentation::{FeatureSpace, Persona, SegmentRow, Segmenter, personas};
use crate::services::approval::independent_approver;
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
    pub tags: Arc<dyn TagRepository>,
    pub segmenter: Arc<dyn Segmenter>,
    pub runner: Arc<dyn TaskRunner>,
    pub audit: Arc<dyn AuditLog>,
    /// Where accounts came from, for maker-checker.
    pub users: Arc<dyn UserRepository>,
    pub settings: MatchingSettings,
}

enum Job {
    Auto(RunRequest),
    Transfer(UserId, bool),
    Segment(Option<usize>),
}

fn conflict(code: ErrorCode, message: impl Into<String>) -> DomainError {
    DomainError::Conflict { code, message: message.into() }
}

fn valid_k(k: Option<i64>) -> DomainResult<Option<usize>> {
    match k {
        None => Ok(None),
        Some(k) if limits::SEGMENTS_K.contains(&k) => Ok(usize::try_from(k).ok()),
        Some(_) => Err(DomainError::validation("k", ErrorCode::InvalidK, "k must be between 2 and 20")),
    }
}

impl MatchingService {
    /// Starts an assignment over every customer (`POST /api/admin/auto-assign`).
    /// # Errors
    /// `forbidden` unless admin; `invalid_k`; `run_in_progress` (409) while another runs.
    pub async fn auto_assign(self: &Arc<Self>, actor: Actor, request: RunRequest) -> DomainResult<RunRecord> {
        actor.require_admin()?;
        valid_k(request.k)?;
        let run = NewRun {
            kind: RunKind::Auto,
            dry_run: request.dry_run,
            rebalance: request.rebalance,
            k: request.k.map(|k| k as i32),
            subject_id: None,
            requested_by: actor.id,
        };
        self.start(actor, run, Job::Auto(request)).await
    }

    /// Re-homes a manager's whole book optimally among the other active managers.
    /// # Errors
    /// `forbidden`, `not_found` for a non-manager, `run_in_progress`.
    pub async fn transfer(self: &Arc<Self>, actor: Actor, manager_id: UserId, dry_run: bool) -> DomainResult<RunRecord> {
        actor.require_admin()?;
        self.managers.get(manager_id).await?.ok_or_else(|| DomainError::NotFound("manager".into()))?;
        let run =
            NewRun { kind: RunKind::Transfer, dry_run, rebalance: false, k: None, subject_id: Some(manager_id), requested_by: actor.id };
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
            requested_by: actor.id,
        };
        self.start(actor, run, Job::Segment(k)).await
    }

    /// The job skeleton shared with imports, over this service's ports and settings.
    fn jobs(&self) -> BackgroundJobs {
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
                after: Some(json!({"dry_run": run.dry_run, "rebalance": run.rebalance, "k": run.k, "subject_id": run.subject_id})),
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
        jobs.launch(tracing::info_span!("run", run_id, kind = run.kind.as_str()), async move {
            service.execute(actor, run_id, job, beat).await
        })
        .await;
        self.runs.run(run_id).await?.ok_or_else(|| DomainError::NotFound("run".into()))
    }

    async fn execute(&self, actor: Actor, run_id: i64, job: Job, beat: crate::jobs::Heartbeat) {
        let started = Instant::now();
        let outcome = self.execute_phases(actor, run_id, &job, &beat).await;
        let elapsed = i64::try_from(started.elapsed().as_millis()).unwrap_or(i64::MAX);
        if let Err(err) = outcome {
            let message = crate::jobs::failure(run_id, &err);
            if let Err(unsaved) = self.runs.finish_run(run_id, RunStatus::Failed, None, elapsed, Some(&message)).await {
                tracing::error!(error = ?unsaved, "the failed run could not be recorded as failed");
            }
        } else {
            tracing::info!(duration_ms = elapsed, "run finished");
        }
        self.jobs().release(beat).await;
    }

    async fn execute_phases(&self, actor: Actor, run_id: i64, job: &Job, beat: &crate::jobs::Heartbeat) -> DomainResult<()> {
        // A safe point: the server is not stopping and this process still holds the lock.
        let checkpoint = || -> DomainResult<()> {
            stop_point(self.runner.as_ref())?;
            beat.check()
        };
        let started = Instant::now();
        let mut phase_ms: Vec<(String, u64)> = Vec::new();
        let mut clock = Instant::now();
        let mut lap = |name: &str, phases: &mut Vec<(String, u64)>| {
            phases.push((name.to_owned(), u64::try_from(clock.elapsed().as_millis()).unwrap_or(u64::MAX)));
            clock = Instant::now();
        };
        self.runs.set_progress(run_id, JobPhase::Loading, 5).await?;
        let snapshot = Arc::new(self.runs.snapshot().await?);
        lap("load", &mut phase_ms);
        checkpoint()?;
        let rows: Arc<Vec<SegmentRow>> =
            Arc::new(snapshot.customers.iter().map(|c| SegmentRow { mask: c.mask, age: c.age, assets_fen: c.assets_fen }).collect());
        let space = FeatureSpace { needs: snapshot.vocabulary.needs.len(), hobbies: snapshot.vocabulary.hobbies.len() };
        let (segment_k, options, dry_run) = match job {
            Job::Auto(request) => {
                (Some(valid_k(request.k)?), Some(PlanOptions { rebalance: request.rebalance, transfer_from: None }), request.dry_run)
            }
            Job::Transfer(manager, dry_run) => (None, Some(PlanOptions { rebalance: false, transfer_from: Some(*manager) }), *dry_run),
            Job::Segment(k) => (Some(*k), None, false),
        };
        let segmentation = match segment_k {
            Some(k) => {
                self.runs.set_progress(run_id, JobPhase::Segmenting, 15).await?;
                let result = self.segmenter.segment(Arc::clone(&rows), space, k).await?;
                lap("segment", &mut phase_ms);
                Some(result)
            }
            None => None,
        };
        checkpoint()?;
        let plan = match options {
            Some(options) => {
                let plan = self.solve(run_id, Arc::clone(&snapshot), options).await?;
                lap("solve", &mut phase_ms);
                Some(plan)
            }
            None => None,
        };
        checkpoint()?;
        self.runs.set_progress(run_id, JobPhase::Saving, 85).await?;
        let mut persona_list: Vec<Persona> = Vec::new();
        if let Some(seg) = &segmentation {
            let classes: Vec<Option<CustomerClass>> =
                plan.as_ref().map_or_else(|| snapshot.customers.iter().map(|c| c.class).collect(), |p| p.classes.clone());
            persona_list = personas(&rows, &seg.labels, &classes, seg.k, &snapshot.vocabulary);
            let labels: Vec<(UserId, u32)> = snapshot.customers.iter().zip(&seg.labels).map(|(c, l)| (c.id, *l)).collect();
            self.runs.save_segments(Some(run_id), &labels, &persona_list).await?;
        }
        let elapsed = || i64::try_from(started.elapsed().as_millis()).unwrap_or(i64::MAX);
        let Some(plan) = plan else {
            lap("save", &mut phase_ms);
            let summary = crate::runs::RunSummary {
                segments: segmentation.as_ref().map_or(0, |s| s.k),
                personas: persona_list,
                phase_ms,
                ..Default::default()
            };
            return self.runs.finish_run(run_id, RunStatus::Committed, Some(&summary), elapsed(), None).await;
        };
        let mut summary = plan.summary.clone();
        summary.segments = segmentation.as_ref().map_or(0, |s| s.k);
        summary.personas = persona_list;
        self.runs.save_proposal(run_id, &plan.changes).await?;
        lap("save", &mut phase_ms);
        // Without a dry run (and without maker-checker) the proposal is applied at once,
        // in one transaction, while this run still holds the lock.
        let status = if !dry_run && !self.settings.require_approval {
            // The last safe point: past it the commit's one transaction runs to its end.
            checkpoint()?;
            self.runs.set_progress(run_id, JobPhase::Committing, 95).await?;
            self.runs.apply_run(run_id, actor.id).await?;
            lap("commit", &mut phase_ms);
            RunStatus::Committed
        } else {
            RunStatus::Proposed
        };
        summary.phase_ms = phase_ms;
        self.runs.finish_run(run_id, status, Some(&summary), elapsed(), None).await
    }

    /// Runs the planner on a blocking thread, copying its progress into the run record.
    async fn solve(&self, run_id: i64, snapshot: Arc<crate::runs::Snapshot>, options: PlanOptions) -> DomainResult<Plan> {
        self.runs.set_progress(run_id, JobPhase::Solving, 30).await?;
        let progress = Arc::new(AtomicU8::new(0));
        let finished = Arc::new(AtomicBool::new(false));
        let result: Arc<Mutex<Option<Plan>>> = Arc::new(Mutex::new(None));
        let (p, r) = (Arc::clone(&progress), Arc::clone(&result));
        let runs = Arc::clone(&self.runs);
        let ticker_progress = Arc::clone(&progress);
        let ticker_done = Arc::clone(&finished);
        let runner = Arc::clone(&self.runner);
        self.runner.spawn(Box::pin(async move {
            let mut last = 0;
            while !ticker_done.load(Ordering::SeqCst) {
                let now = ticker_progress.load(Ordering::SeqCst);
                if now != last {
                    last = now;
                    let _ = runs.set_progress(run_id, JobPhase::Solving, 30 + now / 2).await;
                }
                runner.sleep(Duration::from_millis(500)).await;
            }
        }));
        let outcome = self
            .runner
            .blocking(Box::new(move || {
                let plan = plan_assignment(&snapshot, options, &mut |f| p.store((f.clamp(0.0, 1.0) * 100.0) as u8, Ordering::SeqCst));
                if let Ok(mut slot) = r.lock() {
                    *slot = Some(plan);
                }
            }))
            .await;
        finished.store(true, Ordering::SeqCst);
        outcome?;
        let plan = result.lock().map_err(|_| DomainError::internal("planner result poisoned"))?.take();
        plan.ok_or_else(|| DomainError::internal("planner produced nothing"))
    }

    /// Applies a proposed run.
    /// # Errors
    /// `forbidden` (not admin, or maker-checker without an independent admin), `not_found`,
    /// `run_not_proposed`, `run_conflict` when the data changed underneath, `run_in_progress`.
    pub async fn commit(&self, actor: Actor, run_id: i64) -> DomainResult<RunRecord> {
        actor.require_admin()?;
        let run = self.runs.run(run_id).await?.ok_or_else(|| DomainError::NotFound("run".into()))?;
        if run.status != RunStatus::Proposed || run.kind == RunKind::Segmentation {
            return Err(conflict(ErrorCode::RunNotProposed, format!("run {run_id} is {} and cannot be committed", run.status.as_str())));
        }
        // Maker-checker: not the proposer, nor an account the proposer made (or gave a
        // password), nor one created after the proposal — a second account is not a second person.
        if self.settings.require_approval && !independent_approver(self.users.as_ref(), actor.id, run.requested_by, run.created_at).await? {
            return Err(DomainError::forbidden(
                "maker-checker: an administrator independent of the one who proposed this run must approve it",
            ));
        }
        if let Err(holder) = self.runs.acquire_lock(&self.settings.holder, run_id, self.settings.stale_lock).await? {
            let message = holder.map_or_else(|| "another run is in progress".to_owned(), |id| format!("run {id} is in progress"));
            return Err(conflict(ErrorCode::RunInProgress, message));
        }
        // A commit of a million customers outlasts a heartbeat period: keep the lock fresh.
        let every = crate::jobs::heartbeat_interval(self.settings.stale_lock);
        let beat =
            crate::jobs::Heartbeat::start(&self.runner, Arc::clone(&self.runs) as Arc<dyn JobLock>, self.settings.holder.clone(), every);
        let applied = self.runs.apply_run(run_id, actor.id).await;
        drop(beat);
        let _ = self.runs.release_lock(&self.settings.holder).await;
        applied?;
        self.runs.run(run_id).await?.ok_or_else(|| DomainError::NotFound("run".into()))
    }

    /// Drops a proposed run.
    /// # Errors
    /// `forbidden`, `not_found`, `run_not_proposed`.
    pub async fn discard(&self, actor: Actor, run_id: i64) -> DomainResult<RunRecord> {
        actor.require_admin()?;
        let run = self.runs.run(run_id).await?.ok_or_else(|| DomainError::NotFound("run".into()))?;
        if run.status != RunStatus::Proposed {
            return Err(conflict(ErrorCode::RunNotProposed, format!("run {run_id} is {} and cannot be discarded", run.status.as_str())));
        }
        // Compare-and-set: a commit that got there first wins, and this discard is refused.
        if !self.runs.discard_proposal(run_id).await? {
            let now = self.runs.run(run_id).await?.map_or("gone", |r| r.status.as_str());
            return Err(conflict(ErrorCode::RunNotProposed, format!("run {run_id} is {now} and cannot be discarded")));
        }
        self.audit
            .record(AuditEntry {
                actor_id: Some(actor.id),
                action: "run.discard".into(),
                target: format!("run:{run_id}"),
                ..AuditEntry::default()
            })
            .await?;
        self.runs.run(run_id).await?.ok_or_else(|| DomainError::NotFound("run".into()))
    }

    /// # Errors
    /// `forbidden`, `not_found`.
    pub async fn run(&self, actor: Actor, run_id: i64) -> DomainResult<RunRecord> {
        actor.require_admin()?;
        self.runs.run(run_id).await?.ok_or_else(|| DomainError::NotFound("run".into()))
    }

    /// # Errors
    /// `forbidden`, invalid paging.
    pub async fn list_runs(&self, actor: Actor, page: u64, per_page: u64) -> DomainResult<Page<RunRecord>> {
        actor.require_admin()?;
        check_page(page, per_page)?;
        self.runs.runs(page, per_page).await
    }

    /// The proposal of a run, page by page, with matched tags.
    /// # Errors
    /// `forbidden`, `not_found`, invalid paging.
    pub async fn changes(
        &self,
        actor: Actor,
        run_id: i64,
        page: u64,
        per_page: u64,
    ) -> DomainResult<(Page<ChangeView>, crate::tags::Vocabulary)> {
        actor.require_admin()?;
        check_page(page, per_page)?;
        self.runs.run(run_id).await?.ok_or_else(|| DomainError::NotFound("run".into()))?;
        Ok((self.runs.changes(run_id, page, per_page).await?, self.tags.vocabulary().await?))
    }
}
