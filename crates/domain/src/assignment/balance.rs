//! After the optimum is found: fill every free slot that costs nothing (maximum cardinality),
//! then even out the load with score-neutral moves only.
//!
//! "Even" means: no customer can be handed from manager `j` to manager `k`, directly or
//! through a chain of managers each giving one customer and taking one, without losing
//! score, while `load_j / cap_j > (load_k + 1) / cap_k`. Every such hand-over lowers the
//! sorted list of per-slot fill levels, so the search ends; when none is left the
//! assignment is the most even one among all optimal assignments of the same customers
//! (the load vectors form an M-convex set, where local optimality is global).

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use super::Progress;
use super::search::{Search, bottleneck, shift};
use super::state::Flow;
use super::warm::fuller;

/// Puts unassigned customers on managers that still have room. At optimal prices such a
/// manager has price 0 and such a customer scores 0 with it, so the score is unchanged.
pub(crate) fn complete(flow: &mut Flow<'_>) {
    let u = flow.u();
    let mut heap: BinaryHeap<Reverse<(u64, usize)>> =
        (0..flow.m).filter(|&j| flow.load(j) < flow.cap[j]).map(|j| Reverse((fill_key(flow, j), j))).collect();
    while let Some(&x) = flow.members[u].last() {
        let Some(Reverse((_, j))) = heap.pop() else { break };
        debug_assert!(flow.is_tight(x as usize, u, j), "a free slot must cost nothing");
        flow.move_customer(x as usize, j);
        if flow.load(j) < flow.cap[j] {
            heap.push(Reverse((fill_key(flow, j), j)));
        }
    }
}

/// Fill level after taking one more customer, as a sortable integer.
fn fill_key(flow: &Flow<'_>, j: usize) -> u64 {
    (u64::from(flow.load(j) + 1) << 32) / u64::from(flow.cap[j].max(1))
}

fn movable(flow: &Flow<'_>, j: usize) -> bool {
    j < flow.m && flow.price[j] == 0
}

/// Bulk first step toward even load: price-0 managers above their share of the load those
/// managers carry push customers, along neutral chains, to ones below their share.
pub(crate) fn spread(flow: &mut Flow<'_>) {
    let movable: Vec<bool> = (0..flow.nn).map(|j| movable(flow, j)).collect();
    let (load, cap) =
        (0..flow.m).filter(|&j| movable[j]).fold((0u64, 0u64), |(l, c), j| (l + u64::from(flow.load(j)), c + u64::from(flow.cap[j])));
    if cap == 0 {
        return;
    }
    let share = |j: usize, up: bool| {
        let (exact, cap) = (u128::from(load) * u128::from(flow.cap[j]), u128::from(cap));
        u32::try_from(if up { exact.div_ceil(cap) } else { exact / cap }).unwrap_or(u32::MAX)
    };
    let (hi, lo): (Vec<u32>, Vec<u32>) =
        (0..flow.nn).map(|j| if movable[j] { (share(j, true), share(j, false)) } else { (u32::MAX, 0) }).unzip();
    let mut search = Search::new(flow);
    let mut path = Vec::new();
    loop {
        let sources: Vec<u32> = (0..flow.m).filter(|&j| flow.load(j) > hi[j]).map(|j| j as u32).collect();
        if sources.is_empty() {
            return;
        }
        search.run(flow, &sources, true, &|k| flow.load(k) < lo[k]);
        if search.reached.is_empty() {
            return;
        }
        let reached = std::mem::take(&mut search.reached);
        for &t in &reached {
            search.chain(t as usize, &mut path);
            path.reverse();
            let (s, t) = (path[0], t as usize);
            let amount = bottleneck(flow, &path, flow.load(s).saturating_sub(hi[s]).min(lo[t].saturating_sub(flow.load(t))));
            if amount > 0 {
                shift(flow, &path, amount);
            }
        }
        search.reached = reached;
    }
}

