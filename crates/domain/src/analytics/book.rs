//! Match quality and capability gaps over the whole book, from one snapshot: each
//! customer's current score beside the best any active manager could give them, and for
//! every need how many customers have it against the managers who offer it.

use std::collections::HashMap;

use serde::Serialize;

use crate::runs::Snapshot;
use crate::scoring::match_score;
use crate::tags::{TagKind, TagMask};
use crate::user::UserId;

/// How many customers sit at one score.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScoreBucket {
    pub score: u32,
    /// Assigned customers whose current match scores this.
    pub current: u64,
    /// Customers whose best possible match (any active manager, capacity ignored) scores this.
    pub best_possible: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoreDistribution {
    /// One bucket per score from 0 to the highest seen, none skipped.
    pub buckets: Vec<ScoreBucket>,
    pub assigned: u64,
    pub unassigned: u64,
    /// Mean current score of assigned customers.
    pub mean_current: f64,
    /// Mean best possible score of every customer.
    pub mean_best_possible: f64,
}

/// One need: demand against supply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CapabilityGap {
    pub need: String,
    /// Customers with this need.
    pub customers: u64,
    /// Of them, those whose current manager offers it.
    pub served: u64,
    /// Active managers offering it.
    pub managers: u64,
    /// Free places (capacity minus current book, never negative) of those managers.
    pub capacity_left: u64,
}

/// What an active manager brings to the comparison.
struct Offer {
    mask: TagMask,
    capacity: u64,
    load: u64,
}

/// Scores are set intersections, so the best a customer can get is the most bits any
/// active manager shares with them. Distinct masks repeat a lot, so each is solved once.
#[must_use]
pub fn score_distribution(snapshot: &Snapshot) -> ScoreDistribution {
    let mut offers: Vec<TagMask> = snapshot.managers.iter().filter(|m| m.active && m.capacity > 0).map(|m| m.mask).collect();
    offers.sort_unstable();
    offers.dedup();
    let mut best_of: HashMap<TagMask, u32> = HashMap::new();
    let mut current: Vec<u64> = Vec::new();
    let mut best: Vec<u64> = Vec::new();
    let bump = |counts: &mut Vec<u64>, score: u32| {
        let at = score as usize;
        if counts.len() <= at {
            counts.resize(at + 1, 0);
        }
        counts[at] += 1;
    };
    let (mut assigned, mut current_sum, mut best_sum) = (0u64, 0u64, 0u64);
    for customer in &snapshot.customers {
        let top = *best_of.entry(customer.mask).or_insert_with(|| best_possible(customer.mask, &offers));
        bump(&mut best, top);
        best_sum += u64::from(top);
        if customer.manager_id.is_some() {
            let score = u32::try_from(customer.score.unwrap_or(0).max(0)).unwrap_or(0);
            bump(&mut current, score);
            assigned += 1;
            current_sum += u64::from(score);
        }
    }
    let total = snapshot.customers.len() as u64;
    let width = current.len().max(best.len());
    let buckets = (0..width)
        .map(|s| ScoreBucket {
            score: s as u32,
            current: current.get(s).copied().unwrap_or(0),
            best_possible: best.get(s).copied().unwrap_or(0),
        })
        .collect();
    ScoreDistribution {
        buckets,
        assigned,
        unassigned: total - assigned,
        mean_current: if assigned == 0 { 0.0 } else { current_sum as f64 / assigned as f64 },
        mean_best_possible: if total == 0 { 0.0 } else { best_sum as f64 / total as f64 },
    }
}

fn best_possible(mask: TagMask, offers: &[TagMask]) -> u32 {
    let ceiling = match_score(mask, mask);
    let mut top = 0;
    for &offer in offers {
        top = top.max(match_score(mask, offer));
        if top == ceiling {
            break;
        }
    }
    top
}

