//! Turns a price-consistent placement into an optimal one. Over-full managers push
//! customers, along chains of score-neutral moves, to managers with room or to
//! "unassigned"; priced managers that are not full pull customers in the same way. When no
//! chain exists, every manager the search reached moves its price by one (up when pushing,
//! down when pulling): that keeps every customer on a best node and creates new neutral
//! moves. Prices stay within 0..=max score, so each direction needs at most max+1 steps.

use super::Progress;
use super::search::{Search, bottleneck, shift};
use super::state::Flow;

/// Runs both phases; returns false only if a safety limit was hit (a bug, never expected).
pub(crate) fn run(flow: &mut Flow<'_>, progress: &mut Progress<'_>) -> bool {
    let mut search = Search::new(flow);
    let pushed = push_out_excess(flow, &mut search, &mut progress.sub(0.0, 0.7));
    let pulled = pushed && pull_in_deficits(flow, &mut search, &mut progress.sub(0.7, 1.0));
    pushed && pulled
}

fn excess(flow: &Flow<'_>, j: usize) -> u32 {
    flow.load(j).saturating_sub(flow.cap[j])
}

fn room(flow: &Flow<'_>, j: usize) -> u32 {
    flow.cap[j].saturating_sub(flow.load(j))
}

fn is_deficit(flow: &Flow<'_>, j: usize) -> bool {
    j < flow.m && flow.price[j] > 0 && flow.load(j) < flow.cap[j]
}

fn total<F: Fn(usize) -> u32>(m: usize, f: F) -> u64 {
    (0..m).map(|j| u64::from(f(j))).sum()
}

fn step_limit(flow: &Flow<'_>) -> u32 {
    2 * flow.s_max + 4
}

fn push_out_excess(flow: &mut Flow<'_>, search: &mut Search, progress: &mut Progress<'_>) -> bool {
    let start = total(flow.m, |j| excess(flow, j)).max(1);
    let mut raises = 0;
    let mut path = Vec::new();
    loop {
        let sources: Vec<u32> = (0..flow.m).filter(|&j| excess(flow, j) > 0).map(|j| j as u32).collect();
        if sources.is_empty() {
            return true;
        }
        progress.report(1.0 - total(flow.m, |j| excess(flow, j)) as f32 / start as f32);
        let u = flow.u();
        search.run(flow, &sources, true, &|j| j == u || room(flow, j) > 0);
        if search.reached.is_empty() {
            raises += 1;
            if raises > step_limit(flow) {
                return false;
            }
            flow.raise(&search.visited_set(flow.nn));
            continue;
        }
        let reached = std::mem::take(&mut search.reached);
        for &t in &reached {
            let t = t as usize;
            search.chain(t, &mut path);
            path.reverse();
            let limit = if t == u { u32::MAX } else { room(flow, t) };
            let amount = bottleneck(flow, &path, excess(flow, path[0]).min(limit));
            if amount > 0 {
                shift(flow, &path, amount);
            }
        }
        search.reached = reached;
    }
}

fn pull_in_deficits(flow: &mut Flow<'_>, search: &mut Search, progress: &mut Progress<'_>) -> bool {
    if !(0..flow.m).any(|j| is_deficit(flow, j)) {
        return true;
    }
    let start = total(flow.m, |j| if is_deficit(flow, j) { room(flow, j) } else { 0 }).max(1);
    let mut lowers = 0;
    let mut path = Vec::new();
    loop {
        let sinks: Vec<u32> = (0..flow.m).filter(|&j| is_deficit(flow, j)).map(|j| j as u32).collect();
        if sinks.is_empty() {
            return true;
        }
        progress.report(1.0 - total(flow.m, |j| if is_deficit(flow, j) { room(flow, j) } else { 0 }) as f32 / start as f32);
        let supplier = |j: usize| flow.load(j) > 0 && (j == flow.m || flow.price[j] == 0);
        search.run(flow, &sinks, false, &supplier);
        if search.reached.is_empty() {
            if flow.must_thaw() {
                flow.thaw();
                continue;
            }
            lowers += 1;
            let changed = search.visited_set(flow.nn);
            if lowers > step_limit(flow) || changed.iter().enumerate().any(|(j, &c)| c && (j == flow.u() || flow.price[j] == 0)) {
                return false;
            }
            flow.lower(&changed);
            continue;
        }
        let reached = std::mem::take(&mut search.reached);
        for &t in &reached {
            search.chain(t as usize, &mut path);
            let sink = path[path.len() - 1];
            let amount = bottleneck(flow, &path, flow.load(path[0]).min(room(flow, sink)));
            if amount > 0 && is_deficit(flow, sink) {
                shift(flow, &path, amount);
            }
        }
        search.reached = reached;
    }
}

#[cfg(test)]
mod tests {
    use proptest::collection::vec;
    use proptest::prelude::*;

    use super::*;
    use crate::assignment::scores::ScoreTable;
    use crate::assignment::{Assignment, ManagerSlots, balance, verify_certificate};

    /// Runs the exact phases from arbitrary starting prices; returns the result and prices.
    fn solve_from(customers: &[u64], managers: &[ManagerSlots], start: &[u32]) -> (Assignment, Vec<u32>) {
        let masks: Vec<u64> = managers.iter().map(|s| s.mask).collect();
        let caps: Vec<u32> = managers.iter().map(|s| s.capacity).collect();
        let table = ScoreTable::new(&masks);
        let s_max = table.max_score_bound(customers);
        let mut sink = |_: f32| {};
        let mut progress = Progress::new(&mut sink);
        let mut flow = Flow::new(customers, &table, &caps, start, s_max, &mut progress);
        assert!(run(&mut flow, &mut progress), "the step bound held");
        balance::complete(&mut flow);
        let manager_of: Vec<Option<u32>> = flow.node_of.iter().map(|&j| (j as usize != flow.m).then_some(j)).collect();
        let assigned = manager_of.iter().flatten().count();
        (Assignment { manager_of, total_score: flow.total_score(), assigned }, flow.price[..flow.m].to_vec())
    }

    fn mask() -> impl Strategy<Value = u64> {
        (0u64..32, 0u64..8).prop_map(|(n, h)| n | h << 32)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 1500, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn repair_reaches_a_certified_optimum_from_any_starting_prices(
            customers in vec(mask(), 0..40),
            managers in vec((mask(), 1u32..8), 1..40),
            start in vec(0u32..10, 40),
        ) {
            let managers: Vec<ManagerSlots> = managers.into_iter().map(|(mask, capacity)| ManagerSlots { mask, capacity }).collect();
            let (result, prices) = solve_from(&customers, &managers, &start[..managers.len()]);
            prop_assert_eq!(verify_certificate(&customers, &managers, &result, &prices), Ok(()));
            let (from_zero, _) = solve_from(&customers, &managers, &vec![0; managers.len()]);
            prop_assert_eq!(result.total_score, from_zero.total_score);
        }
    }

    #[test]
    fn prices_far_too_high_fall_and_thaw_every_customer_that_is_needed() {
        let managers = [ManagerSlots { mask: 0b1, capacity: 3 }, ManagerSlots { mask: 0b10, capacity: 2 }];
        let customers = [0b1, 0b1, 0b11, 0b10, 0b100, 0];
        let (result, prices) = solve_from(&customers, &managers, &[9, 9]);
        assert_eq!(verify_certificate(&customers, &managers, &result, &prices), Ok(()));
        assert_eq!((result.assigned, result.total_score), (5, 4));
    }
}
