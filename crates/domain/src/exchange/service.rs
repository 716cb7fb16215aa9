//! Imports and exports as use cases. An import is a background job like an assignment
//! run: it takes the same database lock (an import and a run never overlap, since a run
//! plans on the tags an import rewrites), reports phase and progress in the run record,
//! stages valid rows batch by batch and applies them in one transaction — or not at all.

use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::json;

use super::columns::Columns;
use super::ports::{ExportStore, ImportFile, ImportJob, ImportScope, ImportStore};
use super::problems::{ImportKind, ImportMode, ImportReport, MAX_REPORTED_PROBLEMS, RowProblem, code};
use super::rows::RowValidator;
use super::units::ImportUnits;
use crate::background_job::{BackgroundJobs, Claim, in_progress};
use crate::error::{DomainError, DomainResult};
use crate::jobs::Heartbeat;
use crate::organisation::{OrgUnits, admin_scope};
use crate::ports::{AuditEntry, AuditLog, TagRepository};
use crate::runs::{JobLock, JobPhase, NewRun, RunLog, RunStatus, TaskRunner, stop_point};
use crate::user::Actor;

#[derive(Debug, Clone)]
pub struct ExchangeSettings {
    /// How long a request waits for an import before answering 202 and leaving it running.
    pub wait: Duration,
    /// Identifies this server process in the job lock.
    pub holder: String,
    /// A lock not refreshed for this long is taken over.
    pub stale_lock: Duration,
    /// Rows read, validated and staged at a time.
    pub batch_rows: usize,
}

pub struct ExchangeService {
    /// The job lock, shared with assignment runs.
    pub lock: Arc<dyn JobLock>,
    /// The record of every job; an import is one.
    pub log: Arc<dyn RunLog>,
    pub imports: Arc<dyn ImportStore>,
    pub exports: Arc<dyn ExportStore>,
    pub tags: Arc<dyn TagRepository>,
    /// The organisation, for the units a file names.
    pub units: Arc<dyn OrgUnits>,
    pub audit: Arc<dyn AuditLog>,
    pub runner: Arc<dyn TaskRunner>,
    pub settings: ExchangeSettings,
}

/// One import as it runs: who started it and the part of the organisation it writes to.
struct ImportRun {
    actor: Actor,
    run_id: i64,
    /// The unit whose lock it holds; `None`: the whole bank's.
    unit_id: Option<crate::organisation::UnitId>,
    scope: ImportScope,
}

pub(super) fn not_found() -> DomainError {
    DomainError::NotFound("import".into())
}

impl ExchangeService {
    /// Who may import and export: admins (a branch's, into their part). Checked before an
    /// upload is even stored.
    /// # Errors
    /// `forbidden` unless an admin.
    pub fn authorize(&self, actor: Actor) -> DomainResult<()> {
        actor.require_any_admin()
    }

    /// Where an admin's import writes: the whole bank for the head office; a branch
    /// admin's part (new accounts without a unit go to their own unit) otherwise.
    async fn import_scope(&self, actor: Actor) -> DomainResult<(Option<crate::organisation::UnitId>, ImportScope)> {
        let scope = admin_scope(self.units.as_ref(), actor).await?;
        if scope.is_head_office() {
            return Ok((None, ImportScope::default()));
        }
        Ok((scope.run_unit(None)?, ImportScope { home: Some(scope.own.id), units: Some(scope.units) }))
    }

