//! Assignment runs: their records, proposed changes, the repository port that stores them
//! atomically, and the task-runner port that keeps heavy work off the request workers.

mod ports;
mod states;
mod task_runner;

pub use ports::{AssignmentRepository, BookSnapshot, JobLock, ManualAssignments, Proposals, RunLog};
pub use states::{Departure, JobPhase, RunKind, RunStatus};
pub use task_runner::{BoxJob, TaskRunner, stop_point};

use serde::{Deserialize, Serialize};

use crate::customer::CustomerClass;
use crate::error::{DomainError, DomainResult, ErrorCode};
use crate::organisation::UnitId;
use crate::segmentation::Persona;
use crate::tags::{TagMask, Vocabulary};
use crate::user::UserId;

/// A customer as an assignment run sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CustomerSnapshot {
    pub id: UserId,
    pub mask: TagMask,
    pub manager_id: Option<UserId>,
    pub class: Option<CustomerClass>,
    pub score: Option<i32>,
    pub age: Option<u8>,
    pub assets_fen: i64,
    /// The segment of the latest segmentation, if any.
    pub segment: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ManagerSnapshot {
    pub id: UserId,
    pub mask: TagMask,
    pub capacity: u32,
    pub active: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    pub customers: Vec<CustomerSnapshot>,
    pub managers: Vec<ManagerSnapshot>,
    pub vocabulary: Vocabulary,
}

crate::closed_set! {
    parse
    /// Why a customer has the manager they have.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum AssignmentReason {
        /// The best-scoring manager available.
        BestMatch = "best_match",
        /// A better manager was full; this is the best the capacities allowed.
        CapacityBound = "capacity_bound",
        /// Kept their manager (the run was not asked to rebalance).
        Sticky = "sticky",
        /// An admin chose.
        Manual = "manual",
        /// No capacity was left anywhere.
        NoCapacity = "no_capacity",
        /// Their manager went on leave or was deactivated.
        ManagerInactive = "manager_inactive",
        /// An admin removed the assignment.
        Unassigned = "unassigned",
    }
}

/// One customer's proposed new state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProposedChange {
    pub customer_id: UserId,
    pub from_manager_id: Option<UserId>,
    pub to_manager_id: Option<UserId>,
    pub score_before: Option<i32>,
    pub score_after: Option<i32>,
    pub needs_match: Option<i32>,
    pub hobbies_match: Option<i32>,
    pub class: Option<CustomerClass>,
    pub reason: AssignmentReason,
}

