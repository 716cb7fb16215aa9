//! The managers who would fit one customer: ranked by the match score, each with what
//! matched, the seats left and whether they could take the customer now — and if not, why.

use crate::customer::CustomerProfile;
use crate::error::{DomainError, DomainResult, ErrorCode};
use crate::manager::ManagerProfile;
use crate::organisation::unit::subtree;
use crate::organisation::{OrgUnit, UnitId, list_units, works_with};
use crate::ports::{MAX_PER_PAGE, ManagerQuery};
use crate::scoring::{MatchScore, score_pair};
use crate::user::{Actor, Role, UserId};

use super::MatchingService;

/// Candidates a request may ask for at most.
pub const MAX_CANDIDATES: u64 = 50;

crate::closed_set! {
    /// Whether a candidate could take the customer now.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Availability {
        /// The customer's manager today.
        Current = "current",
        /// Takes customers and has a seat left.
        Available = "available",
        /// Every seat taken: only an override of the capacity would place the customer.
        Full = "full",
        /// On leave or deactivated: takes no customers.
        NotTakingCustomers = "not_taking_customers",
    }
}

/// One manager, scored against the customer.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub manager: ManagerProfile,
    pub score: MatchScore,
    /// Seats left (0 when full or over capacity).
    pub seats_left: u32,
    pub availability: Availability,
}

/// The ranking for one customer.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidates {
    pub customer_id: UserId,
    pub current_manager_id: Option<UserId>,
    /// The current pair's score, when the customer has a manager.
    pub current_score: Option<u32>,
    /// How many managers were scored (the ranking's pool).
    pub considered: u64,
    /// Best first; the current manager is always among them.
    pub candidates: Vec<Candidate>,
}

/// Scores every manager of `pool` against `customer` and keeps the best `limit`, ranked by
/// score, then availability (who can take the customer now first), then seats left, then id;
/// the current manager is kept even below the cut.
#[must_use]
pub fn rank(customer: &CustomerProfile, pool: Vec<ManagerProfile>, limit: usize) -> Candidates {
    let considered = pool.len() as u64;
    let mut scored: Vec<Candidate> = pool
        .into_iter()
        .map(|manager| {
            let score = score_pair(&customer.needs, &customer.hobbies, &manager.capabilities, &manager.hobbies);
            let seats_left = u32::try_from(u64::from(manager.capacity).saturating_sub(manager.customer_count)).unwrap_or(u32::MAX);
            let availability = if customer.manager_id == Some(manager.user_id) {
                Availability::Current
            } else if !manager.active {
                Availability::NotTakingCustomers
            } else if seats_left == 0 {
                Availability::Full
            } else {
                Availability::Available
            };
            Candidate { manager, score, seats_left, availability }
        })
        .collect();
    let order = |c: &Candidate| match c.availability {
        Availability::Current | Availability::Available => 0,
        Availability::Full => 1,
        Availability::NotTakingCustomers => 2,
    };
    scored.sort_by(|a, b| {
        b.score
            .total
            .cmp(&a.score.total)
            .then(order(a).cmp(&order(b)))
            .then(b.seats_left.cmp(&a.seats_left))
            .then(a.manager.user_id.cmp(&b.manager.user_id))
    });
    let current = scored.iter().position(|c| c.availability == Availability::Current);
    let current_score = current.map(|i| scored[i].score.total);
    if let Some(i) = current.filter(|&i| i >= limit) {
        let kept = scored.swap_remove(i);
        scored.truncate(limit.saturating_sub(1));
        scored.push(kept);
    } else {
        scored.truncate(limit);
    }
    Candidates { customer_id: customer.user_id, current_manager_id: customer.manager_id, current_score, considered, candidates: scored }
}

/// The customer's branch: the ancestor of `unit` just below the head office, and everything
/// below it (`None`, the whole bank, for a customer of the head office itself).
fn branch_of(tree: &[OrgUnit], unit: UnitId) -> Option<Vec<UnitId>> {
    let mut at = tree.iter().find(|u| u.id == unit)?;
    while let Some(parent) = at.parent_id.and_then(|p| tree.iter().find(|u| u.id == p)) {
        if parent.is_root() {
            return Some(subtree(tree, at.id));
        }
        at = parent;
    }
    None
}

impl MatchingService {
    /// The best-fitting managers for a customer, for an admin over the customer's unit (from
    /// the managers of the admin's part) or for the customer's own manager (from the managers
    /// of the customer's branch).
    /// # Errors
    /// `forbidden` for anyone else; `not_found`; `invalid_limit` outside 1..=50.
    pub async fn candidates(&self, actor: Actor, customer_id: UserId, limit: u64) -> DomainResult<Candidates> {
        if !(1..=MAX_CANDIDATES).contains(&limit) {
            return Err(DomainError::validation("limit", ErrorCode::InvalidLimit, format!("limit must be between 1 and {MAX_CANDIDATES}")));
        }
        let customer = self.customers.get(customer_id).await?;
        let (unit, manager) = (customer.as_ref().map(|c| c.unit.id), customer.as_ref().and_then(|c| c.manager_id));
        if !works_with(self.units.as_ref(), actor, unit, manager).await? {
            return Err(DomainError::forbidden("only an admin over this customer or their manager sees who else would fit"));
        }
        let customer = customer.ok_or_else(|| DomainError::NotFound("customer".into()))?;
        // Their manager compares within the customer's branch; an admin within their own part.
        let units = if actor.role == Role::Admin {
            list_units(self.units.as_ref(), actor, None).await?
        } else {
            branch_of(&self.units.tree().await?, customer.unit.id)
        };
        let pool = self.every_manager(units).await?;
        Ok(rank(&customer, pool, usize::try_from(limit).unwrap_or(usize::MAX)))
    }

    /// Every manager of `units` (of the bank with `None`), a page at a time.
    async fn every_manager(&self, units: Option<Vec<UnitId>>) -> DomainResult<Vec<ManagerProfile>> {
        let mut all = Vec::new();
        for page in 1.. {
            let query = ManagerQuery { page, per_page: MAX_PER_PAGE, units: units.clone(), ..ManagerQuery::default() };
            let got = self.managers.list(&query).await?;
            let done = got.items.len() < usize::try_from(MAX_PER_PAGE).unwrap_or(usize::MAX);
            all.extend(got.items);
            if done {
                break;
            }
        }
        Ok(all)
    }
}

#[cfg(test)]
#[path = "candidates_tests.rs"]
mod tests;
