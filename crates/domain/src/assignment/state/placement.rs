//! The first placement at the starting prices, in two passes: customers with identical
//! masks form one group, and groups with the fewest best options are placed first, so
//! customers with a choice see the load of those without one.

use super::Flow;
use crate::assignment::Progress;
use crate::assignment::place::Chooser;
use crate::assignment::scores::{for_each_equal, max_byte};
use crate::assignment::warm::mix;

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

impl Flow<'_> {
    /// Places every customer on a best node (see [`Chooser`]) and counts the arcs.
    pub(super) fn place_all(&mut self, chooser: &mut Chooser<'_>, progress: &mut Progress<'_>) {
        let mut order: Vec<u32> = (0..self.cust.len() as u32).collect();
        order.sort_unstable_by_key(|&x| (mix(self.cust[x as usize]), self.cust[x as usize], x));
        // Groups of identical masks, those with the fewest best options placed first. Short
        // lists of best managers are kept from the first pass, long ones recomputed.
        let mut groups: Vec<Group> = Vec::new();
        let mut kept: Vec<u32> = Vec::new();
        let mut start = 0;
        while start < order.len() {
            let mask = self.cust[order[start] as usize];
            let end = start + order[start..].iter().take_while(|&&x| self.cust[x as usize] == mask).count();
            self.values(order[start] as usize);
            let best = max_byte(&self.vals);
            let top = best.max(self.off);
            let from = kept.len();
            for_each_equal(&self.vals[..self.m], top, |k| kept.push(k as u32));
            let options = (kept.len() - from) as u32 + u32::from(top == self.off);
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
                self.values(order[start] as usize);
                best = max_byte(&self.vals);
                for_each_equal(&self.vals[..self.m], best.max(self.off), |k| lanes.push(k));
            } else {
                let count = g.options - u32::from(best <= self.off);
                lanes.extend(kept[g.lanes as usize..(g.lanes + count) as usize].iter().map(|&k| k as usize));
            }
            let top = best.max(self.off);
            chooser.place(&lanes, (end - start) as u32, top == self.off, &mut placed);
            let mut next = start;
            for &(node, count) in &placed {
                for &x in &order[next..next + count as usize] {
                    if node == self.m && best < self.off {
                        self.freeze(x as usize, usize::from(self.off - best));
                    } else {
                        self.attach(x as usize, node);
                    }
                }
                if node != self.m || best >= self.off {
                    self.count_many(node, count, &lanes, top == self.off);
                }
                next += count as usize;
            }
        }
    }
}
