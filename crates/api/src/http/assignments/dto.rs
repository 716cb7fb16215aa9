//! Bodies of manual assignments, their explanations and the classification.

use portrait_domain::services::matching::AssignmentExplanation;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::http::runs::summary::ClassCountDto;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"customer_id": 7, "manager_id": 24, "reason": "asked for a manager who speaks Cantonese"}))]
pub struct ManualAssignRequest {
    pub customer_id: i64,
    pub manager_id: i64,
    /// Why; kept in the history and the audit log. Optional as in the original system
    /// (recorded as "no reason given"); when sent, 1–500 characters.
    #[serde(default)]
    #[schema(schema_with = crate::http::request_limits::reason_or_null)]
    pub reason: Option<String>,
    /// Allow exceeding the manager's capacity (recorded).
    #[serde(default, rename = "override")]
    pub override_capacity: bool,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"customer_id": 7, "reason": "the customer closed their accounts"}))]
pub struct UnassignRequest {
    pub customer_id: i64,
    #[schema(schema_with = crate::http::request_limits::reason)]
    pub reason: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ExplanationDto {
    pub customer_id: i64,
    pub manager_id: Option<i64>,
    pub manager_name: Option<String>,
    /// The original's "similarity": matched needs plus matched hobbies.
    pub score: Option<u32>,
    pub needs_match: Option<u32>,
    pub hobbies_match: Option<u32>,
    pub matched_needs: Vec<String>,
    pub matched_hobbies: Vec<String>,
    #[schema(schema_with = crate::http::closed_sets::class_or_null)]
    pub class: Option<String>,
    /// best_match, capacity_bound, sticky, manual, unassigned, manager_inactive, no_capacity.
    #[schema(schema_with = crate::http::closed_sets::one_of_or_null::<portrait_domain::runs::AssignmentReason>)]
    pub reason: Option<String>,
    pub assigned_by: Option<i64>,
    pub run_id: Option<i64>,
    pub assigned_at: Option<i64>,
}

impl From<AssignmentExplanation> for ExplanationDto {
    fn from(e: AssignmentExplanation) -> Self {
        Self {
            customer_id: e.customer_id,
            manager_id: e.manager_id,
            manager_name: e.manager_name,
            score: e.score,
            needs_match: e.needs_match,
            hobbies_match: e.hobbies_match,
            matched_needs: e.matched_needs,
            matched_hobbies: e.matched_hobbies,
            class: e.class.map(|k| k.as_str().to_owned()),
            reason: e.reason.map(|r| r.as_str().to_owned()),
            assigned_by: e.assigned_by,
            run_id: e.run_id,
            assigned_at: e.assigned_at,
        }
    }
}

/// How well a customer and a manager match, in the original's shape.
#[derive(Debug, Serialize, ToSchema)]
pub struct SimilarityDto {
    /// Matched needs plus matched hobbies.
    pub score: u32,
    /// The customer's needs the manager offers.
    pub needs: Vec<String>,
    /// The hobbies they share.
    pub hobbies: Vec<String>,
}

/// The original `manual-assign` answer (`msg`, `similarity`, `class`) plus the explanation.
#[derive(Debug, Serialize, ToSchema)]
pub struct ManualAssignResponse {
    pub msg: String,
    pub similarity: SimilarityDto,
    /// `similarity.score` alone (what `similarity` was before it took the original's shape).
    pub similarity_score: Option<u32>,
    #[schema(schema_with = crate::http::closed_sets::class_or_null)]
    pub class: Option<String>,
    pub assignment: ExplanationDto,
}

impl From<AssignmentExplanation> for ManualAssignResponse {
    fn from(e: AssignmentExplanation) -> Self {
        let matched = u32::try_from(e.matched_needs.len() + e.matched_hobbies.len()).unwrap_or(u32::MAX);
        Self {
            msg: format!("customer {} assigned to {}", e.customer_id, e.manager_name.clone().unwrap_or_default()),
            similarity: SimilarityDto {
                score: e.score.unwrap_or(matched),
                needs: e.matched_needs.clone(),
                hobbies: e.matched_hobbies.clone(),
            },
            similarity_score: e.score,
            class: e.class.map(|k| k.as_str().to_owned()),
            assignment: e.into(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ClassCountsResponse {
    /// Counts per class A–E, then `unclassified`.
    pub classes: Vec<ClassCountDto>,
    pub total: u64,
}