/// Score-neutral hand-overs from fuller to emptier price-0 managers until none helps.
pub(crate) fn even_out(flow: &mut Flow<'_>, progress: &mut Progress<'_>) {
    let m = flow.m;
    let mut search = Search::new(flow);
    let mut path = Vec::new();
    for round in 0..64 {
        progress.report(round as f32 / 64.0);
        let mut order: Vec<usize> = (0..m).filter(|&j| movable(flow, j) && flow.load(j) > 0).collect();
        order.sort_by(|&a, &b| {
            let (la, lb) = (u64::from(flow.load(a)) * u64::from(flow.cap[b]), u64::from(flow.load(b)) * u64::from(flow.cap[a]));
            lb.cmp(&la)
        });
        let mut improved = false;
        for &j in &order {
            while hand_over_from(flow, &mut search, &mut path, j) {
                improved = true;
            }
        }
        if !improved {
            break;
        }
    }
}

/// Hand-overs out of `j` to the managers it reaches, emptiest first, while they help.
fn hand_over_from(flow: &mut Flow<'_>, search: &mut Search, path: &mut Vec<usize>, j: usize) -> bool {
    search.run(flow, &[j as u32], true, &|_| false);
    let cj = flow.cap[j];
    let mut targets: Vec<usize> = (0..flow.m)
        .filter(|&k| k != j && movable(flow, k) && search.visited(k) && fuller(flow.load(j), cj, flow.load(k) + 1, flow.cap[k]))
        .collect();
    targets.sort_by(|&a, &b| {
        let (fa, fb) = (u64::from(flow.load(a) + 1) * u64::from(flow.cap[b]), u64::from(flow.load(b) + 1) * u64::from(flow.cap[a]));
        fa.cmp(&fb)
    });
    let mut moved = false;
    for k in targets {
        search.chain(k, path);
        path.reverse();
        let amount = bottleneck(flow, path, hand_over(flow.load(j), cj, flow.load(k), flow.cap[k]));
        if amount > 0 {
            shift(flow, path, amount);
            moved = true;
        }
    }
    moved
}

/// How many customers `j` (load `lj`, capacity `cj`) can hand to `k` while each single
/// hand-over still goes from a fuller to an emptier manager.
fn hand_over(lj: u32, cj: u32, lk: u32, ck: u32) -> u32 {
    let n = (i128::from(lj) + 1) * i128::from(ck) - i128::from(lk) * i128::from(cj);
    if n <= 0 { 0 } else { u32::try_from((n - 1) / (i128::from(cj) + i128::from(ck))).unwrap_or(u32::MAX) }
}

/// Last resort if the exact phases ever stopped early: no manager over capacity and no
/// free slot left while someone waits. Never expected to run.
pub(crate) fn make_feasible(flow: &mut Flow<'_>) {
    let u = flow.u();
    for j in 0..flow.m {
        while flow.load(j) > flow.cap[j] {
            let Some(&x) = flow.members[j].last() else { break };
            flow.move_customer(x as usize, u);
        }
    }
    for j in 0..flow.m {
        while flow.load(j) < flow.cap[j] {
            let Some(&x) = flow.members[u].last() else { break };
            flow.move_customer(x as usize, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hand_over_stops_before_the_receiver_becomes_the_fuller_one() {
        assert_eq!(hand_over(10, 10, 0, 10), 5, "10/10 and 0/10 end at 5 and 5");
        assert_eq!(hand_over(3, 10, 3, 10), 0);
        assert_eq!(hand_over(4, 10, 3, 10), 0, "4 and 3 would only swap");
        assert_eq!(hand_over(5, 10, 3, 10), 1, "5 and 3 become 4 and 4");
        assert_eq!(hand_over(4, 2, 0, 6), 3, "the third goes as 2/2 > 3/6, a fourth would not as 1/2 < 4/6");
    }
}