/// Book statistics before or after a run.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BookStats {
    pub assigned: u64,
    pub unassigned: u64,
    pub total_score: u64,
    pub mean_score: f64,
    pub load_min: u32,
    pub load_median: u32,
    pub load_max: u32,
    /// Customers over their manager's capacity, summed over managers.
    pub overload: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RunSummary {
    pub before: BookStats,
    pub after: BookStats,
    pub changed_count: u64,
    /// Customers this run gives a manager they did not have (new or another): the
    /// original's `assigned_count`. Zero in summaries stored before it was counted.
    #[serde(default)]
    pub newly_assigned: u64,
    /// Customers whose manager this run changes (given, moved or taken away): one history
    /// row each when it is applied.
    #[serde(default)]
    pub manager_changes: u64,
    /// Customers who could not be placed because capacity ran out.
    pub capacity_shortfall: u64,
    /// Sum of every customer's best score, ignoring capacity: no run can beat it.
    pub capacity_free_bound: u64,
    /// Managers this run never proposes: on leave, deactivated, or the one a transfer
    /// re-homes. Zero in summaries stored before it was counted.
    #[serde(default)]
    pub managers_unavailable: u64,
    pub segments: usize,
    pub personas: Vec<Persona>,
    /// Milliseconds spent in each phase (load, segment, solve, save, commit).
    #[serde(default)]
    pub phase_ms: Vec<(String, u64)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RunRecord {
    pub id: i64,
    pub kind: RunKind,
    pub status: RunStatus,
    pub phase: JobPhase,
    pub progress: u8,
    pub dry_run: bool,
    pub rebalance: bool,
    pub k: Option<i32>,
    /// The departing manager of a transfer.
    pub subject_id: Option<UserId>,
    /// What becomes of that manager when the transfer is applied.
    pub departure: Option<Departure>,
    /// The unit whose subtree the run covers; `None` for the whole bank.
    pub unit_id: Option<UnitId>,
    pub requested_by: UserId,
    pub committed_by: Option<UserId>,
    /// Display names of the requester and the committer, for people reading the history.
    pub requested_by_name: Option<String>,
    pub committed_by_name: Option<String>,
    pub created_at: i64,
    pub finished_at: Option<i64>,
    pub duration_ms: Option<i64>,
    pub summary: Option<RunSummary>,
    pub error: Option<String>,
}

#[derive(Debug, Clone)]
pub struct NewRun {
    pub kind: RunKind,
    pub dry_run: bool,
    pub rebalance: bool,
    pub k: Option<i32>,
    pub subject_id: Option<UserId>,
    pub departure: Option<Departure>,
    /// The unit whose subtree the run covers (its customers and managers only); `None` for
    /// the whole bank. Runs over disjoint subtrees hold the job lock side by side.
    pub unit_id: Option<UnitId>,
    pub requested_by: UserId,
}

/// A stored change with names, for paging through a proposal.
#[derive(Debug, Clone, Serialize)]
pub struct ChangeView {
    pub customer_id: UserId,
    pub customer_name: String,
    pub from_manager_id: Option<UserId>,
    pub from_manager_name: Option<String>,
    pub to_manager_id: Option<UserId>,
    pub to_manager_name: Option<String>,
    pub score_before: Option<i32>,
    pub score_after: Option<i32>,
    pub needs_match: Option<i32>,
    pub hobbies_match: Option<i32>,
    pub class: Option<CustomerClass>,
    pub reason: AssignmentReason,
    pub customer_mask: TagMask,
    pub manager_mask: Option<TagMask>,
}

/// A manual change of one customer's manager.
#[derive(Debug, Clone)]
pub struct ManualChange {
    pub customer_id: UserId,
    pub manager_id: Option<UserId>,
    pub score: Option<i32>,
    pub needs_match: Option<i32>,
    pub hobbies_match: Option<i32>,
    pub class: Option<CustomerClass>,
    pub reason: AssignmentReason,
    pub actor_id: UserId,
    pub note: String,
    /// The admin accepts exceeding the target manager's capacity (recorded in the note).
    pub override_capacity: bool,
}

/// The target manager of a manual assignment as the writing transaction sees it, with the
/// manager's row locked: the seat rule is decided on this, never on an earlier read.
#[derive(Debug, Clone)]
pub struct Seat {
    pub manager_name: String,
    pub active: bool,
    pub capacity: u32,
    /// Customers the manager holds now.
    pub load: u64,
    /// The customer already has this manager (no new seat is taken).
    pub already_there: bool,
}

impl ManualChange {
    /// Whether the change may take its seat: the manager is active and has room, unless the
    /// admin overrides the capacity. Answers the note to record (marked when over capacity).
    /// # Errors
    /// `not_found` for a manager on leave, `over_capacity` (409) for a full one.
    pub fn take_seat(&self, seat: &Seat) -> DomainResult<String> {
        if !seat.active {
            return Err(DomainError::NotFound("active manager".into()));
        }
        let over = !seat.already_there && seat.load >= u64::from(seat.capacity);
        if over && !self.override_capacity {
            return Err(DomainError::Conflict {
                code: ErrorCode::OverCapacity,
                message: format!(
                    "{} already holds {} of {} customers; send override: true to exceed",
                    seat.manager_name, seat.load, seat.capacity
                ),
            });
        }
        Ok(if over { format!("{} [capacity override]", self.note) } else { self.note.clone() })
    }
}
