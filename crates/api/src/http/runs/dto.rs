//! HTTP bodies of assignment runs: requests, runs, their summaries and proposals.

use portrait_domain::ports::Page;
use portrait_domain::runs::{ChangeView, RunRecord, RunStatus};
use portrait_domain::tags::{TagKind, Vocabulary};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::summary::RunSummaryDto;

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"dry_run": true, "rebalance": false}))]
pub struct AutoAssignRequest {
    /// Propose only; commit later with `/api/admin/assignment-runs/{id}/commit`.
    #[serde(default)]
    pub dry_run: bool,
    /// Also move customers who already have a manager when that raises the total score.
    #[serde(default)]
    pub rebalance: bool,
    /// Fix the number of segments (2–20); chosen by silhouette when absent. Not with
    /// `unit_id`: a run over one subtree keeps the bank's segments.
    #[schema(schema_with = crate::http::request_limits::segments_k_or_null)]
    pub k: Option<i64>,
    /// Only this unit's subtree: its customers (those whose manager, if any, is of it too)
    /// and its managers. A branch admin's own unit by default; the whole bank otherwise.
    pub unit_id: Option<i64>,
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"dry_run": true}))]
pub struct TransferRequest {
    #[serde(default)]
    pub dry_run: bool,
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"k": 5}))]
pub struct SegmentationRequest {
    #[schema(schema_with = crate::http::request_limits::segments_k_or_null)]
    pub k: Option<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RunDto {
    pub id: i64,
    /// auto, transfer or segmentation.
    #[schema(schema_with = crate::http::closed_sets::one_of::<portrait_domain::runs::RunKind>)]
    pub kind: String,
    /// running, proposed, committed, discarded or failed.
    #[schema(schema_with = crate::http::closed_sets::one_of::<portrait_domain::runs::RunStatus>)]
    pub status: String,
    /// queued, loading, segmenting, solving, saving, committing, done, failed.
    #[schema(schema_with = crate::http::closed_sets::one_of::<portrait_domain::runs::JobPhase>)]
    pub phase: String,
    /// 0–100.
    pub progress: u8,
    pub dry_run: bool,
    pub rebalance: bool,
    pub k: Option<i32>,
    pub subject_id: Option<i64>,
    /// What becomes of the `subject_id` manager when the transfer is applied: `on_leave` or
    /// `deactivated`; null for a plain transfer.
    #[schema(schema_with = crate::http::closed_sets::one_of_or_null::<portrait_domain::runs::Departure>)]
    pub departure: Option<String>,
    /// The unit whose subtree the run covers; null for the whole bank.
    pub unit_id: Option<i64>,
    pub requested_by: i64,
    pub committed_by: Option<i64>,
    /// Display name of `requested_by`.
    pub requested_by_name: Option<String>,
    /// Display name of `committed_by`.
    pub committed_by_name: Option<String>,
    pub created_at: i64,
    pub finished_at: Option<i64>,
    pub duration_ms: Option<i64>,
    pub summary: Option<RunSummaryDto>,
    pub error: Option<String>,
}

impl From<RunRecord> for RunDto {
    fn from(r: RunRecord) -> Self {
        Self {
            id: r.id,
            kind: r.kind.as_str().to_owned(),
            status: r.status.as_str().to_owned(),
            phase: r.phase.as_str().to_owned(),
            progress: r.progress,
            dry_run: r.dry_run,
            rebalance: r.rebalance,
            k: r.k,
            subject_id: r.subject_id,
            departure: r.departure.map(|d| d.as_str().to_owned()),
            unit_id: r.unit_id,
            requested_by: r.requested_by,
            committed_by: r.committed_by,
            requested_by_name: r.requested_by_name,
            committed_by_name: r.committed_by_name,
            created_at: r.created_at,
            finished_at: r.finished_at,
            duration_ms: r.duration_ms,
            summary: r.summary.map(Into::into),
            error: r.error,
        }
    }
}

/// The original `auto-assign` answer (`msg`, `assigned_count`, `recorded_matches`) plus the
/// run's figures.
#[derive(Debug, Serialize, ToSchema)]
pub struct AutoAssignResponse {
    pub msg: String,
    /// Customers this run assigned: given a manager they did not have, new or another (as
    /// proposed, for a proposal), as the original counted them. Those who keep their manager
    /// are not counted.
    pub assigned_count: u64,
    /// Match-history rows this run recorded: customers whose manager it changed. 0 until the
    /// run is applied (a proposal records them when committed).
    pub recorded_matches: u64,
    /// Customers with a manager after the run (as proposed, for a proposal); what
    /// `assigned_count` counted before it took the original's meaning.
    pub assigned_total: u64,
    pub run_id: i64,
    #[schema(schema_with = crate::http::closed_sets::one_of::<portrait_domain::runs::RunStatus>)]
    pub status: String,
    pub unassigned_count: u64,
    pub total_score: u64,
    pub mean_score: f64,
    pub load_min: u32,
    pub load_median: u32,
    pub load_max: u32,
    pub capacity_shortfall: u64,
    pub changed_count: u64,
    pub duration_ms: Option<i64>,
    pub run: RunDto,
}

impl From<RunRecord> for AutoAssignResponse {
    fn from(r: RunRecord) -> Self {
        let summary = r.summary.clone().unwrap_or_default();
        let msg = match r.status {
            RunStatus::Running => format!("run {} is running; follow it at /api/admin/assignment-runs/{}", r.id, r.id),
            RunStatus::Proposed => format!("run {} proposes {} changes; commit or discard it", r.id, summary.changed_count),
            RunStatus::Committed => format!("assigned {} customers", summary.newly_assigned),
            RunStatus::Discarded => format!("run {} was discarded", r.id),
            RunStatus::Failed => format!("run {} failed: {}", r.id, r.error.clone().unwrap_or_default()),
        };
        Self {
            msg,
            assigned_count: summary.newly_assigned,
            recorded_matches: if r.status == RunStatus::Committed { summary.manager_changes } else { 0 },
            assigned_total: summary.after.assigned,
            run_id: r.id,
            status: r.status.as_str().to_owned(),
            unassigned_count: summary.after.unassigned,
            total_score: summary.after.total_score,
            mean_score: summary.after.mean_score,
            load_min: summary.after.load_min,
            load_median: summary.after.load_median,
            load_max: summary.after.load_max,
            capacity_shortfall: summary.capacity_shortfall,
            changed_count: summary.changed_count,
            duration_ms: r.duration_ms,
            run: r.into(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RunPage {
    pub items: Vec<RunDto>,
    pub total: u64,
    pub page: u64,
    pub per_page: u64,
}

impl From<Page<RunRecord>> for RunPage {
    fn from(p: Page<RunRecord>) -> Self {
        Self { items: p.items.into_iter().map(Into::into).collect(), total: p.total, page: p.page, per_page: p.per_page }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ChangeDto {
    pub customer_id: i64,
    pub customer_name: String,
    pub from_manager_id: Option<i64>,
    pub from_manager_name: Option<String>,
    pub to_manager_id: Option<i64>,
    pub to_manager_name: Option<String>,
    pub score_before: Option<i32>,
    pub score_after: Option<i32>,
    pub needs_match: Option<i32>,
    pub hobbies_match: Option<i32>,
    pub matched_needs: Vec<String>,
    pub matched_hobbies: Vec<String>,
    #[schema(schema_with = crate::http::closed_sets::class_or_null)]
    pub class: Option<String>,
    /// best_match, capacity_bound, sticky or no_capacity.
    #[schema(schema_with = crate::http::closed_sets::one_of::<portrait_domain::runs::AssignmentReason>)]
    pub reason: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ChangePage {
    pub items: Vec<ChangeDto>,
    pub total: u64,
    pub page: u64,
    pub per_page: u64,
}

impl ChangePage {
    #[must_use]
    pub fn new(page: Page<ChangeView>, vocabulary: &Vocabulary) -> Self {
        let items = page
            .items
            .into_iter()
            .map(|c| {
                let both = c.manager_mask.map_or(0, |m| m & c.customer_mask);
                ChangeDto {
                    matched_needs: vocabulary.names(TagKind::Need, both),
                    matched_hobbies: vocabulary.names(TagKind::Hobby, both),
                    customer_id: c.customer_id,
                    customer_name: c.customer_name,
                    from_manager_id: c.from_manager_id,
                    from_manager_name: c.from_manager_name,
                    to_manager_id: c.to_manager_id,
                    to_manager_name: c.to_manager_name,
                    score_before: c.score_before,
                    score_after: c.score_after,
                    needs_match: c.needs_match,
                    hobbies_match: c.hobbies_match,
                    class: c.class.map(|k| k.as_str().to_owned()),
                    reason: c.reason.as_str().to_owned(),
                }
            })
            .collect();
        Self { items, total: page.total, page: page.page, per_page: page.per_page }
    }
}