/// Every need in vocabulary order, with demand, how much of it is served now, and supply.
#[must_use]
pub fn capability_gaps(snapshot: &Snapshot) -> Vec<CapabilityGap> {
    let mut loads: HashMap<UserId, u64> = HashMap::new();
    for customer in &snapshot.customers {
        if let Some(manager) = customer.manager_id {
            *loads.entry(manager).or_default() += 1;
        }
    }
    let masks: HashMap<UserId, TagMask> = snapshot.managers.iter().map(|m| (m.id, m.mask)).collect();
    let offers: Vec<Offer> = snapshot
        .managers
        .iter()
        .filter(|m| m.active)
        .map(|m| Offer { mask: m.mask, capacity: u64::from(m.capacity), load: loads.get(&m.id).copied().unwrap_or(0) })
        .collect();
    let needs = snapshot.vocabulary.of(TagKind::Need);
    let mut demand = vec![0u64; needs.len()];
    let mut served = vec![0u64; needs.len()];
    for customer in &snapshot.customers {
        let manager_mask = customer.manager_id.and_then(|id| masks.get(&id)).copied().unwrap_or(0);
        for (bit, (wanted, met)) in demand.iter_mut().zip(served.iter_mut()).enumerate() {
            let flag = 1u64 << bit;
            if customer.mask & flag != 0 {
                *wanted += 1;
                if manager_mask & flag != 0 {
                    *met += 1;
                }
            }
        }
    }
    needs
        .iter()
        .enumerate()
        .map(|(bit, need)| {
            let flag = 1u64 << bit;
            let offering = offers.iter().filter(|o| o.mask & flag != 0);
            CapabilityGap {
                need: need.clone(),
                customers: demand[bit],
                served: served[bit],
                managers: offering.clone().count() as u64,
                capacity_left: offering.map(|o| o.capacity.saturating_sub(o.load)).sum(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runs::{CustomerSnapshot, ManagerSnapshot};
    use crate::tags::Vocabulary;

    const SAVINGS: u64 = 1;
    const INVESTMENT: u64 = 1 << 1;
    const TRAVEL: u64 = 1 << 32;

    fn customer(id: i64, mask: u64, manager_id: Option<i64>, score: Option<i32>) -> CustomerSnapshot {
        CustomerSnapshot { id, mask, manager_id, class: None, score, age: Some(30), assets_fen: 0, segment: None }
    }

    fn book() -> Snapshot {
        Snapshot {
            customers: vec![
                customer(1, SAVINGS | TRAVEL, Some(100), Some(1)),
                customer(2, SAVINGS | INVESTMENT, Some(100), Some(1)),
                customer(3, INVESTMENT, None, None),
                customer(4, 0, None, None),
            ],
            managers: vec![
                ManagerSnapshot { id: 100, mask: SAVINGS, capacity: 3, active: true },
                ManagerSnapshot { id: 200, mask: INVESTMENT | TRAVEL, capacity: 1, active: true },
                ManagerSnapshot { id: 300, mask: SAVINGS | INVESTMENT | TRAVEL, capacity: 5, active: false },
            ],
            vocabulary: Vocabulary::defaults(),
        }
    }

    #[test]
    fn best_possible_scores_ignore_inactive_managers_and_capacity() {
        let d = score_distribution(&book());
        // Customer 1: savings (100) or travel (200) → 1; customer 2: 1; customer 3: 1; customer 4: 0.
        assert_eq!(
            d.buckets,
            vec![ScoreBucket { score: 0, current: 0, best_possible: 1 }, ScoreBucket { score: 1, current: 2, best_possible: 3 },]
        );
        assert_eq!((d.assigned, d.unassigned), (2, 2));
        assert!((d.mean_current - 1.0).abs() < 1e-12);
        assert!((d.mean_best_possible - 0.75).abs() < 1e-12);
    }

    #[test]
    fn an_empty_book_has_no_buckets_and_zero_means() {
        let d = score_distribution(&Snapshot::default());
        assert!(d.buckets.is_empty());
        assert_eq!((d.mean_current, d.mean_best_possible), (0.0, 0.0));
    }

    #[test]
    fn gaps_count_demand_service_and_free_capacity_of_active_offering_managers() {
        let gaps = capability_gaps(&book());
        let savings = gaps.iter().find(|g| g.need == "savings").cloned();
        let investment = gaps.iter().find(|g| g.need == "investment").cloned();
        assert_eq!(savings, Some(CapabilityGap { need: "savings".into(), customers: 2, served: 2, managers: 1, capacity_left: 1 }));
        assert_eq!(investment, Some(CapabilityGap { need: "investment".into(), customers: 2, served: 0, managers: 1, capacity_left: 1 }));
        assert_eq!(gaps.len(), Vocabulary::defaults().of(TagKind::Need).len());
    }
}
