//! Price steps of the exact solver: raising or lowering the prices of a closed set of
//! managers by one, re-counting only the arcs that can change, and the "cold" unassigned
//! customers that only a price decrease could bring back into play.

use super::Flow;
use crate::assignment::scores::max_byte;

impl Flow<'_> {
    /// Raises by one the price of every manager in `set`, which must hold every node
    /// reachable from it by neutral moves and not the unassigned node.
    pub(crate) fn raise(&mut self, set: &[bool]) {
        self.cut_arcs(set, false);
        self.shift_prices(set, true);
        let outside: Vec<bool> = set.iter().map(|&s| !s).collect();
        self.recount_members(set, &outside);
    }

    /// Lowers by one the price of every manager in `set`, which must hold every node that
    /// reaches it by neutral moves; all of them have a positive price.
    pub(crate) fn lower(&mut self, set: &[bool]) {
        debug_assert!(!self.must_thaw(), "thaw before lowering");
        self.lowered += 1;
        self.cut_arcs(set, true);
        self.shift_prices(set, false);
        let outside: Vec<bool> = set.iter().map(|&s| !s).collect();
        self.recount_members(&outside, set);
    }

    /// Clears arcs between `set` and the rest: into it (`from_set` false) or out of it.
    fn cut_arcs(&mut self, set: &[bool], from_set: bool) {
        for j in 0..self.nn {
            for k in 0..self.nn {
                if set[j] == from_set && set[k] != from_set {
                    self.set_tight(j, k, 0);
                }
            }
        }
    }

    fn shift_prices(&mut self, set: &[bool], up: bool) {
        for j in (0..self.m).filter(|&j| set[j]) {
            self.price[j] = if up { self.price[j] + 1 } else { self.price[j] - 1 };
        }
        self.refresh_base();
    }

    /// Recounts, for customers at nodes in `at`, their arcs into nodes in `into`.
    /// When `into` is a few managers, checks just those pairs instead of all values.
    fn recount_members(&mut self, at: &[bool], into: &[bool]) {
        let targets: Vec<usize> = (0..self.nn).filter(|&k| into[k]).collect();
        let few = targets.len() * 16 < self.m;
        for j in (0..self.nn).filter(|&j| at[j]) {
            for i in 0..self.members[j].len() {
                let x = self.members[j][i] as usize;
                if few {
                    for &k in &targets {
                        if self.is_tight(x, j, k) {
                            let t = self.tight[j * self.nn + k];
                            self.set_tight(j, k, t + 1);
                        }
                    }
                } else {
                    self.values(x);
                    self.count(j, true, Some(into));
                }
            }
        }
    }

    /// Files unassigned customer `x` as cold, `below` under value 0 right now.
    pub(super) fn freeze(&mut self, x: usize, below: usize) {
        let e = below + self.lowered as usize;
        if self.cold.len() <= e {
            self.cold.resize(e + 1, Vec::new());
        }
        self.cold[e].push(x as u32);
    }

    /// Whether a price decrease now could bring a cold customer to value 0.
    pub(crate) fn must_thaw(&self) -> bool {
        self.cold.iter().take(self.lowered as usize + 2).any(|bucket| !bucket.is_empty())
    }

    /// Re-examines the cold customers a price decrease could bring to 0: those now within 1
    /// of it join the counts, the others are filed again by their exact value.
    pub(crate) fn thaw(&mut self) {
        for e in 0..self.cold.len().min(self.lowered as usize + 2) {
            for x in std::mem::take(&mut self.cold[e]) {
                let x = x as usize;
                self.values(x);
                let below = usize::from(self.off.saturating_sub(max_byte(&self.vals)));
                if below <= 1 {
                    self.attach(x, self.m);
                    self.count(self.m, true, None);
                } else {
                    self.freeze(x, below);
                }
            }
        }
    }
}
