//! The matching engine's ports, each sized to one role, so a caller depends on what it uses:
//! imports need only the job lock and the run log; the engine, which needs them all, takes
//! [`AssignmentRepository`].

use std::time::Duration;

use async_trait::async_trait;

use super::{ChangeView, JobPhase, ManualChange, NewRun, ProposedChange, RunRecord, RunStatus, RunSummary, Snapshot};
use crate::customer::CustomerClass;
use crate::error::DomainResult;
use crate::organisation::UnitId;
use crate::ports::Page;
use crate::segmentation::Persona;
use crate::user::UserId;

/// The job locks every server process shares (runs and imports; one per job, over the whole bank or one unit's subtree), with their heartbeat.
#[async_trait]
pub trait JobLock: Send + Sync + 'static {
    /// Takes the job lock over `unit`'s subtree (the whole bank for `None`) for `run_id`, or
    /// returns the id of a run holding an overlapping one: a run over a unit, over a unit above
    /// it, or over one below it. Every run and import takes one; two over disjoint subtrees
    /// hold theirs side by side. The overlap is decided in one transaction with the
    /// organisation's root row locked, so two takers cannot both pass. A lock is taken over
    /// only from a holder presumed dead: its heartbeat is older than `stale_after`, or it is a
    /// process of this host that no longer runs ([`crate::jobs::liveness`]); the run it held
    /// is then ended as interrupted.
    /// # Errors
    /// Storage failures.
    async fn acquire_lock(
        &self,
        holder: &str,
        run_id: i64,
        stale_after: Duration,
        unit: Option<UnitId>,
    ) -> DomainResult<Result<(), Option<i64>>>;
    /// Refreshes the lock `holder` holds for `run_id`; `false` when it no longer does (taken over).
    /// # Errors
    /// Storage failures.
    async fn heartbeat(&self, holder: &str, run_id: i64) -> DomainResult<bool>;
    /// # Errors
    /// Storage failures.
    async fn release_lock(&self, holder: &str, run_id: i64) -> DomainResult<()>;
}

/// The record of every job (runs and imports): created, progressing, finished, read back.
#[async_trait]
pub trait RunLog: Send + Sync + 'static {
    /// Records a new run as `running`, signed by the process (`holder`) that will run it, so
    /// that a server starting later can tell whether that process is still alive.
    /// # Errors
    /// Storage failures.
    async fn create_run(&self, run: &NewRun, holder: &str) -> DomainResult<i64>;
    /// # Errors
    /// Storage failures.
    async fn set_progress(&self, run_id: i64, phase: JobPhase, progress: u8) -> DomainResult<()>;
    /// # Errors
    /// Storage failures.
    async fn finish_run(
        &self,
        run_id: i64,
        status: RunStatus,
        summary: Option<&RunSummary>,
        duration_ms: i64,
        error: Option<&str>,
    ) -> DomainResult<()>;
    /// # Errors
    /// Storage failures.
    async fn run(&self, run_id: i64) -> DomainResult<Option<RunRecord>>;
    /// Newest first.
    /// # Errors
    /// Storage failures.
    async fn runs(&self, page: u64, per_page: u64) -> DomainResult<Page<RunRecord>>;
    /// The runs over one of `units`, newest first (whole-bank runs are not among them).
    /// # Errors
    /// Storage failures.
    async fn unit_runs(&self, units: &[UnitId], page: u64, per_page: u64) -> DomainResult<Page<RunRecord>>;
}

/// A run's proposed changes: stored, read page by page, applied or discarded.
#[async_trait]
pub trait Proposals: Send + Sync + 'static {
    /// Stores the proposal (replacing any earlier one of this run).
    /// # Errors
    /// Storage failures.
    async fn save_proposal(&self, run_id: i64, changes: &[ProposedChange]) -> DomainResult<()>;
    /// # Errors
    /// Storage failures.
    async fn changes(&self, run_id: i64, page: u64, per_page: u64) -> DomainResult<Page<ChangeView>>;
    /// Applies a stored proposal in one transaction: each customer's new manager, score
    /// and class, one history row per changed manager, the run marked committed, an audit
    /// entry. Refused (`run_conflict`, nothing written) when a customer's manager changed
    /// since the proposal or a capacity or an inactive manager would be violated.
    /// # Errors
    /// `Conflict` as above; storage failures.
    async fn apply_run(&self, run_id: i64, actor_id: UserId) -> DomainResult<u64>;
    /// Marks a proposal discarded, in one compare-and-set on its status: `false` (nothing
    /// written) when the run is no longer `proposed` — committed or discarded meanwhile.
    /// # Errors
    /// Storage failures.
    async fn discard_proposal(&self, run_id: i64) -> DomainResult<bool>;
}

/// The whole book as the engine reads it, and what segmentation writes back.
#[async_trait]
pub trait BookSnapshot: Send + Sync + 'static {
    /// Every customer and manager, as of now.
    /// # Errors
    /// Storage failures.
    async fn snapshot(&self) -> DomainResult<Snapshot>;
    /// The customers whose home unit is one of `units` and whose manager, if any, is too, and
    /// the managers of `units`: what a run over a subtree may change.
    /// # Errors
    /// Storage failures.
    async fn unit_snapshot(&self, units: &[UnitId]) -> DomainResult<Snapshot>;
    /// Every customer whose home unit is one of `units`, whoever serves them, with the
    /// managers of `units` and those serving these customers from elsewhere: what the
    /// analyses of a part of the organisation describe.
    /// # Errors
    /// Storage failures.
    async fn part_snapshot(&self, units: &[UnitId]) -> DomainResult<Snapshot>;
    /// Stores each customer's segment and the personas.
    /// # Errors
    /// Storage failures.
    async fn save_segments(&self, run_id: Option<i64>, labels: &[(UserId, u32)], personas: &[Persona]) -> DomainResult<()>;
    /// Customers per class (None: not yet classified).
    /// # Errors
    /// Storage failures.
    async fn class_counts(&self) -> DomainResult<Vec<(Option<CustomerClass>, u64)>>;
}

/// An admin's changes to one customer's assignment, and where an assignment came from.
#[async_trait]
pub trait ManualAssignments: Send + Sync + 'static {
    /// Writes a manual change with its history row and audit entry in one transaction. With
    /// a target manager, that manager's row is locked and [`ManualChange::take_seat`] decides
    /// on the load as it is inside the transaction, so parallel changes cannot overfill a
    /// manager or give a customer to one just put on leave.
    /// # Errors
    /// `not_found` (customer, or an inactive manager), `over_capacity`; storage failures.
    async fn apply_manual(&self, change: &ManualChange) -> DomainResult<()>;
    /// Who made a customer's current assignment, when and why.
    /// # Errors
    /// Storage failures.
    async fn assignment_meta(&self, customer_id: UserId) -> DomainResult<Option<crate::services::matching::explain::AssignmentMeta>>;
}

/// Every role at once: what the matching engine works with.
pub trait AssignmentRepository: JobLock + RunLog + Proposals + BookSnapshot + ManualAssignments {}

impl<T: JobLock + RunLog + Proposals + BookSnapshot + ManualAssignments> AssignmentRepository for T {}
