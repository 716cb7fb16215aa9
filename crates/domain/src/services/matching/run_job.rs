//! A claimed run's work in the background: its phases (load, segment, solve, save, commit)
//! with a safe point between each, and the planner on a blocking thread with its progress
//! copied into the run record.

use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::plan::{Plan, PlanOptions, plan_assignment};
use super::service::{Job, MatchingService, valid_k};
use crate::customer::CustomerClass;
use crate::error::{DomainError, DomainResult};
use crate::organisation::UnitId;
use crate::organisation::unit::subtree;
use crate::runs::{JobPhase, RunStatus, stop_point};
use crate::segmentation::{FeatureSpace, Persona, SegmentRow, personas};
use crate::user::{Actor, UserId};

impl MatchingService {
    pub(super) async fn execute(&self, actor: Actor, run_id: i64, job: Job, unit: Option<UnitId>, beat: crate::jobs::Heartbeat) {
        let started = Instant::now();
        let outcome = self.execute_phases(actor, run_id, &job, unit, &beat).await;
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

    async fn execute_phases(
        &self,
        actor: Actor,
        run_id: i64,
        job: &Job,
        unit: Option<UnitId>,
        beat: &crate::jobs::Heartbeat,
    ) -> DomainResult<()> {
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
        // A run over a subtree reads only what it may change.
        let snapshot = Arc::new(match unit {
            Some(unit) => self.runs.unit_snapshot(&subtree(&self.units.tree().await?, unit)).await?,
            None => self.runs.snapshot().await?,
        });
        lap("load", &mut phase_ms);
        checkpoint()?;
        let rows: Arc<Vec<SegmentRow>> =
            Arc::new(snapshot.customers.iter().map(|c| SegmentRow { mask: c.mask, age: c.age, assets_fen: c.assets_fen }).collect());
        let space = FeatureSpace { needs: snapshot.vocabulary.needs.len(), hobbies: snapshot.vocabulary.hobbies.len() };
        let (segment_k, options, dry_run) = match job {
            Job::Auto(request) => {
                // Segments are the bank's: a run over one subtree keeps them as they are.
                let segment = if unit.is_none() { Some(valid_k(request.k)?) } else { None };
                (segment, Some(PlanOptions { rebalance: request.rebalance, transfer_from: None }), request.dry_run)
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
}
