//! Planning on small snapshots whose answers are known.

use super::plan::{PlanOptions, plan_assignment};
use crate::customer::CustomerClass;
use crate::runs::{AssignmentReason, CustomerSnapshot, ManagerSnapshot, Snapshot};

const LOAN: u64 = 1 << 3;
const TAX: u64 = 1 << 6;
const TRAVEL: u64 = 1 << 32;
const ART: u64 = 1 << 36;

fn customer(id: i64, mask: u64, manager_id: Option<i64>) -> CustomerSnapshot {
    CustomerSnapshot { id, mask, manager_id, class: None, score: None, age: Some(30), assets_fen: 0, segment: None }
}

fn manager(id: i64, mask: u64, capacity: u32) -> ManagerSnapshot {
    ManagerSnapshot { id, mask, capacity, active: true }
}

#[test]
fn a_full_best_manager_sends_the_customer_who_loses_least_elsewhere() {
    // Both want manager 100 (score 2 each); only one fits. Customer 2 also scores 1 with
    // manager 101, customer 1 scores 0 there: the optimum puts 1 at 100 and 2 at 101.
    let snapshot = Snapshot {
        customers: vec![customer(1, LOAN | TAX, None), customer(2, LOAN | TRAVEL, None)],
        managers: vec![manager(100, LOAN | TAX | TRAVEL, 1), manager(101, TRAVEL, 1)],
        ..Snapshot::default()
    };
    let plan = plan_assignment(&snapshot, PlanOptions::default(), &mut |_| {});
    let to: Vec<_> = plan.changes.iter().map(|c| (c.customer_id, c.to_manager_id, c.reason)).collect();
    assert_eq!(to, vec![(1, Some(100), AssignmentReason::BestMatch), (2, Some(101), AssignmentReason::CapacityBound)]);
    assert_eq!(plan.summary.after.total_score, 3);
    assert_eq!(plan.summary.capacity_free_bound, 4);
}

#[test]
fn assigned_customers_keep_their_manager_unless_asked_to_rebalance() {
    let snapshot = Snapshot {
        customers: vec![customer(1, LOAN, Some(101))],
        managers: vec![manager(100, LOAN, 5), manager(101, 0, 5)],
        ..Snapshot::default()
    };
    let sticky = plan_assignment(&snapshot, PlanOptions::default(), &mut |_| {});
    assert!(sticky.changes.iter().all(|c| c.to_manager_id == Some(101)));
    let rebalanced = plan_assignment(&snapshot, PlanOptions { rebalance: true, transfer_from: None }, &mut |_| {});
    assert_eq!(rebalanced.changes[0].to_manager_id, Some(100));
    assert_eq!(rebalanced.changes[0].from_manager_id, Some(101));
}

#[test]
fn when_capacity_runs_out_nobody_is_overloaded_and_the_shortfall_is_reported() {
    let snapshot = Snapshot {
        customers: (1..=5).map(|i| customer(i, LOAN, None)).collect(),
        managers: vec![manager(100, LOAN, 2), manager(101, 0, 1)],
        ..Snapshot::default()
    };
    let plan = plan_assignment(&snapshot, PlanOptions::default(), &mut |_| {});
    assert_eq!(plan.summary.after.assigned, 3);
    assert_eq!(plan.summary.after.overload, 0);
    assert_eq!(plan.summary.capacity_shortfall, 2);
    assert_eq!(plan.summary.after.load_max, 2);
    let unplaced = plan.changes.iter().filter(|c| c.to_manager_id.is_none()).count();
    assert_eq!(unplaced, 2, "they stay unassigned but get a class");
    assert!(plan.changes.iter().filter(|c| c.to_manager_id.is_none()).all(|c| c.reason == AssignmentReason::NoCapacity));
}

#[test]
fn a_transfer_moves_only_the_departing_managers_book() {
    let snapshot = Snapshot {
        customers: vec![customer(1, LOAN, Some(100)), customer(2, LOAN, Some(101)), customer(3, LOAN, None)],
        managers: vec![manager(100, LOAN, 5), manager(101, LOAN, 5), manager(102, LOAN | TAX, 5)],
        ..Snapshot::default()
    };
    let plan = plan_assignment(&snapshot, PlanOptions { rebalance: false, transfer_from: Some(100) }, &mut |_| {});
    let moved: Vec<_> = plan.changes.iter().filter(|c| c.to_manager_id != c.from_manager_id).map(|c| c.customer_id).collect();
    assert_eq!(moved, vec![1]);
    assert_ne!(plan.changes[0].to_manager_id, Some(100));
}

#[test]
fn classes_follow_the_assigned_managers_match() {
    let snapshot = Snapshot {
        customers: vec![customer(1, LOAN | TAX | TRAVEL | ART, None)],
        managers: vec![manager(100, LOAN | TAX, 1)],
        ..Snapshot::default()
    };
    let plan = plan_assignment(&snapshot, PlanOptions::default(), &mut |_| {});
    // needs 2, hobbies 0: total 2 is E, promoted once for needs outweighing hobbies by 2.
    assert_eq!(plan.changes[0].class, Some(CustomerClass::D));
    assert_eq!((plan.changes[0].needs_match, plan.changes[0].hobbies_match), (Some(2), Some(0)));
}

#[test]
fn inactive_managers_receive_nobody() {
    let mut away = manager(100, LOAN, 5);
    away.active = false;
    let snapshot = Snapshot { customers: vec![customer(1, LOAN, None)], managers: vec![away, manager(101, 0, 5)], ..Snapshot::default() };
    let plan = plan_assignment(&snapshot, PlanOptions::default(), &mut |_| {});
    assert_eq!(plan.changes[0].to_manager_id, Some(101));
}

#[test]
fn the_summary_counts_who_this_run_assigned_and_whose_manager_it_changed() {
    // 1 keeps their manager, 2 is placed, 3 and 4 find no room.
    let snapshot = Snapshot {
        customers: vec![customer(1, LOAN, Some(101)), customer(2, LOAN, None), customer(3, LOAN, None), customer(4, LOAN, None)],
        managers: vec![manager(100, LOAN, 1), manager(101, 0, 1)],
        ..Snapshot::default()
    };
    let sticky = plan_assignment(&snapshot, PlanOptions::default(), &mut |_| {});
    assert_eq!((sticky.summary.newly_assigned, sticky.summary.manager_changes), (1, 1));
    assert_eq!(sticky.summary.after.assigned, 2, "the kept customer is assigned but not by this run");
    // A transfer with no room elsewhere takes the manager away: a change, not an assignment.
    let full = Snapshot {
        customers: vec![customer(1, LOAN, Some(100))],
        managers: vec![manager(100, LOAN, 5), manager(101, LOAN, 0)],
        ..Snapshot::default()
    };
    let transfer = plan_assignment(&full, PlanOptions { rebalance: false, transfer_from: Some(100) }, &mut |_| {});
    assert_eq!((transfer.summary.newly_assigned, transfer.summary.manager_changes), (0, 1));
}
