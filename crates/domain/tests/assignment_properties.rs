//! Random instances checked against an independent oracle (dynamic programming over every
//! manager's fill level), and the invariants every result must keep.
#![allow(clippy::unwrap_used)]

use portrait_domain::assignment::{
    Assignment, ManagerSlots, assign_greedy_original, assign_optimally, assign_with_certificate, match_score, verify_certificate,
};
use proptest::prelude::*;

#[derive(Debug, Clone)]
struct Instance {
    customers: Vec<u64>,
    managers: Vec<ManagerSlots>,
}

impl Instance {
    fn capacity(&self) -> usize {
        self.managers.iter().map(|m| m.capacity as usize).sum()
    }

    fn solve(&self) -> Assignment {
        assign_optimally(&self.customers, &self.managers, &mut |_| {})
    }
}

/// Mostly masks over 4 needs and 4 hobby bits, so scores tie a lot; sometimes any 64 bits.
fn mask() -> impl Strategy<Value = u64> {
    prop_oneof![6 => (0u64..16, 0u64..16).prop_map(|(n, h)| n | h << 32), 1 => any::<u64>()]
}

fn instance(customers: usize, managers: usize, capacity: u32) -> impl Strategy<Value = Instance> {
    (prop::collection::vec(mask(), 0..=customers), prop::collection::vec((mask(), 0..=capacity), 0..=managers)).prop_map(
        |(customers, managers)| Instance {
            customers,
            managers: managers.into_iter().map(|(mask, capacity)| ManagerSlots { mask, capacity }).collect(),
        },
    )
}

