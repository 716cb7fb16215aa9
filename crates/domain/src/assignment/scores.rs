//! Fast match scores of one customer against every manager: manager masks are stored as
//! bit planes, so a customer's scores are a few byte-vector additions (one per tag it has)
//! instead of one AND+POPCNT per manager, and nothing of size customers × managers is kept.

use crate::scoring::match_score;

/// Bit planes of the managers' masks: `plane(b)[j]` is 1 when manager `j` has bit `b`.
pub(crate) struct ScoreTable {
    masks: Vec<u64>,
    width: usize,
    planes: Vec<u8>,
    used: u64,
}

impl ScoreTable {
    /// Lanes `0..masks.len()` are managers; lane `masks.len()` is always present and always
    /// scores 0 (the solver uses it for "unassigned"); lanes beyond are padding.
    pub(crate) fn new(masks: &[u64]) -> Self {
        let width = (masks.len() + 1).div_ceil(32) * 32;
        let mut planes = vec![0u8; 64 * width];
        let mut used = 0u64;
        for (j, &mask) in masks.iter().enumerate() {
            used |= mask;
            let mut bits = mask;
            while bits != 0 {
                let b = bits.trailing_zeros() as usize;
                planes[b * width + j] = 1;
                bits &= bits - 1;
            }
        }
        Self { masks: masks.to_vec(), width, planes, used }
    }

    /// Length of every score vector this table writes.
    pub(crate) fn width(&self) -> usize {
        self.width
    }

    pub(crate) fn managers(&self) -> usize {
        self.masks.len()
    }

    /// Score of one customer with manager `j` (0 for the unassigned lane).
    pub(crate) fn score(&self, customer: u64, j: usize) -> u32 {
        self.masks.get(j).map_or(0, |&m| match_score(customer, m))
    }

    /// `out[j] += score(customer, j)` for every lane; `out.len()` must be `width()`.
    pub(crate) fn add_scores(&self, customer: u64, out: &mut [u8]) {
        let mut bits = customer & self.used;
        while bits != 0 {
            let b = bits.trailing_zeros() as usize;
            let plane = &self.planes[b * self.width..(b + 1) * self.width];
            for (o, p) in out.iter_mut().zip(plane) {
                *o = o.wrapping_add(*p);
            }
            bits &= bits - 1;
        }
    }

    /// Raw scores of `customer` into `out` (length `width()`).
    pub(crate) fn scores_into(&self, customer: u64, out: &mut [u8]) {
        out.fill(0);
        self.add_scores(customer, out);
    }

    /// An upper bound on every score, tight in practice: no pair can share more bits than
    /// the customer (or the manager) has among the bits the other side ever uses.
    pub(crate) fn max_score_bound(&self, customers: &[u64]) -> u32 {
        let mut any_customer = 0u64;
        let mut best_customer = 0u32;
        for &c in customers {
            any_customer |= c;
            best_customer = best_customer.max(match_score(c, self.used));
        }
        let best_manager = self.masks.iter().map(|&m| match_score(any_customer, m)).max().unwrap_or(0);
        best_customer.min(best_manager)
    }
}

/// Largest byte of a slice (vectorises).
pub(crate) fn max_byte(v: &[u8]) -> u8 {
    v.iter().copied().fold(0, u8::max)
}

/// Calls `f(lane)` for every lane of `v` equal to `target`, skipping 32-lane blocks whose
/// maximum is below it.
pub(crate) fn for_each_equal(v: &[u8], target: u8, mut f: impl FnMut(usize)) {
    for (block, chunk) in v.chunks(32).enumerate() {
        if max_byte(chunk) < target {
            continue;
        }
        for (i, &x) in chunk.iter().enumerate() {
            if x == target {
                f(block * 32 + i);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plane_scores_equal_and_plus_popcount() {
        let managers = [0b1011u64, 0, u64::MAX, 1 << 63 | 1 << 40 | 3];
        let table = ScoreTable::new(&managers);
        let mut out = vec![0u8; table.width()];
        for c in [0u64, 1, 0b1111, u64::MAX, 1 << 63 | 1 << 40, 0xdead_beef_0000_ffff] {
            table.scores_into(c, &mut out);
            for (j, &m) in managers.iter().enumerate() {
                assert_eq!(u32::from(out[j]), (c & m).count_ones());
                assert_eq!(table.score(c, j), (c & m).count_ones());
            }
            assert!(out[managers.len()..].iter().all(|&x| x == 0), "unassigned lane and padding score 0");
        }
    }

    #[test]
    fn the_score_bound_is_never_below_a_real_score() {
        let managers = [0b0111u64, 0b1100_0000];
        let customers = [0b0101u64, 0b1111_1111, 0];
        let table = ScoreTable::new(&managers);
        let bound = table.max_score_bound(&customers);
        assert_eq!(bound, 3);
        for &c in &customers {
            for &m in &managers {
                assert!((c & m).count_ones() <= bound);
            }
        }
    }

    #[test]
    fn equal_lanes_are_found_across_blocks() {
        let mut v = vec![0u8; 96];
        v[3] = 7;
        v[40] = 7;
        v[95] = 7;
        v[50] = 6;
        let mut seen = Vec::new();
        for_each_equal(&v, 7, |i| seen.push(i));
        assert_eq!(seen, vec![3, 40, 95]);
        assert_eq!(max_byte(&v), 7);
    }
}
