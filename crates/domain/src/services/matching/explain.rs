//! Why a customer has their manager: the match broken down, and who decided it.

use serde::Serialize;

use crate::customer::CustomerClass;
use crate::runs::AssignmentReason;
use crate::user::UserId;

/// Stored facts about a customer's current assignment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssignmentMeta {
    pub reason: Option<AssignmentReason>,
    pub assigned_by: Option<UserId>,
    pub run_id: Option<i64>,
    pub assigned_at: Option<i64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AssignmentExplanation {
    pub customer_id: UserId,
    pub manager_id: Option<UserId>,
    pub manager_name: Option<String>,
    pub score: Option<u32>,
    pub needs_match: Option<u32>,
    pub hobbies_match: Option<u32>,
    pub matched_needs: Vec<String>,
    pub matched_hobbies: Vec<String>,
    pub class: Option<CustomerClass>,
    pub reason: Option<AssignmentReason>,
    pub assigned_by: Option<UserId>,
    pub run_id: Option<i64>,
    pub assigned_at: Option<i64>,
}
