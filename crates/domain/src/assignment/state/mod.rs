//! The exact solver's working state: where each customer sits, the managers' prices, and
//! for every pair of nodes how many score-neutral moves exist between them right now.
//!
//! Nodes are the managers `0..m` plus `u = m`, "unassigned" (score 0, price 0, no limit).
//! Invariant: every customer sits on a node maximising `score − price` (value 0 for the
//! unassigned node). `tight[j][k]` counts customers at `j` for whom `k` is exactly as good;
//! it is kept up to date on every move and every price step. Unassigned customers whose
//! best manager is below value 0 are kept "cold", outside the counts, in buckets by how
//! many price decreases it would take to bring them to 0.

mod placement;
mod prices;

use super::Progress;
use super::place::Chooser;
use super::scores::{ScoreTable, for_each_equal};

pub(crate) struct Flow<'a> {
    pub(crate) cust: &'a [u64],
    pub(crate) table: &'a ScoreTable,
    pub(crate) m: usize,
    pub(crate) nn: usize,
    pub(crate) s_max: u32,
    /// A value `score − price` is stored as the byte `score − price + off`.
    off: u8,
    pub(crate) cap: Vec<u32>,
    pub(crate) price: Vec<u32>,
    /// `off − price` per manager lane; the unassigned lane and padding are 0.
    base: Vec<u8>,
    pub(crate) node_of: Vec<u32>,
    pub(crate) members: Vec<Vec<u32>>,
    pos: Vec<u32>,
    /// Score of each customer where it sits (0 when unassigned).
    own: Vec<u8>,
    /// Unassigned customers left out of the counts: one in `cold[e]` has a best value of
    /// at most `lowered − e` (each price decrease adds at most 1).
    cold: Vec<Vec<u32>>,
    lowered: u32,
    pub(crate) tight: Vec<u32>,
    pub(crate) words: usize,
    pub(crate) out_bits: Vec<u64>,
    pub(crate) in_bits: Vec<u64>,
    vals: Vec<u8>,
    lanes: Vec<u32>,
}

impl<'a> Flow<'a> {
    /// Places every customer on a best node at `prices` (see [`Chooser`]) and counts arcs.
    pub(crate) fn new(
        cust: &'a [u64],
        table: &'a ScoreTable,
        caps: &[u32],
        prices: &[u32],
        s_max: u32,
        progress: &mut Progress<'_>,
    ) -> Self {
        let m = table.managers();
        let nn = m + 1;
        let words = nn.div_ceil(64);
        let prices: Vec<u32> = prices.iter().map(|&p| p.min(s_max + 1)).collect();
        let mut chooser = Chooser::new(caps, &prices);
        let mut flow = Self {
            cust,
            table,
            m,
            nn,
            s_max,
            off: u8::try_from(s_max + 1).unwrap_or(u8::MAX),
            cap: caps.iter().copied().chain([u32::MAX]).collect(),
            price: prices.iter().copied().chain([0]).collect(),
            base: vec![0; table.width()],
            node_of: vec![m as u32; cust.len()],
            members: vec![Vec::new(); nn],
            pos: vec![0; cust.len()],
            own: vec![0; cust.len()],
            cold: Vec::new(),
            lowered: 0,
            tight: vec![0; nn * nn],
            words,
            out_bits: vec![0; nn * words],
            in_bits: vec![0; nn * words],
            vals: vec![0; table.width()],
            lanes: Vec::new(),
        };
        flow.refresh_base();
        flow.place_all(&mut chooser, progress);
        flow
    }

    pub(crate) fn u(&self) -> usize {
        self.m
    }

    pub(crate) fn load(&self, j: usize) -> u32 {
        self.members[j].len() as u32
    }

    fn refresh_base(&mut self) {
        for (slot, &p) in self.base.iter_mut().zip(&self.price[..self.m]) {
            *slot = self.off.saturating_sub(u8::try_from(p).unwrap_or(u8::MAX));
        }
    }

