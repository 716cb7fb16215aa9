//! Breadth-first search over managers along score-neutral moves ("tight arcs": some
//! customer at `j` finds `k` exactly as good), on bitset rows so one step costs m/64 words.

use super::state::Flow;

const NONE: u32 = u32::MAX;

pub(crate) struct Search {
    visited: Vec<u64>,
    parent: Vec<u32>,
    queue: Vec<u32>,
    pub(crate) reached: Vec<u32>,
}

impl Search {
    pub(crate) fn new(flow: &Flow<'_>) -> Self {
        Self { visited: vec![0; flow.words], parent: vec![NONE; flow.nn], queue: Vec::with_capacity(flow.nn), reached: Vec::new() }
    }

    /// Visits every node reachable from `sources`, walking arcs forward (a customer at the
    /// current node could move on) or backward (a customer could move in). Target nodes are
    /// recorded in `reached`, in order of distance, and not walked through.
    pub(crate) fn run(&mut self, flow: &Flow<'_>, sources: &[u32], forward: bool, is_target: &dyn Fn(usize) -> bool) {
        self.visited.fill(0);
        self.parent.fill(NONE);
        self.queue.clear();
        self.reached.clear();
        for &s in sources {
            let s = s as usize;
            self.visited[s / 64] |= 1 << (s % 64);
            self.queue.push(s as u32);
        }
        let w = flow.words;
        let mut head = 0;
        while head < self.queue.len() {
            let j = self.queue[head] as usize;
            head += 1;
            if is_target(j) {
                self.reached.push(j as u32);
                continue;
            }
            let row = if forward { &flow.out_bits[j * w..(j + 1) * w] } else { &flow.in_bits[j * w..(j + 1) * w] };
            for (word, (&bits, seen)) in row.iter().zip(self.visited.iter_mut()).enumerate() {
                let mut fresh = bits & !*seen;
                *seen |= fresh;
                while fresh != 0 {
                    let k = word * 64 + fresh.trailing_zeros() as usize;
                    self.parent[k] = j as u32;
                    self.queue.push(k as u32);
                    fresh &= fresh - 1;
                }
            }
        }
    }

    pub(crate) fn visited(&self, j: usize) -> bool {
        self.visited[j / 64] >> (j % 64) & 1 == 1
    }

    /// Nodes visited by the last run, as a membership vector of length `nn`.
    pub(crate) fn visited_set(&self, nn: usize) -> Vec<bool> {
        (0..nn).map(|j| self.visited(j)).collect()
    }

    /// `t`, its parent, its parent's parent, … up to the source it was reached from.
    pub(crate) fn chain(&self, t: usize, out: &mut Vec<usize>) {
        out.clear();
        let mut j = t;
        out.push(j);
        while self.parent[j] != NONE {
            j = self.parent[j] as usize;
            out.push(j);
        }
    }
}

/// The most customers that can travel along every arc of `path` (consecutive pairs).
pub(crate) fn bottleneck(flow: &Flow<'_>, path: &[usize], mut amount: u32) -> u32 {
    for pair in path.windows(2) {
        amount = amount.min(flow.tight[pair[0] * flow.nn + pair[1]]);
    }
    amount
}

/// Moves `amount` customers along `path`: each intermediate node gives as many as it takes.
pub(crate) fn shift(flow: &mut Flow<'_>, path: &[usize], amount: u32) {
    for pair in path.windows(2) {
        let moved = flow.move_tight(pair[0], pair[1], amount);
        debug_assert_eq!(moved, amount, "a counted tight arc had too few customers");
    }
}
