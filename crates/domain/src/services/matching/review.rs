//! Runs after they were started: reading them and a proposal's changes, and deciding on a
//! proposal — its commit (maker-checker) or its discard.

use super::service::{MatchingService, conflict};
use crate::error::{DomainError, DomainResult, ErrorCode};
use crate::organisation::admin_scope;
use crate::ports::{AuditEntry, Page, check_page};
use crate::runs::{ChangeView, RunKind, RunRecord, RunStatus};
use crate::services::approval::independent_approver;
use crate::user::Actor;

impl MatchingService {
    /// Applies a proposed run.
    /// # Errors
    /// `forbidden` (not admin, or maker-checker without an independent admin), `not_found`,
    /// `run_not_proposed`, `run_conflict` when the data changed underneath, `run_in_progress`.
    pub async fn commit(&self, actor: Actor, run_id: i64) -> DomainResult<RunRecord> {
        let run = self.visible_run(actor, run_id).await?;
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
        // A commit of a million customers outlasts a heartbeat period: the lock stays fresh.
        let jobs = self.jobs();
        let beat = jobs.hold(run_id, run.unit_id).await?;
        let applied = self.runs.apply_run(run_id, actor.id).await;
        jobs.release(beat).await;
        applied?;
        self.runs.run(run_id).await?.ok_or_else(|| DomainError::NotFound("run".into()))
    }

    /// Drops a proposed run.
    /// # Errors
    /// `forbidden`, `not_found`, `run_not_proposed`.
    pub async fn discard(&self, actor: Actor, run_id: i64) -> DomainResult<RunRecord> {
        let run = self.visible_run(actor, run_id).await?;
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
                unit_id: run.unit_id,
                ..AuditEntry::default()
            })
            .await?;
        self.runs.run(run_id).await?.ok_or_else(|| DomainError::NotFound("run".into()))
    }

    /// # Errors
    /// `forbidden`, `not_found`.
    pub async fn run(&self, actor: Actor, run_id: i64) -> DomainResult<RunRecord> {
        self.visible_run(actor, run_id).await
    }

    /// A run the admin may see and decide: one over their part of the organisation (the
    /// whole bank's are the head office's).
    async fn visible_run(&self, actor: Actor, run_id: i64) -> DomainResult<RunRecord> {
        let scope = admin_scope(self.units.as_ref(), actor).await?;
        let run = self.runs.run(run_id).await?.ok_or_else(|| DomainError::NotFound("run".into()))?;
        scope.require_run(run.unit_id)?;
        Ok(run)
    }

    /// The runs of the admin's part of the organisation, newest first: every run for the head
    /// office, the runs over their subtree for a branch admin.
    /// # Errors
    /// `forbidden`, invalid paging.
    pub async fn list_runs(&self, actor: Actor, page: u64, per_page: u64) -> DomainResult<Page<RunRecord>> {
        check_page(page, per_page)?;
        let scope = admin_scope(self.units.as_ref(), actor).await?;
        if scope.is_head_office() { self.runs.runs(page, per_page).await } else { self.runs.unit_runs(&scope.units, page, per_page).await }
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
        check_page(page, per_page)?;
        self.visible_run(actor, run_id).await?;
        Ok((self.runs.changes(run_id, page, per_page).await?, self.tags.vocabulary().await?))
    }
}
