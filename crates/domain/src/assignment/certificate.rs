//! A proof of optimality anyone can check in one pass over customers × managers: integer
//! manager prices under which every customer sits on one of its best options (a manager
//! maximising `score − price`, or staying unassigned at value 0) and every manager with a
//! positive price is full.
//!
//! Why it proves optimality: for any capacity-respecting assignment `y`,
//! `Σ score(c, y(c)) = Σ (score − price) + Σ_j price_j · load_j(y) ≤ Σ_c best_c + Σ_j price_j · cap_j`,
//! and the certified assignment meets that bound with equality.

use super::scores::ScoreTable;
use super::{Assignment, ManagerSlots};

/// Why a certificate does not hold.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CertificateError {
    #[error("{what}: expected {expected} entries, got {got}")]
    WrongLength { what: &'static str, expected: usize, got: usize },
    #[error("customer {customer} is given to manager {manager}, which does not exist")]
    UnknownManager { customer: usize, manager: u32 },
    #[error("manager {manager} holds {load} customers, over its capacity {capacity}")]
    OverCapacity { manager: usize, load: u32, capacity: u32 },
    #[error("manager {manager} has price {price} but holds {load} of {capacity}")]
    PricedButNotFull { manager: usize, price: u32, load: u32, capacity: u32 },
    #[error("customer {customer} would gain {gain} by moving")]
    NotOnABestOption { customer: usize, gain: i64 },
    #[error("reported {what} {reported}, actual {actual}")]
    WrongSummary { what: &'static str, reported: u64, actual: u64 },
    #[error("{assigned} customers assigned where {possible} could be")]
    NotMaximal { assigned: usize, possible: usize },
}

/// Checks that `prices` (one per manager) prove `assignment` optimal, that it respects every
/// capacity, assigns min(customers, total capacity) customers, and reports its totals right.
///
/// # Errors
/// The first violated condition.
pub fn verify_certificate(
    customers: &[u64],
    managers: &[ManagerSlots],
    assignment: &Assignment,
    prices: &[u32],
) -> Result<(), CertificateError> {
    let (n, m) = (customers.len(), managers.len());
    if assignment.manager_of.len() != n {
        return Err(CertificateError::WrongLength { what: "manager_of", expected: n, got: assignment.manager_of.len() });
    }
    if prices.len() != m {
        return Err(CertificateError::WrongLength { what: "prices", expected: m, got: prices.len() });
    }
    let mut loads = vec![0u32; m];
    for (customer, slot) in assignment.manager_of.iter().enumerate() {
        if let Some(manager) = *slot {
            let load = loads.get_mut(manager as usize).ok_or(CertificateError::UnknownManager { customer, manager })?;
            *load += 1;
        }
    }
    for (manager, (slots, &load)) in managers.iter().zip(&loads).enumerate() {
        if load > slots.capacity {
            return Err(CertificateError::OverCapacity { manager, load, capacity: slots.capacity });
        }
        if prices[manager] > 0 && load < slots.capacity {
            return Err(CertificateError::PricedButNotFull { manager, price: prices[manager], load, capacity: slots.capacity });
        }
    }
    let masks: Vec<u64> = managers.iter().map(|s| s.mask).collect();
    let table = ScoreTable::new(&masks);
    let mut sc = vec![0u8; table.width()];
    let mut total = 0u64;
    for (customer, (&c, slot)) in customers.iter().zip(&assignment.manager_of).enumerate() {
        table.scores_into(c, &mut sc);
        let best = sc[..m].iter().zip(prices).map(|(&s, &p)| i64::from(s) - i64::from(p)).max().unwrap_or(0).max(0);
        let own = slot.map_or(0, |j| i64::from(sc[j as usize]) - i64::from(prices[j as usize]));
        if own < best {
            return Err(CertificateError::NotOnABestOption { customer, gain: best - own });
        }
        total += slot.map_or(0, |j| u64::from(sc[j as usize]));
    }
    if total != assignment.total_score {
        return Err(CertificateError::WrongSummary { what: "total score", reported: assignment.total_score, actual: total });
    }
    let assigned = loads.iter().map(|&l| l as usize).sum::<usize>();
    if assigned != assignment.assigned {
        return Err(CertificateError::WrongSummary {
            what: "assigned count",
            reported: assignment.assigned as u64,
            actual: assigned as u64,
        });
    }
    let capacity: u64 = managers.iter().map(|s| u64::from(s.capacity)).sum();
    let possible = usize::try_from(capacity).map_or(n, |c| c.min(n));
    if assigned != possible {
        return Err(CertificateError::NotMaximal { assigned, possible });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slots(list: &[(u64, u32)]) -> Vec<ManagerSlots> {
        list.iter().map(|&(mask, capacity)| ManagerSlots { mask, capacity }).collect()
    }

    fn assignment(of: &[Option<u32>], total: u64) -> Assignment {
        Assignment { manager_of: of.to_vec(), total_score: total, assigned: of.iter().flatten().count() }
    }

    #[test]
    fn a_true_optimum_with_its_prices_passes() {
        let managers = slots(&[(0b11, 1), (0b01, 1)]);
        let customers = [0b11, 0b01];
        let a = assignment(&[Some(0), Some(1)], 3);
        assert_eq!(verify_certificate(&customers, &managers, &a, &[1, 0]), Ok(()));
    }

    #[test]
    fn a_customer_off_its_best_option_is_caught() {
        let managers = slots(&[(0b11, 1), (0b01, 1)]);
        let customers = [0b11, 0b01];
        let swapped = assignment(&[Some(1), Some(0)], 2);
        assert!(matches!(verify_certificate(&customers, &managers, &swapped, &[1, 0]), Err(CertificateError::NotOnABestOption { .. })));
    }

    #[test]
    fn over_capacity_priced_gaps_and_idle_slots_are_caught() {
        let managers = slots(&[(0b1, 1), (0b1, 2)]);
        let customers = [0b1, 0b1];
        let over = assignment(&[Some(0), Some(0)], 2);
        assert!(matches!(verify_certificate(&customers, &managers, &over, &[0, 0]), Err(CertificateError::OverCapacity { .. })));
        let gap = assignment(&[Some(0), Some(1)], 2);
        assert!(matches!(verify_certificate(&customers, &managers, &gap, &[0, 1]), Err(CertificateError::PricedButNotFull { .. })));
        let idle = assignment(&[Some(0), None], 1);
        assert!(matches!(verify_certificate(&customers, &managers, &idle, &[1, 1]), Err(CertificateError::PricedButNotFull { .. })));
        assert!(matches!(verify_certificate(&customers, &managers, &idle, &[1, 0]), Err(CertificateError::NotOnABestOption { .. })));
    }

    #[test]
    fn wrong_totals_are_caught() {
        let managers = slots(&[(0b1, 2)]);
        let a = assignment(&[Some(0)], 5);
        assert!(matches!(verify_certificate(&[0b1], &managers, &a, &[0]), Err(CertificateError::WrongSummary { .. })));
    }
}
