//! An admin's scope: their own unit and every unit below it. Head-office admins (whose unit
//! is the root) see the whole bank.

use super::ports::OrgUnits;
use super::unit::{OrgUnit, UnitId, subtree};
use crate::error::{DomainError, DomainResult};
use crate::user::{Actor, Role, UserId};

/// The units an admin may see and change.
#[derive(Debug, Clone)]
pub struct Scope {
    /// The admin's own unit.
    pub own: OrgUnit,
    /// The whole tree, parents first.
    pub tree: Vec<OrgUnit>,
    /// Their unit and everything below it.
    pub units: Vec<UnitId>,
}

impl Scope {
    #[must_use]
    pub fn contains(&self, unit: UnitId) -> bool {
        self.units.contains(&unit)
    }

    #[must_use]
    pub fn is_head_office(&self) -> bool {
        self.own.is_root()
    }

    /// `unit` and everything below it, when it is in this scope.
    /// # Errors
    /// `forbidden` outside the scope.
    pub fn below(&self, unit: UnitId) -> DomainResult<Vec<UnitId>> {
        self.require(unit)?;
        Ok(subtree(&self.tree, unit))
    }

    /// The units a list is kept to: the subtree of `unit` when one is asked for, else the
    /// whole scope — `None` meaning no restriction at all (a head-office admin asking for
    /// everything), so the bank-wide lists stay the queries they were.
    /// # Errors
    /// `not_found` for a unit that does not exist; `forbidden` for one outside the scope.
    pub fn list_units(&self, unit: Option<UnitId>) -> DomainResult<Option<Vec<UnitId>>> {
        match unit {
            Some(unit) => {
                let below = known_subtree(&self.tree, unit)?;
                self.require(unit)?;
                Ok(Some(below))
            }
            None if self.is_head_office() => Ok(None),
            None => Ok(Some(self.units.clone())),
        }
    }

    /// The unit a run started by this admin covers: the one asked for (within the scope), else
    /// the admin's own — `None`, the whole bank, for the head office's root.
    /// # Errors
    /// `not_found` for a unit that does not exist; `forbidden` for one outside the scope.
    pub fn run_unit(&self, unit: Option<UnitId>) -> DomainResult<Option<UnitId>> {
        let unit = match unit {
            Some(unit) => {
                known_subtree(&self.tree, unit)?;
                unit
            }
            None => self.own.id,
        };
        self.require(unit)?;
        Ok(self.tree.iter().find(|u| u.id == unit).filter(|u| !u.is_root()).map(|u| u.id))
    }

    /// Whether this admin may see and decide a run over `unit` (`None`: the whole bank, the
    /// head office's alone).
    /// # Errors
    /// `forbidden`.
    pub fn require_run(&self, unit: Option<UnitId>) -> DomainResult<()> {
        match unit {
            Some(unit) => self.require(unit),
            None if self.is_head_office() => Ok(()),
            None => Err(DomainError::forbidden("a run over the whole bank is the head office's")),
        }
    }

    /// # Errors
    /// `forbidden` outside the scope.
    pub fn require(&self, unit: UnitId) -> DomainResult<()> {
        if self.contains(unit) { Ok(()) } else { Err(DomainError::forbidden("that unit is outside your part of the organisation")) }
    }
}

/// `unit` and everything below it.
/// # Errors
/// `not_found` for a unit the tree does not hold.
pub fn known_subtree(tree: &[OrgUnit], unit: UnitId) -> DomainResult<Vec<UnitId>> {
    if tree.iter().any(|u| u.id == unit) { Ok(subtree(tree, unit)) } else { Err(DomainError::NotFound("unit".into())) }
}

/// The units a list `actor` asks for is kept to, as [`Scope::list_units`] says; a head-office
/// admin asking for the whole bank — every list's common case — costs no read of the tree.
/// # Errors
/// `forbidden` unless an admin, or for a unit outside their part; `not_found`.
pub async fn list_units(units: &dyn OrgUnits, actor: Actor, unit: Option<UnitId>) -> DomainResult<Option<Vec<UnitId>>> {
    if actor.is_admin() && unit.is_none() {
        return Ok(None);
    }
    admin_scope(units, actor).await?.list_units(unit)
}

/// Whether `actor` is an admin whose part of the organisation holds `unit` (a head-office
/// admin's holds every unit, without reading the tree; nobody's holds a missing one).
/// # Errors
/// Storage failures.
pub async fn admin_over(units: &dyn OrgUnits, actor: Actor, unit: Option<UnitId>) -> DomainResult<bool> {
    if actor.is_admin() {
        return Ok(true);
    }
    match unit {
        Some(unit) if actor.role == Role::Admin => Ok(admin_scope(units, actor).await?.contains(unit)),
        _ => Ok(false),
    }
}

/// Whether `actor` serves a customer of `unit` with manager `manager_id` as that manager, or
/// is an admin over `unit`: who works with a customer's relationship and alternatives.
/// # Errors
/// Storage failures.
pub async fn works_with(units: &dyn OrgUnits, actor: Actor, unit: Option<UnitId>, manager_id: Option<UserId>) -> DomainResult<bool> {
    if actor.role == Role::Manager && manager_id == Some(actor.id) {
        return Ok(true);
    }
    admin_over(units, actor, unit).await
}

/// The scope of `actor`, who must be an admin.
/// # Errors
/// `forbidden` unless an admin.
pub async fn admin_scope(units: &dyn OrgUnits, actor: Actor) -> DomainResult<Scope> {
    actor.require_any_admin()?;
    let tree = units.tree().await?;
    // The actor carries a branch admin's unit; everyone else's authority starts at the root.
    let own = match actor.unit_scope {
        Some(id) => tree.iter().find(|u| u.id == id),
        None => tree.iter().find(|u| u.is_root()),
    };
    let own = own.cloned().ok_or_else(|| DomainError::internal(format!("account {} names a missing unit", actor.id)))?;
    let visible = subtree(&tree, own.id);
    Ok(Scope { own, tree, units: visible })
}
