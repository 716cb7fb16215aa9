//! The organisation of `portrait seed --units K`: K synthetic units as a tree — about √K
//! branches under the head office (`B01`, …) with the rest as sub-branches under them
//! (`B01-01`, …) — and which of them each synthetic manager and customer belongs to.

use std::cmp::Reverse;
use std::collections::HashMap;

use portrait_domain::user::Role;
use portrait_domain::{DomainError, ErrorCode, error::DomainResult};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sea_orm::{ConnectionTrait, DatabaseTransaction, Statement};

use crate::db::{Store, db_err, now};

/// The most units one seeding creates.
pub const MAX_SYNTHETIC_UNITS: u64 = 10_000;

/// One planned unit: its code and name, and the branch (an index into the plan) it sits
/// under, `None` for a branch directly under the head office.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedUnit {
    pub code: String,
    pub name: String,
    pub parent: Option<usize>,
}

/// `k` units, branches first: round(√k) branches, the other units sub-branches dealt out
/// among the branches in turn.
#[must_use]
pub fn plan_units(k: u64) -> Vec<PlannedUnit> {
    let k = usize::try_from(k.min(MAX_SYNTHETIC_UNITS)).unwrap_or(0);
    if k == 0 {
        return Vec::new();
    }
    let branches = ((k as f64).sqrt().round() as usize).clamp(1, k);
    let most_subs = (k - branches).div_ceil(branches);
    let (wide, narrow) = (branches.to_string().len().max(2), most_subs.to_string().len().max(2));
    let mut plan: Vec<PlannedUnit> =
        (1..=branches).map(|b| PlannedUnit { code: format!("B{b:0wide$}"), name: format!("第{b:0wide$}分行"), parent: None }).collect();
    let mut subs = vec![0usize; branches];
    for n in 0..k - branches {
        let branch = n % branches;
        subs[branch] += 1;
        let (code, name) =
            (format!("{}-{:0narrow$}", plan[branch].code, subs[branch]), format!("{}第{:0narrow$}支行", plan[branch].name, subs[branch]));
        plan.push(PlannedUnit { code, name, parent: Some(branch) });
    }
    plan
}

/// `total` shared out in proportion to `weights` by largest remainders (ties to the earlier
/// unit). Every unit of non-zero weight gets one when there are enough: a plain proportion
/// does that once `total` reaches the weights' sum, below it one each is handed out first.
fn apportion(total: u64, weights: &[u64]) -> Vec<u64> {
    let eligible = weights.iter().filter(|w| **w > 0).count() as u64;
    let sum: u128 = weights.iter().map(|w| u128::from(*w)).sum();
    if sum == 0 {
        return vec![0; weights.len()];
    }
    let floor = u64::from(total >= eligible && u128::from(total) < sum);
    let rest = u128::from(total - floor * eligible);
    let exact: Vec<(u64, u128)> = weights
        .iter()
        .map(|w| {
            let share = rest * u128::from(*w);
            (u64::from(*w > 0) * floor + u64::try_from(share / sum).unwrap_or(0), share % sum)
        })
        .collect();
    let mut shares: Vec<u64> = exact.iter().map(|(s, _)| *s).collect();
    let left = usize::try_from(total - shares.iter().sum::<u64>()).unwrap_or(0);
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by_key(|i| (Reverse(exact[*i].1), *i));
    for i in order.into_iter().take(left) {
        shares[i] += 1;
    }
    shares
}

/// The running totals of `shares`: where each unit's run of accounts ends.
fn ends(shares: &[u64]) -> Vec<u64> {
    let mut end = 0;
    shares
        .iter()
        .map(|n| {
            end += n;
            end
        })
        .collect()
}

/// Which unit the n-th synthetic manager and customer go to: consecutive runs of accounts
/// per unit, managers by a seeded weight per unit (a branch's own office is larger than a
/// sub-branch), customers in proportion to the managers — every unit with managers has
/// customers when there are at least as many customers as such units.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placement {
    units: Vec<i64>,
    /// Per unit, the last manager (from 1) that belongs to it; the same for customers.
    manager_ends: Vec<u64>,
    customer_ends: Vec<u64>,
}

impl Placement {
    /// Spreads `managers` and `customers` over `units` (ids, in [`plan_units`]' order).
    #[must_use]
    pub fn new(plan: &[PlannedUnit], units: Vec<i64>, managers: u64, customers: u64, seed: u64) -> Self {
        let mut rng = StdRng::seed_from_u64(seed ^ 0x756E_6974_7321);
        let weights: Vec<u64> =
            plan.iter().map(|u| if u.parent.is_none() { rng.random_range(3..=6) } else { rng.random_range(1..=4) }).collect();
        let per_unit = apportion(managers, &weights);
        Self { manager_ends: ends(&per_unit), customer_ends: ends(&apportion(customers, &per_unit)), units }
    }

    /// The unit of synthetic account number `n` (from 1) of `role`.
    #[must_use]
    pub fn unit(&self, role: Role, n: u64) -> i64 {
        let ends = if role == Role::Manager { &self.manager_ends } else { &self.customer_ends };
        let at = ends.partition_point(|end| *end < n).min(self.units.len().saturating_sub(1));
        self.units.get(at).copied().unwrap_or(1)
    }
}

