//! Capacitated assignment of customers to managers: the exact maximum total match score
//! under capacity, ties broken toward even load, plus the original greedy rule for comparison.
//!
//! Method (details and measurements in `docs/matching.md`): a primal–dual solver on the
//! manager graph. Every customer sits on a node maximising `score − price` (managers, or
//! "unassigned" at value 0); over-full managers push customers along chains of
//! score-neutral moves, priced managers that are not full pull them, and when no chain
//! exists a whole set of prices moves by one. Scores are small integers, so prices are
//! integers in `0..=max score` and few price steps happen. Big instances start from the
//! prices of an exactly solved 1-in-8 sample; customers with identical masks are placed
//! together; scores come from bit planes, never from a customers × managers matrix. The
//! result carries its own proof ([`Certificate`], checked by [`verify_certificate`]).

mod balance;
mod certificate;
mod greedy;
mod place;
mod repair;
pub(crate) mod scores;
mod search;
mod state;
mod warm;

pub use certificate::{CertificateError, verify_certificate};
pub use greedy::{assign_greedy_original, capacity_free_bound};

use scores::ScoreTable;
use state::Flow;

/// A manager as the solver sees it: tag mask (needs bits 0..32, hobbies 32..64) and slots.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ManagerSlots {
    pub mask: u64,
    pub capacity: u32,
}

/// Who gets whom: `manager_of[c]` indexes the managers slice, `None` = unassigned.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Assignment {
    pub manager_of: Vec<Option<u32>>,
    pub total_score: u64,
    pub assigned: usize,
}

impl Assignment {
    /// Customers per manager, for `managers` managers.
    #[must_use]
    pub fn loads(&self, managers: usize) -> Vec<u32> {
        let mut loads = vec![0u32; managers];
        for j in self.manager_of.iter().flatten() {
            if let Some(load) = loads.get_mut(*j as usize) {
                *load += 1;
            }
        }
        loads
    }
}

/// Integer manager prices that prove an assignment optimal (see [`verify_certificate`]).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Certificate {
    pub prices: Vec<u32>,
}

pub use crate::scoring::match_score;

/// Exact optimum. `progress` is called now and then with a fraction 0.0..=1.0.
///
/// Assigns min(customers, total capacity) customers, with the largest total score any such
/// assignment can have, no manager over capacity, and load as even as the optimum allows.
pub fn assign_optimally(customers: &[u64], managers: &[ManagerSlots], progress: &mut dyn FnMut(f32)) -> Assignment {
    assign_with_certificate(customers, managers, progress).0
}

/// [`assign_optimally`], also returning the prices that prove the result optimal.
pub fn assign_with_certificate(customers: &[u64], managers: &[ManagerSlots], progress: &mut dyn FnMut(f32)) -> (Assignment, Certificate) {
    let mut progress = Progress::new(progress);
    progress.report(0.0);
    let active: Vec<usize> = (0..managers.len()).filter(|&j| managers[j].capacity > 0).collect();
    let masks: Vec<u64> = active.iter().map(|&j| managers[j].mask).collect();
    let caps: Vec<u32> = active.iter().map(|&j| managers[j].capacity).collect();
    let table = ScoreTable::new(&masks);
    let s_max = table.max_score_bound(customers);
    // A manager without slots is priced above any score it can give, so nobody wants it.
    let mut prices: Vec<u32> = managers.iter().map(|m| match_score(m.mask, m.mask) + 1).collect();
    if customers.is_empty() || active.is_empty() {
        for &j in &active {
            prices[j] = 0;
        }
        progress.report(1.0);
        let manager_of = vec![None; customers.len()];
        return (Assignment { manager_of, total_score: 0, assigned: 0 }, Certificate { prices });
    }
    let mut flow = solve_core(customers, &table, &caps, s_max, &mut progress.sub(0.0, 0.9));
    balance::complete(&mut flow);
    balance::spread(&mut flow);
    balance::even_out(&mut flow, &mut progress.sub(0.9, 1.0));
    for (i, &j) in active.iter().enumerate() {
        prices[j] = flow.price[i];
    }
    let u = flow.u();
    let manager_of: Vec<Option<u32>> =
        flow.node_of.iter().map(|&node| (node as usize != u).then(|| active[node as usize] as u32)).collect();
    let assigned = manager_of.iter().flatten().count();
    let result = Assignment { manager_of, total_score: flow.total_score(), assigned };
    progress.report(1.0);
    (result, Certificate { prices })
}

/// Solves one instance (all capacities positive) to optimality and returns the final state.
pub(crate) fn solve_core<'a>(cust: &'a [u64], table: &'a ScoreTable, caps: &[u32], s_max: u32, progress: &mut Progress<'_>) -> Flow<'a> {
    let prices = warm::warm_prices(cust, table, caps, s_max, &mut progress.sub(0.0, 0.35));
    let mut flow = Flow::new(cust, table, caps, &prices, s_max, &mut progress.sub(0.35, 0.55));
    if !repair::run(&mut flow, &mut progress.sub(0.55, 1.0)) {
        debug_assert!(false, "the exact phases exceeded their proven step bound");
        balance::make_feasible(&mut flow);
    }
    flow
}

/// Maps the progress of a stage onto its share of the caller's 0..=1 range.
pub(crate) struct Progress<'p> {
    report: &'p mut dyn FnMut(f32),
    lo: f32,
    hi: f32,
}

impl<'p> Progress<'p> {
    pub(crate) fn new(report: &'p mut dyn FnMut(f32)) -> Self {
        Self { report, lo: 0.0, hi: 1.0 }
    }

    pub(crate) fn report(&mut self, fraction: f32) {
        (self.report)(self.lo + (self.hi - self.lo) * fraction.clamp(0.0, 1.0));
    }

    /// The part `a..b` (fractions of this stage) as a stage of its own.
    pub(crate) fn sub(&mut self, a: f32, b: f32) -> Progress<'_> {
        let span = self.hi - self.lo;
        Progress { report: &mut *self.report, lo: self.lo + span * a, hi: self.lo + span * b }
    }
}
