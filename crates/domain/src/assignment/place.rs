//! The first placement at the starting prices: customers with identical masks are placed
//! together on nodes maximising `score − price`. Among equally good managers, those with
//! room come first — the highest-priced first (priced managers must end up full), each
//! price level filled evenly — then "unassigned" if it is as good, then the least
//! over-filled managers.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use super::warm::fuller;

pub(crate) struct Chooser<'c> {
    caps: &'c [u32],
    prices: &'c [u32],
    loads: Vec<u32>,
    taken: Vec<u32>,
    touched: Vec<usize>,
}

impl<'c> Chooser<'c> {
    pub(crate) fn new(caps: &'c [u32], prices: &'c [u32]) -> Self {
        Self { caps, prices, loads: vec![0; caps.len()], taken: vec![0; caps.len()], touched: Vec::new() }
    }

    /// Places `count` interchangeable customers among `lanes`, the equally good managers;
    /// `unassigned_ok` when staying unassigned is just as good. Writes (node, how many)
    /// pairs to `out`, node `caps.len()` meaning unassigned.
    pub(crate) fn place(&mut self, lanes: &[usize], count: u32, unassigned_ok: bool, out: &mut Vec<(usize, u32)>) {
        out.clear();
        if count == 1 {
            out.push((self.place_one(lanes, unassigned_ok), 1));
            return;
        }
        let (caps, prices) = (self.caps, self.prices);
        let mut left = count;
        let mut room: Vec<usize> = lanes.iter().copied().filter(|&j| self.loads[j] < caps[j]).collect();
        room.sort_by_key(|&j| Reverse(prices[j]));
        for level in room.chunk_by(|&a, &b| prices[a] == prices[b]) {
            let mut heap: BinaryHeap<Reverse<(u64, usize)>> =
                level.iter().map(|&j| Reverse((fill(self.loads[j] + 1, caps[j]), j))).collect();
            while left > 0 {
                let Some(Reverse((_, j))) = heap.pop() else { break };
                self.take(j);
                left -= 1;
                if self.loads[j] < caps[j] {
                    heap.push(Reverse((fill(self.loads[j] + 1, caps[j]), j)));
                }
            }
        }
        if left > 0 && unassigned_ok {
            out.push((caps.len(), left));
            left = 0;
        }
        let mut heap: BinaryHeap<Reverse<(u64, usize)>> =
            if left > 0 { lanes.iter().map(|&j| Reverse((fill(self.loads[j], caps[j]), j))).collect() } else { BinaryHeap::new() };
        while left > 0 {
            let Some(Reverse((_, j))) = heap.pop() else { break };
            self.take(j);
            left -= 1;
            heap.push(Reverse((fill(self.loads[j], caps[j]), j)));
        }
        for &j in &self.touched {
            out.push((j, self.taken[j]));
            self.taken[j] = 0;
        }
        self.touched.clear();
    }

    /// The same rule for a single customer, in one pass over `lanes`.
    fn place_one(&mut self, lanes: &[usize], unassigned_ok: bool) -> usize {
        let (caps, prices, loads) = (self.caps, self.prices, &self.loads);
        let (mut room, mut full): (Option<usize>, Option<usize>) = (None, None);
        for &j in lanes {
            if loads[j] < caps[j] {
                let better =
                    |k: usize| prices[j] > prices[k] || prices[j] == prices[k] && fuller(loads[k] + 1, caps[k], loads[j] + 1, caps[j]);
                if room.is_none_or(better) {
                    room = Some(j);
                }
            } else if full.is_none_or(|k| fuller(loads[k], caps[k], loads[j], caps[j])) {
                full = Some(j);
            }
        }
        let node = room.or(unassigned_ok.then_some(caps.len())).or(full).unwrap_or(caps.len());
        if let Some(load) = self.loads.get_mut(node) {
            *load += 1;
        }
        node
    }

    fn take(&mut self, j: usize) {
        if self.taken[j] == 0 {
            self.touched.push(j);
        }
        self.taken[j] += 1;
        self.loads[j] += 1;
    }
}

/// `load / cap` as a sortable integer (capacities are positive).
fn fill(load: u32, cap: u32) -> u64 {
    (u64::from(load) << 32) / u64::from(cap.max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(chooser: &mut Chooser<'_>, lanes: &[usize], count: u32, unassigned_ok: bool) -> Vec<(usize, u32)> {
        let mut out = Vec::new();
        chooser.place(lanes, count, unassigned_ok, &mut out);
        out.sort_unstable();
        out
    }

    #[test]
    fn room_is_filled_evenly_before_anyone_overflows() {
        let (caps, prices) = ([2, 4, 1], [0, 0, 0]);
        let mut chooser = Chooser::new(&caps, &prices);
        assert_eq!(place(&mut chooser, &[0, 1], 3, false), vec![(0, 1), (1, 2)], "1/2 and 2/4 rather than 2/2 and 1/4");
        assert_eq!(place(&mut chooser, &[0, 1], 4, false), vec![(0, 2), (1, 2)], "room first (2/2, 4/4), then one over");
    }

    #[test]
    fn priced_managers_fill_first_and_unassigned_beats_overflow() {
        let (caps, prices) = ([3, 3], [0, 2]);
        let mut chooser = Chooser::new(&caps, &prices);
        assert_eq!(place(&mut chooser, &[0, 1], 4, true), vec![(0, 1), (1, 3)]);
        assert_eq!(place(&mut chooser, &[0, 1], 5, true), vec![(0, 2), (2, 3)], "the last three stay unassigned");
        assert_eq!(place(&mut chooser, &[], 2, true), vec![(2, 2)]);
    }
}
