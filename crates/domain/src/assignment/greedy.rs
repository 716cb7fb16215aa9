//! The original system's greedy rule, kept as the benchmark baseline, and the
//! capacity-free upper bound on any assignment's total score.
//!
//! The original rule, as reproduced exactly on all 300 reference cases: customers are
//! taken best class first (A to E, each class in input order), the class being the one the
//! customer gets against its best-scoring manager; each goes to its best-scoring manager
//! (the first one listed on ties) unless that manager already holds `capacity` customers,
//! else to the manager holding the fewest customers right now (the first one listed on
//! ties), whatever its capacity — which overloads managers once capacity runs out.

use std::collections::BTreeSet;

use super::scores::{ScoreTable, max_byte};
use super::{Assignment, ManagerSlots};
use crate::scoring::{classify, mask_score};

/// The original greedy rule (see the module notes for its exact order and tie rules).
#[must_use]
pub fn assign_greedy_original(customers: &[u64], managers: &[ManagerSlots]) -> Assignment {
    let (n, m) = (customers.len(), managers.len());
    if m == 0 {
        return Assignment { manager_of: vec![None; n], total_score: 0, assigned: 0 };
    }
    let masks: Vec<u64> = managers.iter().map(|s| s.mask).collect();
    let table = ScoreTable::new(&masks);
    let mut sc = vec![0u8; table.width()];
    let mut best = Vec::with_capacity(n);
    let mut class = Vec::with_capacity(n);
    for &c in customers {
        table.scores_into(c, &mut sc);
        let top = max_byte(&sc[..m]);
        let j = sc[..m].iter().position(|&s| s == top).unwrap_or(0);
        let (needs, hobbies) = mask_score(c, masks[j]);
        class.push(classify(needs, hobbies));
        best.push(j);
    }
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&i| class[i]);
    let mut loads = vec![0u32; m];
    let mut by_load: BTreeSet<(u32, usize)> = (0..m).map(|j| (0, j)).collect();
    let mut manager_of = vec![None; n];
    let mut total = 0u64;
    for i in order {
        let mut j = best[i];
        if loads[j] >= managers[j].capacity {
            j = by_load.first().map_or(j, |&(_, k)| k);
        }
        by_load.remove(&(loads[j], j));
        loads[j] += 1;
        by_load.insert((loads[j], j));
        manager_of[i] = Some(j as u32);
        total += u64::from(table.score(customers[i], j));
    }
    Assignment { manager_of, total_score: total, assigned: n }
}

/// Sum over customers of their best score over all managers, ignoring capacity: no
/// assignment can score more.
#[must_use]
pub fn capacity_free_bound(customers: &[u64], managers: &[ManagerSlots]) -> u64 {
    let masks: Vec<u64> = managers.iter().map(|s| s.mask).collect();
    let table = ScoreTable::new(&masks);
    let mut sc = vec![0u8; table.width()];
    customers
        .iter()
        .map(|&c| {
            table.scores_into(c, &mut sc);
            u64::from(max_byte(&sc))
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slots(list: &[(u64, u32)]) -> Vec<ManagerSlots> {
        list.iter().map(|&(mask, capacity)| ManagerSlots { mask, capacity }).collect()
    }

    #[test]
    fn greedy_sends_overflow_to_the_least_loaded_manager_even_past_capacity() {
        let managers = slots(&[(0b1, 1), (0b10, 0)]);
        let a = assign_greedy_original(&[0b1, 0b1, 0b1], &managers);
        assert_eq!(a.manager_of, vec![Some(0), Some(1), Some(0)], "ties on load go to the first listed");
        assert_eq!((a.total_score, a.assigned), (2, 3));
    }

    #[test]
    fn greedy_serves_better_classes_first() {
        // Customer 1 shares three needs (class E promoted to D), customer 0 one need: 1 goes first.
        let managers = slots(&[(0b111, 1), (0, 5)]);
        let a = assign_greedy_original(&[0b1, 0b111], &managers);
        assert_eq!(a.manager_of, vec![Some(1), Some(0)]);
        assert_eq!(a.total_score, 3);
    }

    #[test]
    fn the_bound_takes_each_customers_best_manager() {
        let managers = slots(&[(0b011, 0), (0b110, 0)]);
        assert_eq!(capacity_free_bound(&[0b011, 0b100, 0], &managers), 3);
        assert_eq!(capacity_free_bound(&[0b1], &[]), 0);
    }

    #[test]
    fn greedy_without_managers_assigns_nobody() {
        let a = assign_greedy_original(&[1, 2], &[]);
        assert_eq!((a.assigned, a.total_score), (0, 0));
    }
}