    /// `vals[k] = score − price + off` of customer `x` for every manager lane.
    fn values(&mut self, x: usize) {
        self.vals.copy_from_slice(&self.base);
        self.table.add_scores(self.cust[x], &mut self.vals);
    }

    fn value_at(&self, j: usize) -> u8 {
        if j == self.m { self.off } else { self.vals[j] }
    }

    /// Adds (or removes) the customer whose values are in `vals`, sitting at `j`, to the
    /// counts of arcs `j → k`, for every `k` or only those with `within[k]`.
    fn count(&mut self, j: usize, add: bool, within: Option<&[bool]>) {
        let own = self.value_at(j);
        let m = self.m;
        let lanes = &mut self.lanes;
        lanes.clear();
        for_each_equal(&self.vals[..m], own, |k| lanes.push(k as u32));
        if j != m && own == self.off {
            lanes.push(m as u32);
        }
        for i in 0..self.lanes.len() {
            let k = self.lanes[i] as usize;
            if k != j && within.is_none_or(|w| w[k]) {
                let t = self.tight[j * self.nn + k];
                self.set_tight(j, k, if add { t + 1 } else { t - 1 });
            }
        }
    }

    /// Counts `count` customers with the same values placed at `j`: their arcs go to the
    /// other equally good managers `lanes`, and to "unassigned" when it is as good.
    fn count_many(&mut self, j: usize, count: u32, lanes: &[usize], unassigned_ok: bool) {
        let u = (j != self.m && unassigned_ok).then_some(self.m);
        for &k in lanes.iter().chain(u.as_ref()) {
            if k != j {
                let t = self.tight[j * self.nn + k];
                self.set_tight(j, k, t + count);
            }
        }
    }

    fn set_tight(&mut self, j: usize, k: usize, value: u32) {
        let slot = &mut self.tight[j * self.nn + k];
        let was = *slot > 0;
        *slot = value;
        if was != (value > 0) {
            self.out_bits[j * self.words + k / 64] ^= 1 << (k % 64);
            self.in_bits[k * self.words + j / 64] ^= 1 << (j % 64);
        }
    }

    fn attach(&mut self, x: usize, j: usize) {
        self.own[x] = u8::try_from(self.table.score(self.cust[x], j)).unwrap_or(u8::MAX);
        self.pos[x] = self.members[j].len() as u32;
        self.members[j].push(x as u32);
        self.node_of[x] = j as u32;
    }

    fn detach(&mut self, x: usize) {
        let (a, p) = (self.node_of[x] as usize, self.pos[x] as usize);
        let list = &mut self.members[a];
        list.swap_remove(p);
        if let Some(&moved) = list.get(p) {
            self.pos[moved as usize] = p as u32;
        }
    }

    /// Moves customer `x` to node `b`.
    pub(crate) fn move_customer(&mut self, x: usize, b: usize) {
        let a = self.node_of[x] as usize;
        if a == b {
            return;
        }
        self.values(x);
        self.count(a, false, None);
        self.count(b, true, None);
        self.detach(x);
        self.attach(x, b);
    }

    /// Is node `b` exactly as good as node `a` for customer `x`?
    pub(crate) fn is_tight(&self, x: usize, a: usize, b: usize) -> bool {
        u32::from(self.own[x]) + self.price[b] == self.table.score(self.cust[x], b) + self.price[a]
    }

    /// Moves up to `amount` customers from `a` to `b` that find `b` as good; returns how many.
    pub(crate) fn move_tight(&mut self, a: usize, b: usize, amount: u32) -> u32 {
        let mut moved = 0;
        let mut i = self.members[a].len();
        while moved < amount && i > 0 {
            i -= 1;
            let x = self.members[a][i] as usize;
            if self.is_tight(x, a, b) {
                self.move_customer(x, b);
                moved += 1;
            }
        }
        moved
    }

    /// Sum over customers of their score at the node they sit on.
    pub(crate) fn total_score(&self) -> u64 {
        self.node_of.iter().enumerate().map(|(x, &j)| u64::from(self.table.score(self.cust[x], j as usize))).sum()
    }
}
