//! Planning a run, purely: who keeps their manager, who is placed where by the exact
//! solver, each customer's score, class and reason, and the before/after statistics.

use std::collections::HashMap;

use crate::assignment::scores::{ScoreTable, max_byte};
use crate::assignment::{ManagerSlots, assign_optimally};
use crate::customer::CustomerClass;
use crate::runs::{AssignmentReason, BookStats, ProposedChange, RunSummary, Snapshot};
use crate::scoring::{classify, mask_score};
use crate::tags::{TagMask, from_halves, needs_half};
use crate::user::UserId;

#[derive(Debug, Clone, Copy, Default)]
pub struct PlanOptions {
    /// Move already-assigned customers too, when that raises the total score.
    pub rebalance: bool,
    /// A transfer: only this manager's customers move, and never back to them.
    pub transfer_from: Option<UserId>,
}

#[derive(Debug, Clone)]
pub struct Plan {
    /// Every customer whose manager, score or class changes.
    pub changes: Vec<ProposedChange>,
    pub summary: RunSummary,
    /// Each snapshot customer's class after the run, in snapshot order.
    pub classes: Vec<Option<CustomerClass>>,
}

fn stats(loads: &[u32], capacities: &[u32], assigned: u64, unassigned: u64, total_score: u64) -> BookStats {
    let mut sorted = loads.to_vec();
    sorted.sort_unstable();
    let overload = loads.iter().zip(capacities).map(|(l, c)| u64::from(l.saturating_sub(*c))).sum();
    BookStats {
        assigned,
        unassigned,
        total_score,
        mean_score: if assigned == 0 { 0.0 } else { total_score as f64 / assigned as f64 },
        load_min: sorted.first().copied().unwrap_or(0),
        load_median: sorted.get(sorted.len() / 2).copied().unwrap_or(0),
        load_max: sorted.last().copied().unwrap_or(0),
        overload,
    }
}

