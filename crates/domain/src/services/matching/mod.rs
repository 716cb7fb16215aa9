//! The matching engine's use cases: assignment runs (auto, transfer), previews and
//! approval, segmentation, manual assignment and explanations.

pub mod candidates;
pub mod explain;
mod manual;
pub mod plan;
mod review;
mod run_job;
pub mod service;

#[cfg(test)]
mod plan_tests;

pub use explain::AssignmentExplanation;
pub use plan::{Plan, PlanOptions, plan_assignment};
pub use service::{ManualAssignment, MatchingService, MatchingSettings, RunRequest};