/// Every unit's code → (id, depth, closed).
async fn existing(txn: &DatabaseTransaction) -> DomainResult<HashMap<String, (i64, i32, bool)>> {
    let backend = txn.get_database_backend();
    let sql = "SELECT id, code, depth, closed_at FROM org_units".to_owned();
    let e = DomainError::internal;
    let mut units = HashMap::new();
    for row in txn.query_all_raw(Statement::from_string(backend, sql)).await.map_err(db_err)? {
        let closed = row.try_get::<Option<i64>>("", "closed_at").map_err(e)?.is_some();
        units
            .insert(row.try_get("", "code").map_err(e)?, (row.try_get("", "id").map_err(e)?, row.try_get("", "depth").map_err(e)?, closed));
    }
    Ok(units)
}

impl Store {
    /// Creates the planned units (a unit whose code exists already is used as it is) in one
    /// transaction, a few multi-row INSERTs; their ids in plan order.
    /// # Errors
    /// `unit_closed` when a planned code belongs to a closed unit; storage failures.
    pub(crate) async fn synthetic_units(&self, plan: &[PlannedUnit]) -> DomainResult<Vec<i64>> {
        let txn = self.begin_write().await?;
        let root = Self::count_sql(&txn, "SELECT MIN(id) FROM org_units WHERE parent_id IS NULL").await?;
        let now = now();
        // Branches, then sub-branches: each level's parents exist before it is written.
        for level in [false, true] {
            let known = existing(&txn).await?;
            let mut values = Vec::new();
            for unit in plan.iter().filter(|u| u.parent.is_some() == level) {
                if let Some((_, _, closed)) = known.get(&unit.code) {
                    if *closed {
                        let message = format!("unit {} exists and is closed: seed into other units", unit.code);
                        return Err(DomainError::Conflict { code: ErrorCode::UnitClosed, message });
                    }
                    continue;
                }
                let (parent, depth) = match unit.parent.and_then(|p| known.get(&plan[p].code)) {
                    Some((id, depth, _)) => (*id, depth + 1),
                    None => (root, 1),
                };
                // Codes and names are this module's own ASCII and CJK, never quotes.
                values.push(format!("('{}','{}',{parent},{depth},{now},{now})", unit.code, unit.name));
            }
            for chunk in values.chunks(1_000) {
                let sql =
                    format!("INSERT INTO org_units (code, name, parent_id, depth, created_at, updated_at) VALUES {}", chunk.join(","));
                txn.execute_unprepared(&sql).await.map_err(db_err)?;
            }
        }
        let known = existing(&txn).await?;
        let ids =
            plan.iter().map(|u| known.get(&u.code).map(|(id, _, _)| *id).ok_or_else(|| DomainError::internal("a planned unit is missing")));
        let ids = ids.collect::<DomainResult<Vec<i64>>>()?;
        txn.commit().await.map_err(db_err)?;
        Ok(ids)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn k_units_are_about_root_k_branches_with_the_rest_as_sub_branches() {
        let plan = plan_units(10);
        let codes: Vec<&str> = plan.iter().map(|u| u.code.as_str()).collect();
        assert_eq!(codes, ["B01", "B02", "B03", "B01-01", "B02-01", "B03-01", "B01-02", "B02-02", "B03-02", "B01-03"]);
        assert_eq!(plan[9].parent, Some(0));
        assert_eq!(plan_units(1).len(), 1);
        assert_eq!(plan_units(150).iter().filter(|u| u.parent.is_none()).count(), 12);
        assert!(plan_units(0).is_empty());
    }

    #[test]
    fn shares_add_up_follow_the_weights_and_give_every_weighted_unit_one() {
        assert_eq!(apportion(10, &[1, 1, 3]), vec![2, 2, 6]);
        assert_eq!(apportion(3, &[5, 0, 1]), vec![2, 0, 1], "one each first, none where there is no weight");
        assert_eq!(apportion(1, &[1, 1, 1]), vec![1, 0, 0], "too few for one each");
        let big = apportion(1_000_000, &[3, 1, 4, 1, 5]);
        assert_eq!(big.iter().sum::<u64>(), 1_000_000);
    }

    #[test]
    fn every_unit_with_managers_has_customers_in_proportion() {
        let plan = plan_units(7);
        let placement = Placement::new(&plan, (11..18).collect(), 30, 600, 3);
        let count = |role, total| {
            let mut per: HashMap<i64, u64> = HashMap::new();
            (1..=total).for_each(|n| *per.entry(placement.unit(role, n)).or_default() += 1);
            per
        };
        let (managers, customers) = (count(Role::Manager, 30), count(Role::Customer, 600));
        assert_eq!(managers.len(), 7, "{managers:?}");
        for (unit, m) in &managers {
            assert_eq!(customers.get(unit).copied(), Some(m * 20), "{unit}: twenty customers per manager");
        }
        assert_eq!(placement, Placement::new(&plan, (11..18).collect(), 30, 600, 3), "the same seed, the same spread");
    }
}