    /// Starts importing `file`; waits a few seconds for it, then returns the job as it stands.
    /// # Errors
    /// `forbidden`; `run_in_progress` (409) while an assignment run or another import holds the lock.
    pub async fn start_import(
        self: &Arc<Self>,
        actor: Actor,
        kind: ImportKind,
        mode: ImportMode,
        file: Arc<dyn ImportFile>,
    ) -> DomainResult<ImportJob> {
        let (unit_id, scope) = self.import_scope(actor).await?;
        // A branch's import holds its part's lock: it overlaps runs over that part only.
        let run = NewRun {
            kind: kind.job_kind(),
            dry_run: false,
            rebalance: false,
            k: None,
            subject_id: None,
            departure: None,
            unit_id,
            requested_by: actor.id,
        };
        let jobs = self.jobs();
        let report = ImportReport::new(kind, mode);
        let (run_id, beat) = match jobs.claim(&run).await? {
            (run_id, Claim::Held(beat)) => (run_id, beat),
            (run_id, Claim::Busy(holding)) => {
                self.imports.save_report(run_id, RunStatus::Failed, &report, Some(0), Some("another job was in progress")).await?;
                return Err(in_progress(holding));
            }
        };
        let begun = match self.imports.save_report(run_id, RunStatus::Running, &report, None, None).await {
            Ok(()) => {
                self.audit
                    .record(AuditEntry {
                        actor_id: Some(actor.id),
                        action: format!("run.start.{}", kind.job_kind().as_str()),
                        target: format!("run:{run_id}"),
                        after: Some(json!({"mode": mode.as_str()})),
                        unit_id,
                        ..AuditEntry::default()
                    })
                    .await
            }
            Err(err) => Err(err),
        };
        if let Err(err) = begun {
            jobs.abandon(run_id, beat, &err).await;
            return Err(err);
        }
        let service = Arc::clone(self);
        let span = tracing::info_span!("import", run_id, kind = kind.job_kind().as_str());
        let job = ImportRun { actor, run_id, unit_id, scope };
        jobs.launch(span, async move { service.execute(job, report, file, beat).await }).await;
        self.imports.job(run_id).await?.ok_or_else(not_found)
    }

    async fn execute(&self, job: ImportRun, mut report: ImportReport, file: Arc<dyn ImportFile>, beat: Heartbeat) {
        let run_id = job.run_id;
        let started = Instant::now();
        let outcome = self.phases(&job, &mut report, file.as_ref(), &beat).await;
        // The upload is not needed any more: its spool file goes now, whatever happened.
        drop(file);
        let elapsed = i64::try_from(started.elapsed().as_millis()).unwrap_or(i64::MAX);
        let (status, error) = match outcome {
            Ok(true) => (RunStatus::Committed, None),
            Ok(false) => (RunStatus::Failed, Some(format!("the file has {} problem(s); nothing was imported", report.problem_count))),
            Err(err) => {
                let _ = self.imports.discard(run_id).await;
                (RunStatus::Failed, Some(crate::jobs::failure(run_id, &err)))
            }
        };
        report.finish();
        if self.imports.save_report(run_id, status, &report, Some(elapsed), error.as_deref()).await.is_err() {
            // A report too large for the store: keep the counts and the first problems.
            report.problems.truncate(50);
            report.truncated = report.problem_count > report.problems.len() as u64;
            if self.imports.save_report(run_id, status, &report, Some(elapsed), error.as_deref()).await.is_err() {
                let _ = self.log.finish_run(run_id, status, None, elapsed, Some("the import report could not be saved")).await;
            }
        }
        if status != RunStatus::Committed {
            let _ = self.audit.record(Self::finish_entry(&job, &report, "rejected")).await;
        }
        self.jobs().release(beat).await;
    }

    /// The job skeleton shared with assignment runs, over this service's ports and settings.
    fn jobs(&self) -> BackgroundJobs {
        BackgroundJobs {
            lock: Arc::clone(&self.lock),
            log: Arc::clone(&self.log),
            runner: Arc::clone(&self.runner),
            holder: self.settings.holder.clone(),
            stale_lock: self.settings.stale_lock,
            wait: self.settings.wait,
        }
    }

    fn finish_entry(job: &ImportRun, report: &ImportReport, outcome: &str) -> AuditEntry {
        AuditEntry {
            actor_id: Some(job.actor.id),
            action: format!("{}.{outcome}", report.kind.job_kind().as_str()),
            target: format!("run:{}", job.run_id),
            unit_id: job.unit_id,
            after: Some(
                json!({"mode": report.mode.as_str(), "rows": report.rows, "rejected": report.rejected, "problems": report.problem_count}),
            ),
            ..AuditEntry::default()
        }
    }