/// The oracle: for every vector of manager fill levels, the best score reaching it exactly.
/// Answers (most customers assigned, best score with that many, least possible maximum
/// fill ratio among assignments achieving both) as (count, score, numerator, denominator).
fn oracle(inst: &Instance) -> (usize, u64, u64, u64) {
    let caps: Vec<usize> = inst.managers.iter().map(|m| m.capacity as usize).collect();
    let mut radix = vec![1usize; caps.len()];
    for j in 1..caps.len() {
        radix[j] = radix[j - 1] * (caps[j - 1] + 1);
    }
    let states = caps.iter().map(|c| c + 1).product::<usize>();
    let loads: Vec<Vec<usize>> = (0..states).map(|s| caps.iter().zip(&radix).map(|(c, r)| s / r % (c + 1)).collect()).collect();
    let mut best: Vec<Option<u64>> = vec![None; states];
    best[0] = Some(0);
    for &c in &inst.customers {
        let mut next = best.clone();
        for s in 0..states {
            let Some(v) = best[s] else { continue };
            for (j, m) in inst.managers.iter().enumerate() {
                if loads[s][j] < caps[j] {
                    let t = s + radix[j];
                    let w = v + u64::from(match_score(c, m.mask));
                    next[t] = Some(next[t].map_or(w, |old| old.max(w)));
                }
            }
        }
        best = next;
    }
    let count = |s: usize| loads[s].iter().sum::<usize>();
    let (top_count, top_score) = (0..states).filter_map(|s| best[s].map(|v| (count(s), v))).max().unwrap();
    let fill = |s: usize| {
        loads[s]
            .iter()
            .zip(&caps)
            .filter(|(_, c)| **c > 0)
            .map(|(&l, &c)| (l as u64, c as u64))
            .fold((0, 1), |a, b| if b.0 * a.1 > a.0 * b.1 { b } else { a })
    };
    let (num, den) = (0..states)
        .filter(|&s| best[s] == Some(top_score) && count(s) == top_count)
        .map(fill)
        .reduce(|a, b| if b.0 * a.1 < a.0 * b.1 { b } else { a })
        .unwrap();
    (top_count, top_score, num, den)
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

/// Highest load/capacity among managers with capacity, as a fraction.
fn max_fill(result: &Assignment, managers: &[ManagerSlots]) -> (u64, u64) {
    result
        .loads(managers.len())
        .iter()
        .zip(managers)
        .filter(|(_, m)| m.capacity > 0)
        .map(|(&l, m)| (u64::from(l), u64::from(m.capacity)))
        .fold((0, 1), |a, b| if b.0 * a.1 > a.0 * b.1 { b } else { a })
}

proptest! {
    #![proptest_config(config(2000))]

    #[test]
    fn optimum_matches_an_independent_oracle(inst in instance(12, 5, 4)) {
        let result = inst.solve();
        let (count, score, _, _) = oracle(&inst);
        prop_assert_eq!(result.total_score, score);
        prop_assert_eq!(result.assigned, count);
    }

    #[test]
    fn the_fullest_manager_is_as_empty_as_any_optimal_assignment_allows(inst in instance(12, 5, 4)) {
        let result = inst.solve();
        let (_, score, num, den) = oracle(&inst);
        prop_assert_eq!(result.total_score, score, "balancing never costs score");
        let (n, d) = max_fill(&result, &inst.managers);
        prop_assert!(n * den == num * d, "max fill {}/{} but {}/{} is possible", n, d, num, den);
    }
}

proptest! {
    #![proptest_config(config(1000))]

    #[test]
    fn no_manager_is_ever_over_capacity(inst in instance(40, 8, 8)) {
        let loads = inst.solve().loads(inst.managers.len());
        for (load, m) in loads.iter().zip(&inst.managers) {
            prop_assert!(*load <= m.capacity);
        }
    }

    #[test]
    fn every_customer_is_assigned_when_capacity_allows(inst in instance(40, 8, 8)) {
        let result = inst.solve();
        prop_assert_eq!(result.assigned, inst.customers.len().min(inst.capacity()));
        prop_assert_eq!(result.manager_of.iter().flatten().count(), result.assigned);
    }

    #[test]
    fn the_reported_total_is_the_sum_of_the_match_scores(inst in instance(40, 8, 8)) {
        let result = inst.solve();
        let sum: u64 = result.manager_of.iter().zip(&inst.customers)
            .filter_map(|(j, &c)| j.map(|j| u64::from(match_score(c, inst.managers[j as usize].mask)))).sum();
        prop_assert_eq!(result.total_score, sum);
    }

    #[test]
    fn every_result_carries_a_valid_optimality_certificate(inst in instance(60, 10, 12)) {
        let (result, certificate) = assign_with_certificate(&inst.customers, &inst.managers, &mut |_| {});
        prop_assert_eq!(verify_certificate(&inst.customers, &inst.managers, &result, &certificate.prices), Ok(()));
    }

    #[test]
    fn the_score_is_never_below_the_greedy_baseline_when_the_greedy_does_not_overload(inst in instance(40, 8, 40)) {
        let greedy = assign_greedy_original(&inst.customers, &inst.managers);
        let overloads = greedy.loads(inst.managers.len()).iter().zip(&inst.managers).any(|(&l, m)| l > m.capacity);
        if !overloads {
            prop_assert!(inst.solve().total_score >= greedy.total_score);
        }
    }

    #[test]
    fn no_score_neutral_move_to_an_emptier_manager_is_left(inst in instance(40, 8, 8)) {
        let result = inst.solve();
        let loads = result.loads(inst.managers.len());
        for (x, j) in result.manager_of.iter().enumerate() {
            let Some(j) = j.map(|j| j as usize) else { continue };
            let here = match_score(inst.customers[x], inst.managers[j].mask);
            for (k, m) in inst.managers.iter().enumerate() {
                let neutral = k != j && loads[k] < m.capacity && match_score(inst.customers[x], m.mask) == here;
                let emptier = u64::from(loads[j]) * u64::from(m.capacity) > u64::from(loads[k] + 1) * u64::from(inst.managers[j].capacity);
                prop_assert!(!(neutral && emptier), "customer {} could go from {} to {}", x, j, k);
            }
        }
    }

    #[test]
    fn the_same_input_always_gives_the_same_assignment(inst in instance(40, 8, 8)) {
        prop_assert_eq!(inst.solve(), inst.solve());
    }
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn bigger_instances_still_carry_a_valid_certificate(inst in instance(600, 40, 30)) {
        let (result, certificate) = assign_with_certificate(&inst.customers, &inst.managers, &mut |_| {});
        prop_assert_eq!(verify_certificate(&inst.customers, &inst.managers, &result, &certificate.prices), Ok(()));
    }
}

/// Synthetic profiles like the seeded data: 2–5 of 9 needs and 3–7 of 17 hobbies for
/// customers, 3–7 capabilities and 2–5 hobbies for managers.
fn synthetic(customers: usize, managers: usize, capacity: u32, seed: u64) -> Instance {
    let mut state = seed;
    let mut next = move |bound: u64| {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) % bound
    };
    let mut pick = |lo: u64, hi: u64, of: u64, shift: u32| {
        let want = lo + next(hi - lo + 1);
        let mut m = 0u64;
        while u64::from(m.count_ones()) < want {
            m |= 1 << (next(of) as u32 + shift);
        }
        m
    };
    let customers = (0..customers).map(|_| pick(2, 5, 9, 0) | pick(3, 7, 17, 32)).collect();
    let managers = (0..managers).map(|_| ManagerSlots { mask: pick(3, 7, 9, 0) | pick(2, 5, 17, 32), capacity }).collect();
    Instance { customers, managers }
}

#[test]
fn a_large_instance_solved_from_a_sample_carries_a_valid_certificate_when_capacity_binds() {
    let inst = synthetic(60_000, 40, 500, 7);
    let (result, certificate) = assign_with_certificate(&inst.customers, &inst.managers, &mut |_| {});
    assert_eq!(result.assigned, 20_000);
    assert_eq!(verify_certificate(&inst.customers, &inst.managers, &result, &certificate.prices), Ok(()));
}

#[test]
fn a_large_instance_solved_from_a_sample_carries_a_valid_certificate_when_capacity_is_ample() {
    let inst = synthetic(60_000, 40, 1_800, 11);
    let (result, certificate) = assign_with_certificate(&inst.customers, &inst.managers, &mut |_| {});
    assert_eq!(result.assigned, 60_000);
    assert_eq!(verify_certificate(&inst.customers, &inst.managers, &result, &certificate.prices), Ok(()));
}
