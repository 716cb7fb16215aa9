//! The exact solver's working state: where each customer sits, the managers' prices, and
//! for every pair of nodes how many score-neutral moves exist between them right now.
//!
//! Nodes are the managers `0..m` plus `u = m`, "unassigned" (score 0, price 0, no limit).
//! Invariant: every customer sits on a node maximising `score − price` (value 0 for the
//! unassigned node). `tight[j][k]` counts customers at `j` for whom `k` is exactly as good;
//! it is kept up to date on every move and every price step. Unassigned customers whose
//! best manager is below value 0 are kept "cold", outside the counts, in buckets by how
//! many price decreases it would take to bring them to 0.

use super::Progress;
use super::place::Chooser;
use super::scores::{ScoreTable, for_each_equal, max_byte};
use super::warm::mix;

/// Lists of best managers up to this long are kept between the two placement passes.
const KEEP_LANES: usize = 8;

/// Customers with one mask: `order[start..end]`, how many nodes are best for them, where
/// their best managers are kept (`u32::MAX`: not kept), and their best manager value.
struct Group {
    options: u32,
    start: u32,
    end: u32,
    lanes: u32,
    best: u8,
}

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
        let mut order: Vec<u32> = (0..cust.len() as u32).collect();
        order.sort_unstable_by_key(|&x| (mix(cust[x as usize]), cust[x as usize], x));
        // Groups of identical masks, those with the fewest best options placed first. Short
        // lists of best managers are kept from the first pass, long ones recomputed.
        let mut groups: Vec<Group> = Vec::new();
        let mut kept: Vec<u32> = Vec::new();
        let mut start = 0;
        while start < order.len() {
            let mask = cust[order[start] as usize];
            let end = start + order[start..].iter().take_while(|&&x| cust[x as usize] == mask).count();
            flow.values(order[start] as usize);
            let best = max_byte(&flow.vals);
            let top = best.max(flow.off);
            let from = kept.len();
            for_each_equal(&flow.vals[..m], top, |k| kept.push(k as u32));
            let options = (kept.len() - from) as u32 + u32::from(top == flow.off);
            let lanes = if kept.len() - from <= KEEP_LANES { from as u32 } else { u32::MAX };
            kept.truncate(if lanes == u32::MAX { from } else { kept.len() });
            groups.push(Group { options, start: start as u32, end: end as u32, lanes, best });
            start = end;
        }
        groups.sort_unstable_by_key(|g| (g.options, g.start));
        let (mut lanes, mut placed) = (Vec::new(), Vec::new());
        for (done, g) in groups.iter().enumerate() {
            if done % 4096 == 0 {
                progress.report(done as f32 / groups.len() as f32);
            }
            let (start, end, mut best) = (g.start as usize, g.end as usize, g.best);
            lanes.clear();
            if g.lanes == u32::MAX {
                flow.values(order[start] as usize);
                best = max_byte(&flow.vals);
                for_each_equal(&flow.vals[..m], best.max(flow.off), |k| lanes.push(k));
            } else {
                let count = g.options - u32::from(best <= flow.off);
                lanes.extend(kept[g.lanes as usize..(g.lanes + count) as usize].iter().map(|&k| k as usize));
            }
            let top = best.max(flow.off);
            chooser.place(&lanes, (end - start) as u32, top == flow.off, &mut placed);
            let mut next = start;
            for &(node, count) in &placed {
                for &x in &order[next..next + count as usize] {
                    if node == m && best < flow.off {
                        flow.freeze(x as usize, usize::from(flow.off - best));
                    } else {
                        flow.attach(x as usize, node);
                    }
                }
                if node != m || best >= flow.off {
                    flow.count_many(node, count, &lanes, top == flow.off);
                }
                next += count as usize;
            }
        }
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
    fn freeze(&mut self, x: usize, below: usize) {
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

    /// Sum over customers of their score at the node they sit on.
    pub(crate) fn total_score(&self) -> u64 {
        self.node_of.iter().enumerate().map(|(x, &j)| u64::from(self.table.score(self.cust[x], j as usize))).sum()
    }
}