    /// Validates and stages every row, checks roles, then applies. `Ok(false)`: rejected
    /// as a whole (all or nothing with problems, or a bad header), nothing written.
    async fn phases(&self, job: &ImportRun, report: &mut ImportReport, file: &dyn ImportFile, beat: &Heartbeat) -> DomainResult<bool> {
        let run_id = job.run_id;
        // A safe point: the server is not stopping and this process still holds the lock.
        let checkpoint = || -> DomainResult<()> {
            stop_point(self.runner.as_ref())?;
            beat.check()
        };
        let mut clock = Instant::now();
        self.imports.clear_staging().await?;
        let vocabulary = self.tags.vocabulary().await?;
        let units = ImportUnits::new(&self.units.tree().await?, job.scope.units.as_deref());
        self.log.set_progress(run_id, JobPhase::Validating, 1).await?;
        let mut source = file.open()?;
        let columns = match Columns::parse(report.kind, &source.header()?) {
            Ok(columns) => columns,
            Err(problems) => {
                report.reject_file(problems);
                return Ok(false);
            }
        };
        let mut validator = RowValidator::new(report.kind, columns, vocabulary, units);
        let mut reported = Instant::now();
        loop {
            checkpoint()?;
            let batch = source.next_batch(self.settings.batch_rows)?;
            if batch.is_empty() {
                break;
            }
            let mut good = Vec::with_capacity(batch.len());
            for record in &batch {
                report.rows += 1;
                match validator.check(record) {
                    Ok(row) => good.push(row),
                    Err(problems) => report.reject(problems),
                }
            }
            if !good.is_empty() {
                self.imports.stage(run_id, &good).await?;
            }
            if reported.elapsed() >= Duration::from_millis(500) {
                self.log.set_progress(run_id, JobPhase::Validating, 1 + (source.progress().clamp(0.0, 1.0) * 69.0) as u8).await?;
                reported = Instant::now();
            }
        }
        report.lap("validate", clock);
        clock = Instant::now();
        self.log.set_progress(run_id, JobPhase::Checking, 72).await?;
        let role = report.kind.role();
        let (conflicts, count) = self.imports.role_conflicts(run_id, role, MAX_REPORTED_PROBLEMS as u64).await?;
        let listed = conflicts.len() as u64;
        for c in conflicts {
            let message = format!("{} belongs to a {} account, not a {}", c.username, c.role.as_str(), role.as_str());
            report.reject(vec![RowProblem::new(c.line, Some("username"), code::ROLE_CONFLICT, message)]);
        }
        report.reject_unlisted(code::ROLE_CONFLICT, count.saturating_sub(listed));
        let outside = match &job.scope.units {
            Some(units) => self.outside_scope(run_id, units, report).await?,
            None => 0,
        };
        if report.has_problems() && report.mode == ImportMode::AllOrNothing {
            self.imports.discard(run_id).await?;
            return Ok(false);
        }
        if count > 0 {
            self.imports.drop_role_conflicts(run_id, role).await?;
        }
        if let (Some(units), true) = (&job.scope.units, outside > 0) {
            self.imports.drop_scope_conflicts(run_id, units).await?;
        }
        report.lap("check", clock);
        clock = Instant::now();
        checkpoint()?;
        self.log.set_progress(run_id, JobPhase::Applying, 75).await?;
        let counts = self.imports.apply(run_id, report.kind, &job.scope, &Self::finish_entry(job, report, "committed")).await?;
        report.lap("apply", clock);
        report.created = counts.created;
        report.updated = counts.updated;
        Ok(true)
    }

    /// Rejects the staged rows of accounts outside `units`; how many there are.
    async fn outside_scope(&self, run_id: i64, units: &[crate::organisation::UnitId], report: &mut ImportReport) -> DomainResult<u64> {
        let (conflicts, count) = self.imports.scope_conflicts(run_id, units, MAX_REPORTED_PROBLEMS as u64).await?;
        let listed = conflicts.len() as u64;
        for c in conflicts {
            let message = format!("{} belongs to a unit outside your part of the organisation", c.username);
            report.reject(vec![RowProblem::new(c.line, Some("username"), code::ACCOUNT_OUTSIDE_SCOPE, message)]);
        }
        report.reject_unlisted(code::ACCOUNT_OUTSIDE_SCOPE, count.saturating_sub(listed));
        Ok(count)
    }
}