/// Plans a run over `snapshot`. Never exceeds a capacity with a newly placed customer;
/// customers who keep their manager are never moved out to make room.
#[must_use]
pub fn plan_assignment(snapshot: &Snapshot, options: PlanOptions, progress: &mut dyn FnMut(f32)) -> Plan {
    let managers = &snapshot.managers;
    let by_id: HashMap<UserId, usize> = managers.iter().enumerate().map(|(i, m)| (m.id, i)).collect();
    let eligible: Vec<bool> = managers.iter().map(|m| m.active && Some(m.id) != options.transfer_from).collect();
    let capacities: Vec<u32> = managers.iter().map(|m| m.capacity).collect();

    // Who keeps their manager, who is placed by the solver, who is left alone.
    let mut keep: Vec<Option<usize>> = vec![None; snapshot.customers.len()];
    let mut free: Vec<usize> = Vec::new();
    let mut sticky_load = vec![0u32; managers.len()];
    for (i, c) in snapshot.customers.iter().enumerate() {
        let current = c.manager_id.and_then(|id| by_id.get(&id).copied());
        match options.transfer_from {
            Some(subject) => {
                if c.manager_id == Some(subject) {
                    free.push(i);
                } else if let Some(j) = current.filter(|&j| eligible[j]) {
                    keep[i] = Some(j);
                    sticky_load[j] += 1;
                }
            }
            None => match current.filter(|&j| eligible[j] && !options.rebalance) {
                Some(j) => {
                    keep[i] = Some(j);
                    sticky_load[j] += 1;
                }
                None => free.push(i),
            },
        }
    }
    let eligible_index: Vec<usize> = (0..managers.len()).filter(|&j| eligible[j]).collect();
    let slots: Vec<ManagerSlots> = eligible_index
        .iter()
        .map(|&j| ManagerSlots { mask: managers[j].mask, capacity: managers[j].capacity.saturating_sub(sticky_load[j]) })
        .collect();
    let free_masks: Vec<TagMask> = free.iter().map(|&i| snapshot.customers[i].mask).collect();
    let solved = assign_optimally(&free_masks, &slots, &mut |f| progress(f * 0.8));

    let mut after: Vec<Option<usize>> = keep.clone();
    let mut placed = vec![false; snapshot.customers.len()];
    for (k, &i) in free.iter().enumerate() {
        after[i] = solved.manager_of.get(k).copied().flatten().map(|slot| eligible_index[slot as usize]);
        placed[i] = true;
    }
    // Customers outside a transfer who had no manager stay as they are.
    let in_scope: Vec<bool> = (0..snapshot.customers.len()).map(|i| keep[i].is_some() || placed[i]).collect();

    let mut changes = Vec::new();
    let mut classes = Vec::with_capacity(snapshot.customers.len());
    let mut loads_before = vec![0u32; managers.len()];
    let mut loads_after = vec![0u32; managers.len()];
    let (mut assigned_before, mut score_before_total, mut assigned_after, mut score_after_total) = (0u64, 0u64, 0u64, 0u64);
    let mut bound = 0u64;
    let mut shortfall = 0u64;
    // Each customer's best possible (needs, hobbies) split over the eligible managers, by
    // bit planes: a few byte-vector additions per customer instead of m popcounts.
    let eligible_masks: Vec<TagMask> = eligible_index.iter().map(|&j| managers[j].mask).collect();
    let totals_table = ScoreTable::new(&eligible_masks);
    let needs_table = ScoreTable::new(&eligible_masks.iter().map(|&m| from_halves(needs_half(m), 0)).collect::<Vec<_>>());
    let mut totals = vec![0u8; totals_table.width()];
    let mut needs = vec![0u8; needs_table.width()];
    let lanes = eligible_masks.len();
    let step = (snapshot.customers.len() / 20).max(1);
    for (i, c) in snapshot.customers.iter().enumerate() {
        if i % step == 0 {
            progress(0.8 + 0.2 * i as f32 / snapshot.customers.len().max(1) as f32);
        }
        let before = c.manager_id.and_then(|id| by_id.get(&id).copied());
        let before_score = before.map(|j| mask_score(c.mask, managers[j].mask));
        if let Some(j) = before {
            loads_before[j] += 1;
            assigned_before += 1;
            score_before_total += u64::from(before_score.map_or(0, |(n, h)| n + h));
        }
        let best = (lanes > 0).then(|| {
            totals_table.scores_into(c.mask, &mut totals);
            needs_table.scores_into(c.mask, &mut needs);
            let top = max_byte(&totals[..lanes]);
            let top_needs = totals[..lanes].iter().zip(&needs[..lanes]).filter(|(t, _)| **t == top).map(|(_, n)| *n).max().unwrap_or(0);
            (u32::from(top_needs), u32::from(top - top_needs))
        });
        bound += u64::from(best.map_or(0, |(n, h)| n + h));
        if !in_scope[i] {
            classes.push(c.class);
            continue;
        }
        let target = after[i];
        let split = target.map(|j| mask_score(c.mask, managers[j].mask));
        let class = split.or(best).map(|(n, h)| classify(n, h));
        classes.push(class);
        if let Some(j) = target {
            loads_after[j] += 1;
            assigned_after += 1;
            score_after_total += u64::from(split.map_or(0, |(n, h)| n + h));
        } else {
            shortfall += 1;
        }
        let reason = match (keep[i].is_some(), target, split, best) {
            (true, _, _, _) => AssignmentReason::Sticky,
            (false, None, _, _) => AssignmentReason::NoCapacity,
            (false, Some(_), Some((n, h)), Some((bn, bh))) if n + h < bn + bh => AssignmentReason::CapacityBound,
            _ => AssignmentReason::BestMatch,
        };
        let to_manager_id = target.map(|j| managers[j].id);
        let score_after = split.map(|(n, h)| (n + h) as i32);
        if to_manager_id != c.manager_id || score_after != c.score || class != c.class {
            changes.push(ProposedChange {
                customer_id: c.id,
                from_manager_id: c.manager_id,
                to_manager_id,
                score_before: before_score.map(|(n, h)| (n + h) as i32),
                score_after,
                needs_match: split.map(|(n, _)| n as i32),
                hobbies_match: split.map(|(_, h)| h as i32),
                class,
                reason,
            });
        }
    }
    let active: Vec<usize> = (0..managers.len()).filter(|&j| managers[j].active).collect();
    let pick = |loads: &[u32]| -> (Vec<u32>, Vec<u32>) {
        (active.iter().map(|&j| loads[j]).collect(), active.iter().map(|&j| capacities[j]).collect())
    };
    let (lb, cb) = pick(&loads_before);
    let (la, ca) = pick(&loads_after);
    let n = snapshot.customers.len() as u64;
    let summary = RunSummary {
        before: stats(&lb, &cb, assigned_before, n - assigned_before, score_before_total),
        after: stats(&la, &ca, assigned_after, n - assigned_after, score_after_total),
        changed_count: changes.len() as u64,
        newly_assigned: changes.iter().filter(|c| c.to_manager_id.is_some() && c.to_manager_id != c.from_manager_id).count() as u64,
        manager_changes: changes.iter().filter(|c| c.to_manager_id != c.from_manager_id).count() as u64,
        capacity_shortfall: shortfall,
        capacity_free_bound: bound,
        managers_unavailable: eligible.iter().filter(|e| !**e).count() as u64,
        segments: 0,
        personas: Vec::new(),
        phase_ms: Vec::new(),
    };
    progress(1.0);
    Plan { changes, summary, classes }
}
